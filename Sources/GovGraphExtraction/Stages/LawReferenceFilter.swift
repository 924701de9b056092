import GovGraphModel

/// Keeps the short abbreviations of rarely named laws only where the text cites a law.
///
/// The gazetteer knows all 7,000 federal norms, and many of their abbreviations are also the
/// names of clubs, firms or tournaments ("SG", "MSV", "ATP"). A law abbreviation of up to four
/// letters counts only when the entry is `notable` (the laws public-sector news names: OZG,
/// DSGVO, BGB …), when a citation precedes it in its sentence ("§ 5 Abs. 2 SG", "Art. 3 GG"),
/// or when the text also names the law by a longer form.
public struct LawReferenceFilter: PipelineStage {
    public init() {}

    static let citationWords: Set<String> = [
        "§", "§§", "art", "artikel", "abs", "absatz", "satz", "nr", "anlage", "gemäß", "i.v.m", "iVm",
    ]

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
        return candidates.filter { candidate in
            guard candidate.origin == .gazetteer, let info = document.entities[candidate.entity], info.type == .law,
                info.keys["notable"] != "1", isShortAbbreviation(candidate)
            else { return true }
            let start = candidate.tokens.lowerBound
            let sentenceStart = document.sentenceIndex(containingToken: start).map { document.sentences[$0].tokens.lowerBound } ?? 0
            let window = max(sentenceStart, start - 6)..<start
            if window.contains(where: { Self.citationWords.contains(tokens[$0].norm) || tokens[$0].text == "§" }) { return true }
            return candidates.contains { other in
                other.entity == candidate.entity && other.tokens != candidate.tokens && !isShortAbbreviation(other)
            }
        }
    }
}
