import GovGraphModel

/// Proposes a name for a word that misses a long gazetteer name by one typing error
/// ("Stadtoberhaupt von Leizpig" → Leipzig).
///
/// Only capitalised words of six letters or more that no gazetteer form matched, that are no
/// given name and, for towns, that stand after no article are corrected, and only to a name with the same
/// first letter that no other name is as close to. A genitive "s" is tried too ("Leizpigs").
public struct TypoMatcher: PipelineStage {
    public let gazetteer: CompiledGazetteer

    public init(gazetteer: CompiledGazetteer) {
        self.gazetteer = gazetteer
    }

    public func process(_ document: inout Document) {
        let found = matches(in: document)
        for candidate in found where document.entities[candidate.entity] == nil {
            if let entry = gazetteer.entry(candidate.entity) { document.entities[candidate.entity] = entry.info }
        }
        document.candidates += found
    }

    public func matches(in document: Document) -> [SpanCandidate] {
        let tokens = document.tokens
        var covered = TokenSet(count: document.tokens.count)
        for candidate in document.candidates { covered.formUnion(candidate.tokens) }
        var result: [SpanCandidate] = []
        var exact = Set<Range<Int>>()
        for candidate in document.candidates { exact.insert(candidate.tokens) }
        // Hyphenated names: "Schleswig-Hosltein" (its first part may be a name of its own).
        for i in tokens.indices where tokens[i].kind == .word && tokens[i].isCapitalized {
            let end = tokens.hyphenRun(startingAt: i).upperBound
            guard end > i + 1, !exact.contains(i..<end), !covered.contains(end - 1) else { continue }
            let text = tokens[i..<end].map(\.text).joined()
            let hits = gazetteer.typos.entries(near: text)
            guard hits.count == 1, let hit = hits.first else { continue }
            let entry = gazetteer.gazetteer.entries[Int(hit)]
            result.append(
                SpanCandidate(tokens: i..<end, entity: entry.id, origin: .typo, priority: GazetteerMatcher.priority(of: entry.type)))
        }
        for (i, token) in tokens.enumerated() where token.kind == .word && !covered.contains(i) {
            guard token.isCapitalized, !token.isAllCaps, token.characterCount >= TypoIndex.minimumLength,
                gazetteer.gazetteer.givenNames[token.text] == nil,
                !(i + 1 < tokens.count && tokens[i + 1].kind == .hyphen && !tokens[i + 1].spaceBefore)
            else { continue }
            var hits = gazetteer.typos.entries(near: token.text)
            if hits.isEmpty, token.text.hasSuffix("s") { hits = gazetteer.typos.entries(near: String(token.text.dropLast())) }
            guard hits.count == 1, let hit = hits.first else { continue }
            let entry = gazetteer.gazetteer.entries[Int(hit)]
            // Place names take no article ("die Stellle" is no typo of a town).
            if entry.type == .municipality, PlaceDisambiguator.followsDeterminer(i, tokens: tokens) { continue }
            result.append(
                SpanCandidate(tokens: i..<(i + 1), entity: entry.id, origin: .typo, priority: GazetteerMatcher.priority(of: entry.type)))
        }
        return result
    }
}
