import GovGraphModel

/// Finds laws the gazetteer does not know in legal citations: "§ 45 Abs. 1 Satz 2 SächsPersVG",
/// "Art. 5 BayDSG".
///
/// After "§", "§§" or "Art." with its numbers and sub-units (Abs., Satz, Nr., Buchst., lit.), an
/// abbreviation-like word (a capital, another capital, two to twelve letters) names a law. It
/// becomes the entity `law:<slug>` with the abbreviation as its name.
public struct LawCitationRule: PipelineStage {
    public init() {}

    static let units: WordSet = [
        "abs", "absatz", "satz", "s", "nr", "nummer", "buchst", "lit", "alt", "var", "halbs", "hs", "ff", "f", "und",
        "bis", "i", "ii", "iii", "iv", "v",
    ]

    public func process(_ document: inout Document) {
        let found = matches(in: document)
        for (candidate, name) in found where document.entities[candidate.entity] == nil {
            document.entities[candidate.entity] = EntityInfo(id: candidate.entity, name: name, type: .law)
        }
        document.candidates += found.map(\.0)
    }

    public func matches(in document: Document) -> [(SpanCandidate, String)] {
        let tokens = document.tokens
        var covered = TokenSet(count: document.tokens.count)
        for candidate in document.candidates { covered.formUnion(candidate.tokens) }
        var result: [(SpanCandidate, String)] = []
        for i in tokens.indices where tokens[i].text == "§" || (tokens[i].norm == "art" && i + 1 < tokens.count && tokens[i + 1].text == ".") {
            var k = i + 1
            if tokens[i].norm == "art" { k += 1 }
            while k < tokens.count, k - i < 16 {
                let token = tokens[k]
                if token.kind == .number || token.text == "§" || token.text == "." || token.text == "," || token.kind == .hyphen
                    || Self.units.contains(token.norm) || (token.kind == .word && token.characterCount == 1 && token.isLowercase)
                {
                    k += 1
                    continue
                }
                break
            }
            guard k < tokens.count, k > i + 1, !covered.contains(k), Self.looksLikeLawAbbreviation(tokens[k].text),
                result.last?.0.tokens.lowerBound != k
            else { continue }
            let name = tokens[k].text
            result.append((SpanCandidate(tokens: k..<(k + 1), entity: .slug("law", name), origin: .pattern, priority: 1), name))
        }
        return result
    }

    /// Abbreviations that follow citations but name no law: margin numbers, law reports,
    /// collective agreements (Tarifverträge are contracts, not laws).
    static let notLaws: WordSet = [
        "RdNr", "RNr", "Rn", "Rz", "Rdn", "BGHR", "NJW", "BAGE", "BVerwGE", "BVerfGE", "BFHE", "BSGE",
        "AP", "EzA", "SozR", "DB", "ZIP", "MTV", "BAT", "BV", "VO", "GE", "KTD", "KAT",
    ]

    static func looksLikeLawAbbreviation(_ text: String) -> Bool {
        if notLaws.contains(text) || text.hasPrefix("TV") { return false }
        let scalars = text.unicodeScalars
        guard (2...12).contains(scalars.count), let first = scalars.first, first.properties.isUppercase else { return false }
        return scalars.dropFirst().contains(where: \.properties.isUppercase) && scalars.allSatisfy(\.properties.isAlphabetic)
    }
}
