import Testing

@testable import GovGraphExtraction

struct SpanIndexTests {
    static let index = SpanIndex(SpanCandidate.fixture)

    /// The positions of `spans` in the fixture.
    static func positions(_ spans: [SpanCandidate]) -> [Int] {
        spans.map { SpanCandidate.fixture.firstIndex(of: $0)! }
    }

    @Test("The spans that start at a token, in the array's order", arguments: [
        (0, [1]), (1, []), (2, [2, 5]), (4, [0, 3]), (5, [4]), (7, [6]), (12, []),
    ] as [(Int, [Int])])
    func starting(token: Int, expected: [Int]) {
        #expect(Self.positions(Self.index.starting(at: token)) == expected)
    }

    @Test("The spans whose last token is a token, in the array's order", arguments: [
        (0, [1]), (1, []), (2, [5]), (5, [0, 2, 3, 4]), (8, [6]), (11, []),
    ] as [(Int, [Int])])
    func ending(token: Int, expected: [Int]) {
        #expect(Self.positions(Self.index.ending(at: token)) == expected)
    }

    @Test("The span that ends last at or before a token, the later in the array's order among several", arguments: [
        (0, nil), (1, 1), (2, 1), (3, 5), (5, 5), (6, 4), (8, 4), (9, 6), (99, 7),
    ] as [(Int, Int?)])
    func lastEnding(token: Int, expected: Int?) {
        #expect(Self.index.last(endingBy: token).map { Self.positions([$0])[0] } == expected)
    }

    @Test("The spans within a range, the range itself included, in the array's order", arguments: [
        (0..<6, [0, 1, 2, 3, 4, 5]), (2..<6, [0, 2, 3, 4, 5]), (4..<6, [0, 3, 4]), (2..<5, [5]), (1..<2, []),
        (3..<3, []), (6..<12, [6, 7]),
    ] as [(Range<Int>, [Int])])
    func inside(range: Range<Int>, expected: [Int]) {
        #expect(Self.positions(Self.index.inside(range)) == expected)
    }
}
