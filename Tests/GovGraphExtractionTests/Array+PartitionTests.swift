import Testing

@testable import GovGraphExtraction

struct ArrayPartitionTests {
    @Test("The first index of the second part, or the count", arguments: [
        ([Int](), 3, 0), ([1, 3, 5, 7], 0, 0), ([1, 3, 5, 7], 4, 2), ([1, 3, 5, 7], 5, 2), ([1, 3, 5, 7], 8, 4),
    ])
    func firstNotBelow(values: [Int], bound: Int, expected: Int) {
        #expect(values.partitioningIndex { $0 >= bound } == expected)
    }

    @Test("The indices of the values in lower..<upper; none when upper is not above lower", arguments: [
        ([Int](), 0, 5, 0..<0), ([1, 3, 3, 5, 7], 3, 4, 1..<3), ([1, 3, 3, 5, 7], 2, 6, 1..<4),
        ([1, 3, 3, 5, 7], 0, 100, 0..<5), ([1, 3, 3, 5, 7], 8, 9, 5..<5), ([1, 3, 3, 5, 7], 4, 5, 3..<3),
        ([1, 3, 3, 5, 7], 5, 2, 3..<3),
    ])
    func valuesInRange(values: [Int], lower: Int, upper: Int, expected: Range<Int>) {
        #expect(values.indices(by: \.self, from: lower, to: upper) == expected)
    }

    @Test("The key orders the array")
    func byKey() {
        let words = ["a", "bb", "cc", "ddd"]
        #expect(words.indices(by: \.count, from: 2, to: 3) == 1..<3)
    }
}
