import GovGraphModel

/// Binds abbreviations that a text defines to their entity and finds them again.
///
/// "Deutscher Landkreistag (DLT)": when a recognised name is followed by an abbreviation in
/// brackets (two to ten characters, at least two of them capitals), the abbreviation becomes a
/// mention of the same entity, here and wherever it stands on its own in the rest of the input
/// (also as a compound part: "DLT-Präsident").
public struct AbbreviationBinder: PipelineStage {
    public init() {}

    public func process(_ document: inout Document) {
        let tokens = document.tokens
        var defined: [String: EntityID] = [:]
        for span in document.spans where span.origin == .gazetteer {
            let i = span.tokens.upperBound
            guard i + 2 < tokens.count, tokens[i].text == "(", tokens[i + 2].text == ")" else { continue }
            let candidate = tokens[i + 1]
            guard candidate.kind == .word, Self.looksLikeAbbreviation(candidate.text) else { continue }
            if defined[candidate.text] == nil { defined[candidate.text] = span.entity }
        }
        guard !defined.isEmpty else { return }
        var covered = Set<Int>()
        for span in document.spans { covered.formUnion(span.tokens) }
        var added: [SpanCandidate] = []
        for (index, token) in tokens.enumerated() where token.kind == .word && !covered.contains(index) {
            guard let entity = defined[token.text] else { continue }
            added.append(SpanCandidate(tokens: index..<(index + 1), entity: entity, origin: .abbreviation, priority: 5))
        }
        document.spans = (document.spans + added).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    static func looksLikeAbbreviation(_ text: String) -> Bool {
        let count = text.unicodeScalars.count
        let capitals = text.unicodeScalars.filter(\.properties.isUppercase).count
        return (2...10).contains(count) && capitals >= 2 && (text.first?.isUppercase ?? false)
    }
}
