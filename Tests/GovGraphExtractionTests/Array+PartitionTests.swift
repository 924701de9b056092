import Testing

@testable import GovGraphExtraction

struct ArrayPartitionTests {
    @Test("The first index of the second part, or the count", arguments: [
        ([Int](), 3, 0), ([1, 3, 5, 7], 0, 0), ([1, 3, 5, 7], 4, 2), ([1, 3, 5, 7], 5, 2), ([1, 3, 5, 7], 8, 4),
    ])
    func firstNotBelow(values: [Int], bound: Int, expected: Int) {
        #expect(values.partitioningIndex { $0 >= bound } == expected)
    }
}
