import GovGraphModel

@testable import GovGraphExtraction

extension SpanCandidate {
    /// Candidates out of text order, as the recognisers leave them: two over the same tokens
    /// (0 and 3, both of "a"), "a" again over other tokens later (6, 7), nested ones (2 holds 0,
    /// 3, 4 and 5).
    static let fixture = [
        SpanCandidate(tokens: 4..<6, entity: "a", origin: .gazetteer),
        SpanCandidate(tokens: 0..<1, entity: "b", origin: .gazetteer),
        SpanCandidate(tokens: 2..<6, entity: "c", origin: .pattern),
        SpanCandidate(tokens: 4..<6, entity: "a", origin: .typo),
        SpanCandidate(tokens: 5..<6, entity: "e", origin: .gazetteer),
        SpanCandidate(tokens: 2..<3, entity: "f", origin: .gazetteer),
        SpanCandidate(tokens: 7..<9, entity: "a", origin: .gazetteer),
        SpanCandidate(tokens: 10..<11, entity: "a", origin: .gazetteer),
    ]
}
