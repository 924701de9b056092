/// Chooses non-overlapping spans among all candidates: the longest wins, then the one with the
/// higher priority, then the leftmost.
///
/// This is the only place where recognisers' proposals compete, so that "Frankfurt am Main"
/// beats "Frankfurt" and "Landkreis Leipzig" beats "Leipzig" whichever rule proposed them.
public struct OverlapResolver: PipelineStage {
    public init() {}

    public func process(_ document: inout Document) {
        document.spans = Self.resolve(document.candidates, tokens: document.tokens)
    }

    /// The winning spans in text order.
    ///
    /// - Complexity: O(c log c + t), for c candidates and t covered tokens.
    public static func resolve(_ candidates: [SpanCandidate], tokens: [Token]) -> [SpanCandidate] {
        func length(_ c: SpanCandidate) -> Int {
            tokens[c.tokens.upperBound - 1].end - tokens[c.tokens.lowerBound].start
        }
        let ordered = candidates.sorted { a, b in
            let (la, lb) = (length(a), length(b))
            if la != lb { return la > lb }
            if a.priority != b.priority { return a.priority > b.priority }
            if a.tokens.lowerBound != b.tokens.lowerBound { return a.tokens.lowerBound < b.tokens.lowerBound }
            return a.entity < b.entity
        }
        var taken = TokenSet(count: tokens.count)
        var kept: [SpanCandidate] = []
        for candidate in ordered where !candidate.tokens.contains(where: taken.contains) {
            taken.formUnion(candidate.tokens)
            kept.append(candidate)
        }
        return kept.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }
}
