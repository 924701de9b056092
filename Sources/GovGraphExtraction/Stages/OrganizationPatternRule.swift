import GovGraphModel

/// Finds organizations the gazetteer does not know but the text marks by their form.
///
/// - An authority with a field: "Amt für digitale Transformation", "Landesamt für Steuern",
///   "Ministerium für Inneres, Digitalisierung und Kommunen", also in the genitive ("des Amtes
///   für …"; the name is given in the nominative).
/// - A legal form: "DigitalService GmbH", "Bitkom e. V.", "Dataport AöR".
/// - A school and its town: "Universität Bonn", "Hochschule für öffentliche Verwaltung Kehl".
/// - A ministry and its department: "Ministerium des Inneren, für Digitalisierung und Kommunen".
/// - A sports club: "1. FC Nürnberg", "FC Carl Zeiss Jena", "Borussia Dortmund", "Inter Mailand"
///   (the place is part of the club's name, not a place mention).
/// - An institution of a town: "Realschule Spaichingen", "Stadtwerke München", "Klinikum
///   Nürnberg", "TU Berlin".
///
/// Such an organization gets the id `organization:<slug of its name>`. Gazetteer names of the
/// same span win (they have a higher priority).
public struct OrganizationPatternRule: PipelineStage {
    public init() {}

    /// Heads of authority names, with their genitive forms.
    static let heads: WordMap<String> = {
        let words = [
            "Amt", "Landesamt", "Bundesamt", "Ministerium", "Staatsministerium", "Landesministerium",
            "Bundesministerium", "Senatsverwaltung", "Referat", "Fachbereich", "Dezernat", "Stabsstelle",
            "Zentrum", "Kompetenzzentrum", "Landesbetrieb", "Agentur", "Landesagentur", "Bundesagentur",
            "Institut", "Landesinstitut", "Kommission", "Ausschuss", "Beirat", "Akademie", "Behörde",
            "Landesbehörde", "Bundesanstalt", "Landesanstalt", "Anstalt", "Zweckverband", "Verband",
            "Gesellschaft", "Stiftung", "Kammer", "Senator", "Rat", "Fachdienst", "Geschäftsstelle",
        ]
        var table = WordMap<String>()
        for word in words {
            table[word] = word
            table[word + "s"] = word
            table[word + "es"] = word
        }
        return table
    }()

    static let legalForms: WordSet = ["GmbH", "gGmbH", "AG", "AöR", "KdöR", "eG", "KG", "mbH", "SE", "UG"]
    static let fieldWords: WordSet = ["und", "sowie"]

    public func process(_ document: inout Document) {
        let found = matches(in: document)
        for (candidate, name) in found where document.entities[candidate.entity] == nil {
            document.entities[candidate.entity] = EntityInfo(id: candidate.entity, name: name, type: .organization)
        }
        document.candidates += found.map(\.0)
    }

    public func matches(in document: Document) -> [(SpanCandidate, String)] {
        let tokens = document.tokens
        var result: [(SpanCandidate, String)] = []
        var placeStarts: [Int: Int] = [:]  // start → end of a place candidate
        for candidate in document.candidates where candidate.origin == .gazetteer {
            if let type = document.entities[candidate.entity]?.type, [.municipality, .state].contains(type) {
                placeStarts[candidate.tokens.lowerBound] = max(placeStarts[candidate.tokens.lowerBound] ?? 0, candidate.tokens.upperBound)
            }
        }
        for i in tokens.indices where tokens[i].kind == .word {
            // The word class says whether the token is a head, without a look-up for most tokens.
            let head = tokens[i].is(.authorityHead) ? Self.heads[tokens[i].text] : nil
            if let head, let (end, name) = field(after: i, head: head, tokens: tokens, document: document) {
                result.append((SpanCandidate(tokens: i..<end, entity: .slug("organization", name), origin: .pattern, priority: 2), name))
            } else if let head, Self.namedHeads.contains(head),
                let (end, name) = named(after: i, head: head, tokens: tokens, placeStarts: placeStarts, document: document)
            {
                result.append((SpanCandidate(tokens: i..<end, entity: .slug("organization", name), origin: .pattern, priority: 2), name))
            }
            if let (end, name) = school(at: i, tokens: tokens, placeStarts: placeStarts, document: document) {
                result.append((SpanCandidate(tokens: i..<end, entity: .slug("organization", name), origin: .pattern, priority: 2), name))
            }
            if let (start, end, name) = club(at: i, tokens: tokens, placeStarts: placeStarts, document: document) {
                result.append((SpanCandidate(tokens: start..<end, entity: .slug("organization", name), origin: .pattern, priority: 2), name))
            }
            if let end = placeStarts[i + 1], let name = institution(at: i, placeEnd: end, tokens: tokens, document: document) {
                result.append((SpanCandidate(tokens: i..<end, entity: .slug("organization", name), origin: .pattern, priority: 2), name))
            }
            if let (start, name) = legalForm(at: i, tokens: tokens, document: document) {
                result.append((SpanCandidate(tokens: start..<(i + legalFormLength(at: i, tokens: tokens)), entity: .slug("organization", name), origin: .pattern, priority: 2), name))
            }
        }
        return result
    }

    /// Abbreviations that open a club's name ("FC", "TSV"), and names that do so before a town.
    static let clubPrefixes: WordSet = [
        "FC", "SC", "SV", "TSV", "VfL", "VfB", "ESV", "THW", "SpVgg", "TuS", "TSG", "RB", "BSC", "SSV", "MSV",
        "KSC", "FSV", "HSV", "VfR", "SSC", "ASV", "DSC", "SuS", "SG", "AS", "AC", "FK", "SK",
    ]
    static let clubNames: WordSet = [
        "Borussia", "Eintracht", "Fortuna", "Hertha", "Werder", "Dynamo", "Dinamo", "Alemannia", "Arminia",
        "Kickers", "Bayer", "Inter", "Juventus", "Lazio", "Real", "Atlético", "Olympique", "Sporting", "Spartak",
        "Rapid", "Panathinaikos", "Olympiakos", "Lokomotive", "Energie",
    ]

    /// "1. FC Nürnberg", "ESV Lok Zwickau", "Borussia Mönchengladbach": a club abbreviation and up
    /// to three capitalised words or numbers, or a club name before a town.
    private func club(at i: Int, tokens: [Token], placeStarts: [Int: Int], document: Document) -> (Int, Int, String)? {
        let token = tokens[i]
        let named = token.is(.clubName)
        guard named || token.is(.clubPrefix), i + 1 < tokens.count, tokens[i + 1].newlinesBefore == 0
        else { return nil }
        if named, placeStarts[i + 1] == nil { return nil }
        var end = i + 1
        var words = 0
        while end < tokens.count, words < 3, tokens[end].newlinesBefore == 0 {
            let next = tokens[end]
            if next.kind == .word, next.isCapitalized || next.isAllCaps {
                words += 1
                end = max(end + 1, placeStarts[end] ?? 0)
            } else if next.kind == .number, words > 0 {
                end += 1
            } else if (next.text == "/" || next.kind == .hyphen), !next.spaceBefore, end + 1 < tokens.count,
                tokens[end + 1].isCapitalized, words > 0
            {
                end += 2
            } else {
                break
            }
        }
        guard words > 0 else { return nil }
        // "1. FC …"
        let start = i >= 2 && tokens[i - 1].text == "." && tokens[i - 2].kind == .number && tokens[i - 2].characterCount == 1 ? i - 2 : i
        return (start, end, document.slice(tokens[start].start, tokens[end - 1].end))
    }

    /// Ends of words that name an institution of a town ("Realschule", "Stadtwerke").
    static let institutionEnds = [
        "schule", "gymnasium", "museum", "theater", "klinikum", "krankenhaus", "genossenschaft", "sparkasse",
        "volksbank", "stadtwerke", "kraftwerk", "bibliothek", "archiv", "zoo", "philharmonie", "verkehrsbetriebe",
    ]
    /// Abbreviations of universities before their town ("TU Berlin", "LMU München").
    static let universityAbbreviations: WordSet = ["TU", "FU", "HU", "TH", "FH", "LMU", "RWTH", "HAW", "DHBW", "ETH", "KIT"]

    /// "Realschule Spaichingen", "Stadtwerke München", "TU Berlin": an institution's word right
    /// before the name of its town (the town is part of the name, not a place mention).
    private func institution(at i: Int, placeEnd: Int, tokens: [Token], document: Document) -> String? {
        let token = tokens[i]
        guard token.kind == .word, tokens[i + 1].newlinesBefore == 0, !tokens.continuesCompound(at: i) else { return nil }
        if token.isAllCaps {
            guard Self.universityAbbreviations.contains(token.text) else { return nil }
        } else {
            guard token.isCapitalized, Self.institutionEnds.contains(where: token.norm.hasSuffix) else { return nil }
        }
        return document.slice(token.start, tokens[placeEnd - 1].end)
    }

    static let schools: WordMap<String> = {
        var table = WordMap<String>()
        for word in ["Universität", "Hochschule", "Fachhochschule", "Verwaltungshochschule", "Musikhochschule", "Kunsthochschule"] {
            table[word] = word
        }
        return table
    }()

    /// "Universität Bonn", "Hochschule für öffentliche Verwaltung Kehl": a school, maybe with a
    /// field, then the name of its town or Land.
    private func school(at i: Int, tokens: [Token], placeStarts: [Int: Int], document: Document) -> (Int, String)? {
        guard tokens[i].is(.schoolHead), let head = Self.schools[tokens[i].text] else { return nil }
        var k = i + 1
        if k < tokens.count, tokens[k].norm == "für" {
            k = RoleRelationRule.skippingField(from: k + 1, tokens: tokens, limit: tokens.count)
            // The field ends before the town: "… Verwaltung Kehl" — step back onto the place.
            var probe = i + 2
            while probe < k, placeStarts[probe] == nil { probe += 1 }
            k = probe
        }
        guard k < tokens.count, let end = placeStarts[k] else { return nil }
        let name = head + document.slice(tokens[i].end, tokens[end - 1].end).split(whereSeparator: \.isNewline).joined(separator: " ")
        return (end, name)
    }

    /// "Amt für digitale Transformation": "für", then adjectives and nouns joined by commas and
    /// "und", ending on a noun. Ministries may first name their department: "Ministerium des
    /// Inneren, für Digitalisierung und Kommunen", "Ministerium der Finanzen".
    private func field(after i: Int, head: String, tokens: [Token], document: Document) -> (Int, String)? {
        var forStart = i + 1
        if head.lowercased().hasSuffix("ministerium"), i + 2 < tokens.count, ["des", "der"].contains(tokens[i + 1].norm),
            tokens[i + 2].isCapitalized
        {
            let department = i + 3
            if department + 1 < tokens.count, tokens[department].text == ",", tokens[department + 1].norm == "für" {
                forStart = department + 1
            } else if department < tokens.count, tokens[department].norm == "und", department + 1 < tokens.count,
                tokens[department + 1].norm == "für"
            {
                forStart = department + 1
            } else {
                let rest = document.slice(tokens[i + 1].start, tokens[i + 2].end)
                return (i + 3, head + " " + rest)
            }
        }
        guard forStart + 1 < tokens.count, tokens[forStart].norm == "für" else { return nil }
        var k = forStart + 1
        var lastNounEnd: Int?
        while k < tokens.count, tokens[k].newlinesBefore == 0 {
            let token = tokens[k]
            if token.kind == .word, token.isCapitalized, !token.isAllCaps || token.characterCount <= 4 {
                lastNounEnd = k + 1
            } else if token.kind == .word, token.isLowercase, Inflection.adjectiveStem(token.text) != nil,
                !Inflection.functionWords.contains(token.norm)
            {
                // an adjective
            } else if token.kind == .hyphen || Self.fieldWords.contains(token.norm) || token.text == "," {
                // "Inneres, Digitalisierung und Kommunen"; "IT-Sicherheit"
                if token.text == ",", !(k + 1 < tokens.count && tokens[k + 1].isCapitalized) { break }
            } else {
                break
            }
            k += 1
        }
        guard let end = lastNounEnd else { return nil }
        let rest = document.slice(tokens[i + 1].start, tokens[end - 1].end)
        return (end, head + " " + rest.split(whereSeparator: \.isNewline).joined(separator: " "))
    }

    /// Heads whose name follows them in capitals: "Zweckverband Elektronische Verwaltung".
    static let namedHeads: WordSet = ["Zweckverband"]

    /// "Zweckverband Elektronische Verwaltung in Mecklenburg-Vorpommern", "Zweckverband
    /// Kommunale Informationsverarbeitung Sachsen": one to four capitalised words, and a place
    /// after "in" that closes the name.
    private func named(
        after i: Int, head: String, tokens: [Token], placeStarts: [Int: Int], document: Document
    ) -> (Int, String)? {
        var end = i + 1
        while end < tokens.count, end - i <= 4, tokens[end].kind == .word, tokens[end].isCapitalized,
            tokens[end].newlinesBefore == 0, !Inflection.functionWords.contains(tokens[end].norm)
        {
            end += 1
        }
        guard end > i + 1 else { return nil }
        if end + 1 < tokens.count, tokens[end].norm == "in", let placeEnd = placeStarts[end + 1] { end = placeEnd }
        let rest = document.slice(tokens[i + 1].start, tokens[end - 1].end)
        return (end, head + " " + rest)
    }

    private func legalFormLength(at i: Int, tokens: [Token]) -> Int {
        // "e. V." is three tokens: e . V .
        if tokens[i].text == "e", i + 3 < tokens.count, tokens[i + 1].text == ".", tokens[i + 2].text == "V", tokens[i + 3].text == "." {
            return 4
        }
        return 1
    }

    /// "DigitalService GmbH", "Bitkom e. V.": one to four capitalised words before a legal form.
    private func legalForm(at i: Int, tokens: [Token], document: Document) -> (Int, String)? {
        let isEV = legalFormLength(at: i, tokens: tokens) == 4
        guard isEV || (tokens[i].is(.legalForm) && tokens[i].spaceBefore), i > 0 else { return nil }
        var start = i
        var words = 0
        while start > 0, words < 4 {
            let previous = tokens[start - 1]
            guard previous.newlinesBefore == 0 || start - 1 == i - 1 else { break }
            if previous.kind == .word, previous.isCapitalized, !Self.notNames.contains(previous.norm) {
                words += 1
                start -= 1
            } else if previous.kind == .hyphen || ["&", "for", "of", "für"].contains(previous.text), start - 2 >= 0,
                tokens[start - 2].isCapitalized
            {
                start -= 1
            } else {
                break
            }
        }
        guard words > 0 else { return nil }
        let end = i + legalFormLength(at: i, tokens: tokens)
        return (start, document.slice(tokens[start].start, tokens[end - 1].end))
    }

    /// Capitalised words that begin a sentence or a clause, or name the kind of company, not the
    /// company ("der Verein Code for Germany e. V.").
    static let notNames: WordSet = [
        "die", "der", "das", "den", "dem", "des", "eine", "ein", "einer", "mit", "von", "bei", "für", "und",
        "verein", "vereins", "firma", "unternehmen", "unternehmens", "dienstleister", "anbieter", "tochter",
        "softwarehersteller", "hersteller", "start-up", "startup", "beratung", "partner",
    ]
}
