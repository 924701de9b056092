import GovGraphModel

/// Joins surname-only mentions to the full name they refer to, and finds later bare surnames.
///
/// "Herr Jung" and a later "Jung" become mentions of "Burkhard Jung" when exactly one person
/// with that surname has been named in full in the same article, or else in the whole input.
/// A surname that stays alone ("Staatsminister Mehring") remains a person of its own. A bare
/// surname after an article is a word ("im Herbst" after "Max Herbst").
public struct PersonLinker: PipelineStage {
    public init() {}

    public func process(_ document: inout Document) {
        let tokens = document.tokens
        // Full names: surname → person ids, per article and for the whole input.
        var pageIndex: [String: Set<EntityID>] = [:]
        var articleIndex: [Int: [String: Set<EntityID>]] = [:]
        func article(of span: SpanCandidate) -> Int? { document.article(containingToken: span.tokens.lowerBound) }
        for span in document.spans where span.origin == .person {
            let surname = tokens[span.tokens.upperBound - 1].text
            let key = Self.surnameKey(of: span, tokens: tokens, fallback: surname)
            pageIndex[key, default: []].insert(span.entity)
            if let a = article(of: span) { articleIndex[a, default: [:]][key, default: []].insert(span.entity) }
        }
        func resolve(_ surname: String, in articleNumber: Int?) -> EntityID? {
            if let a = articleNumber, let ids = articleIndex[a]?[surname], ids.count == 1 { return ids.first }
            if let ids = pageIndex[surname], ids.count == 1 { return ids.first }
            return nil
        }
        for index in document.spans.indices where document.spans[index].origin == .surname {
            let span = document.spans[index]
            // "Herr Dr. Jung" → "Jung"; "Frau Leutheusser-Schnarrenberger" → the double name.
            let surname = Self.surnameKey(of: span, tokens: tokens, fallback: "")
            if let id = resolve(surname, in: article(of: span)) { document.spans[index].entity = id }
        }
        // A one-word place that is the surname of a person named in full is the person
        // ("Mehring lobte …" after "Fabian Mehring"), unless place context says otherwise.
        document.spans.removeAll { span in
            guard span.tokens.count == 1, span.origin == .gazetteer,
                document.entities[span.entity]?.type == .municipality,
                pageIndex[tokens[span.tokens.lowerBound].text] != nil
            else { return false }
            let start = span.tokens.lowerBound
            let before = start > 0 ? tokens[start - 1].norm : ""
            return !PlaceDisambiguator.locativePrepositions.contains(before)
                && !PlaceDisambiguator.designators.contains(before)
        }
        // Bare surnames of persons named in full.
        var covered = TokenSet(count: document.tokens.count)
        for span in document.spans { covered.formUnion(span.tokens) }
        var added: [SpanCandidate] = []
        var i = 0
        while i < tokens.count {
            defer { i += 1 }
            let token = tokens[i]
            guard token.kind == .word, token.isCapitalized, !covered.contains(i) else { continue }
            // A double surname ("Leutheusser-Schnarrenberger") is one key; a compound is not a name.
            var end = i + 1
            if end + 1 < tokens.count, tokens[end].kind == .hyphen, !tokens[end].spaceBefore,
                !tokens[end + 1].spaceBefore, tokens[end + 1].kind == .word
            {
                end += 2
            }
            let key = tokens[i..<end].map(\.text).joined()
            guard pageIndex[key] != nil, !(i..<end).contains(where: covered.contains) else { continue }
            // Names take no article: "im Herbst" after "Max Herbst" is the season.
            if PlaceDisambiguator.followsDeterminer(i, tokens: tokens) { continue }
            let probe = SpanCandidate(tokens: i..<end, entity: "", origin: .surname)
            if let id = resolve(key, in: article(of: probe)) {
                added.append(SpanCandidate(tokens: i..<end, entity: id, origin: .surname, priority: 10))
                i = end - 1
            }
        }
        document.spans = (document.spans + added).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// The surname of a full-name span: its last word, with a hyphenated second part.
    static func surnameKey(of span: SpanCandidate, tokens: [Token], fallback: String) -> String {
        let end = span.tokens.upperBound
        var start = end - 1
        guard tokens[start].kind == .word else { return fallback }
        if start - 2 >= span.tokens.lowerBound, tokens[start - 1].kind == .hyphen, !tokens[start - 1].spaceBefore {
            start -= 2
        }
        return tokens[start..<end].map(\.text).joined()
    }
}
