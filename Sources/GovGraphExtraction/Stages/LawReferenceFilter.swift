import GovGraphModel

/// Keeps the short abbreviations of rarely named laws only where the text cites a law.
///
/// The gazetteer knows all 7,000 federal norms, and many of their abbreviations are also the
/// names of clubs, firms or tournaments ("SG", "MSV", "ATP"). A law abbreviation of up to four
/// letters counts only when the entry is `notable` (the laws public-sector news names: OZG,
/// DSGVO, BGB …), when a citation precedes it in its sentence ("§ 5 Abs. 2 SG", "Art. 3 GG"),
/// or when the text also names the law by a longer form, or when an article comes before and no
/// name after ("nach dem SGG", not "der MSV Duisburg"). A law named as the title of a
/// commentary ("Zöller, ZPO, 31. Auflage") is literature, not the law.
public struct LawReferenceFilter: PipelineStage {
    public init() {}

    static let citationWords: WordSet = [
        "§", "§§", "art", "artikel", "abs", "absatz", "satz", "nr", "anlage", "gemäß", "i.v.m", "iVm",
    ]

    static let articlesAndPrepositions: WordSet = [
        "des", "dem", "das", "im", "nach", "gemäß", "laut", "zum", "vom", "beim", "ins",
    ]
    static let literatureMarkers: WordSet = ["aufl", "auflage", "rn", "rz", "rdnr", "randnummer", "kommentar", "komm"]

    /// A law's name as the title of a commentary: "Zöller, ZPO, 31. Auflage", "Schmidt/Wacker,
    /// EStG, § 85 Rz 2": an author marker ("/", "in") before and an edition or margin number
    /// after.
    static func isLiteratureTitle(_ span: Range<Int>, tokens: [Token], sentence: Range<Int>) -> Bool {
        // A name may run past its sentence's end ("das II. BV."): the windows are clamped.
        let before = min(span.lowerBound, max(sentence.lowerBound, span.lowerBound - 6))..<span.lowerBound
        let after = span.upperBound..<max(span.upperBound, min(sentence.upperBound, span.upperBound + 9))
        let authors = before.contains { tokens[$0].text == "/" || tokens[$0].norm == "in" }
        return authors && after.contains { literatureMarkers.contains(tokens[$0].norm) }
    }

    public func process(_ document: inout Document) {
        document.candidates = filter(document.candidates, in: document)
    }

    public func filter(_ candidates: [SpanCandidate], in document: Document) -> [SpanCandidate] {
        let tokens = document.tokens
        func isShortAbbreviation(_ candidate: SpanCandidate) -> Bool {
            guard candidate.tokens.count == 1 else { return false }
            let token = tokens[candidate.tokens.lowerBound]
            let letters = token.text.unicodeScalars.filter(\.properties.isAlphabetic).count
            return letters <= 4 && Inflection.isAbbreviation(token.text)
        }
        // The laws' candidates that are no short abbreviation, by law, made when first asked for.
        var longerForms: ElsewhereIndex<EntityID>?
        return candidates.filter { candidate in
            guard candidate.origin == .gazetteer, let info = document.entities[candidate.entity], info.type == .law
            else { return true }
            let start = candidate.tokens.lowerBound
            let sentence = document.sentenceIndex(containingToken: start).map { document.sentences[$0].tokens }
                ?? 0..<tokens.count
            if Self.isLiteratureTitle(candidate.tokens, tokens: tokens, sentence: sentence) { return false }
            guard info.keys["notable"] != "1", isShortAbbreviation(candidate) else { return true }
            let window = max(sentence.lowerBound, start - 6)..<start
            if window.contains(where: { Self.citationWords.contains(tokens[$0].norm) || tokens[$0].text == "§" }) { return true }
            // "nach dem SGG.", "des SGG in": an article before, no name after (unlike "der MSV Duisburg").
            let end = candidate.tokens.upperBound
            if start > sentence.lowerBound, Self.articlesAndPrepositions.contains(tokens[start - 1].norm),
                end >= sentence.upperBound || !(tokens[end].isCapitalized || tokens[end].kind == .number)
            {
                return true
            }
            if longerForms == nil {
                longerForms = ElsewhereIndex(candidates) { other in
                    document.entities[other.entity]?.type == .law && !isShortAbbreviation(other) ? other.entity : nil
                }
            }
            return longerForms?.first(candidate.entity, notOver: candidate.tokens) != nil
        }
    }
}
