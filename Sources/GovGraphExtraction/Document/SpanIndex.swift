/// Spans (or candidates) by the tokens they start and end at, so that a rule asks for those at
/// one place of a document without scanning all of them: each lookup is a binary search.
///
/// Every lookup gives the spans in their order in the indexed array, as filtering the array
/// would.
struct SpanIndex: Sendable {
    let spans: [SpanCandidate]
    /// The indices of `spans`, ordered by first token (then by index), and by the token after
    /// the last one (then by index).
    private let byStart: [Int]
    private let byEnd: [Int]

    init(_ spans: [SpanCandidate]) {
        self.spans = spans
        byStart = spans.indices.sorted { (spans[$0].tokens.lowerBound, $0) < (spans[$1].tokens.lowerBound, $1) }
        byEnd = spans.indices.sorted { (spans[$0].tokens.upperBound, $0) < (spans[$1].tokens.upperBound, $1) }
    }

    /// The spans whose first token is `token`.
    func starting(at token: Int) -> [SpanCandidate] {
        byStart[byStart.indices(by: { spans[$0].tokens.lowerBound }, from: token, to: token + 1)].map { spans[$0] }
    }

    /// The spans whose last token is `token`.
    func ending(at token: Int) -> [SpanCandidate] {
        byEnd[byEnd.indices(by: { spans[$0].tokens.upperBound }, from: token + 1, to: token + 2)].map { spans[$0] }
    }

    /// The span that ends last at or before token `token` (whose upper bound is at most `token`),
    /// the last in the array's order among several. Over non-overlapping spans in text order
    /// (``Document/spans``) this is the last of the array that ends there.
    func last(endingBy token: Int) -> SpanCandidate? {
        let after = byEnd.partitioningIndex { spans[$0].tokens.upperBound > token }
        return after > 0 ? spans[byEnd[after - 1]] : nil
    }

    /// The spans that lie within `range`, `range` itself included.
    func inside(_ range: Range<Int>) -> [SpanCandidate] {
        byStart[byStart.indices(by: { spans[$0].tokens.lowerBound }, from: range.lowerBound, to: range.upperBound)]
            .filter { spans[$0].tokens.upperBound <= range.upperBound }.sorted().map { spans[$0] }
    }
}
