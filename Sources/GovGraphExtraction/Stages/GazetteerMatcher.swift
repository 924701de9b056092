import GovGraphModel

/// Proposes a span for every gazetteer form found in the text, in any of its inflections.
///
/// Forms match on lower-cased tokens and are then checked for case: abbreviations must be
/// written as in the gazetteer (or in all capitals), capitalised words must be capitalised,
/// so "OZG" matches "OZG" and "OZG-Umsetzung" but a lower-case word never matches a name.
/// Adjectival forms ("Leipziger", "niedersächsische") only count before a role noun, also one
/// with a title-forming word before it or a prefix joined by a hyphen ("die hessische
/// stellvertretende Ministerpräsidentin", "der nordrhein-westfälische Landes-CIO").
/// Matches do not cross a paragraph break.
public struct GazetteerMatcher: PipelineStage {
    public let gazetteer: CompiledGazetteer
    /// The matcher's token ids, in a table that looks words up without SipHash.
    private let ids: WordMap<Int32>
    /// Title-forming words of the rule files (`@title-modifier`).
    private let titleModifiers: WordSet

    public init(gazetteer: CompiledGazetteer) {
        self.gazetteer = gazetteer
        self.ids = WordMap(gazetteer.matcher.vocabulary.lazy.map { ($0.key, $0.value) })
        self.titleModifiers = gazetteer.gazetteer.rules.wordSet("title-modifier")
    }

    public func process(_ document: inout Document) {
        let found = matches(in: document)
        for candidate in found {
            if document.entities[candidate.entity] == nil, let entry = gazetteer.entry(candidate.entity) {
                document.entities[candidate.entity] = entry.info
            }
        }
        document.candidates += found
    }

    /// The candidates, without touching the document.
    public func matches(in document: Document) -> [SpanCandidate] {
        let tokens = document.tokens
        let matcher = gazetteer.matcher
        let ids = tokens.map { self.ids[$0.norm] ?? -1 }
        let entries = gazetteer.gazetteer.entries
        var result: [SpanCandidate] = []
        for start in tokens.indices where ids[start] >= 0 && tokens[start].kind == .word {
            for (end, payloads) in matcher.matches(tokenIDs: ids, from: start) {
                if tokens[(start + 1)..<end].contains(where: { $0.newlinesBefore >= 2 }) { break }
                for payload in payloads {
                    guard accepts(payload, tokens: tokens, start: start, end: end) else { continue }
                    let entry = entries[Int(payload.entry)]
                    result.append(
                        SpanCandidate(
                            tokens: start..<end, entity: entry.id,
                            origin: payload.isAdjective ? .adjective : .gazetteer,
                            priority: Self.priority(of: entry.type)))
                }
            }
        }
        return result
    }

    private func accepts(_ payload: PhraseMatcher.Payload, tokens: [Token], start: Int, end: Int) -> Bool {
        let rules = gazetteer.matcher.ruleSets[Int(payload.rules)]
        for (offset, rule) in rules.enumerated() where !PhraseMatcher.accepts(rule, tokens[start + offset]) {
            return false
        }
        // A name part glued to the front of a word is no mention ("OZGfoo"); a hyphen is fine.
        if payload.isAdjective {
            return modifiesRole(tokens, at: end)
        }
        return true
    }

    /// A role noun starts at `index`: the noun itself, after title-forming words, or with a
    /// prefix joined by a hyphen.
    private func modifiesRole(_ tokens: [Token], at index: Int) -> Bool {
        let roles = gazetteer.gazetteer.roles
        var k = index
        while k < tokens.count, k - index < 2, titleModifiers.contains(tokens[k].norm) { k += 1 }
        guard k < tokens.count else { return false }
        if roles.match(tokens[k]) != nil { return true }
        return k + 2 < tokens.count && tokens[k].kind == .word && tokens[k + 1].kind == .hyphen && !tokens[k + 1].spaceBefore
            && !tokens[k + 2].spaceBefore && roles.match(tokens[k + 2]) != nil
    }

    /// Among spans of equal length, which type wins: a Land over a small municipality of the
    /// same name ("Sachsen"), any entity of the graph over a location of the same name.
    /// City-states are settled before, by ``PlaceDisambiguator``. (Persons found by rules have
    /// the priority 10; the gazetteer lists none.)
    static func priority(of type: EntityType) -> Int {
        switch type {
        case .organization: 6
        case .law: 5
        case .district: 4
        case .state: 3
        case .country: 2
        case .municipality: 1
        case .person, .location: 0
        }
    }
}
