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
    /// The bodies a Land or the Bund has once, by the bare noun that names them in context
    /// ("das Innenministerium", "die Staatskanzlei"): see ``landBodies(in:)``.
    let bodies: BodyTable

    public init() { self.bodies = BodyTable(entries: []) }

    public init(gazetteer: Gazetteer) { self.bodies = BodyTable(entries: gazetteer.entries) }

    /// Heads of authority names, with their genitive forms. Units inside an administration
    /// ("Referat für …", "Dezernat für …", "Stabsstelle …", "Fachbereich …") are no
    /// organizations of the graph and are not listed.
    static let heads: WordMap<String> = {
        let words = [
            "Amt", "Landesamt", "Bundesamt", "Ministerium", "Staatsministerium", "Landesministerium",
            "Bundesministerium", "Senatsverwaltung",
            "Zentrum", "Kompetenzzentrum", "Landesbetrieb", "Agentur", "Landesagentur", "Bundesagentur",
            "Institut", "Landesinstitut", "Kommission", "Ausschuss", "Beirat", "Akademie", "Behörde",
            "Landesbehörde", "Bundesanstalt", "Landesanstalt", "Anstalt", "Zweckverband", "Verband",
            "Gesellschaft", "Stiftung", "Kammer", "Senator", "Rat", "Geschäftsstelle",
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
        for (candidate, info) in landBodies(in: document) {
            if document.entities[candidate.entity] == nil { document.entities[candidate.entity] = info }
            document.candidates.append(candidate)
        }
    }

    public func matches(in document: Document) -> [(SpanCandidate, String)] {
        let tokens = document.tokens
        var result: [(SpanCandidate, String)] = []
        var placeStarts: [Int: Int] = [:]  // start → end of a place candidate
        var nameStarts: [Int: Int] = [:]  // start → end of a place, district, Land or named location
        var personStarts: Set<Int> = []
        var adjectiveStarts: Set<Int> = []  // place adjectives of the gazetteer ("Dithmarscher")
        for candidate in document.candidates {
            if candidate.origin == .person { personStarts.insert(candidate.tokens.lowerBound) }
            if candidate.origin == .adjective { adjectiveStarts.insert(candidate.tokens.lowerBound) }
            guard candidate.origin == .gazetteer, let type = document.entities[candidate.entity]?.type else { continue }
            let start = candidate.tokens.lowerBound
            switch type {
            case .municipality, .state:
                placeStarts[start] = max(placeStarts[start] ?? 0, candidate.tokens.upperBound)
                nameStarts[start] = max(nameStarts[start] ?? 0, candidate.tokens.upperBound)
            case .district, .country, .location:
                nameStarts[start] = max(nameStarts[start] ?? 0, candidate.tokens.upperBound)
            default:
                break
            }
        }
        for i in tokens.indices where tokens[i].kind == .word {
            // The word class says whether the token is a head, without a look-up for most tokens.
            let head = tokens[i].is(.authorityHead) ? Self.heads[tokens[i].text] : nil
            if let head, let (end, name) = field(after: i, head: head, tokens: tokens, personStarts: personStarts, document: document) {
                let start = adjectiveStart(before: i, tokens: tokens, document: document) ?? i
                let lead = start < i ? Self.nominativeAdjective(tokens[start].text, head: head) + " " : ""
                result.append((SpanCandidate(tokens: start..<end, entity: .slug("organization", lead + name), origin: .pattern, priority: 2), lead + name))
            } else if let head, Self.namedHeads.contains(head),
                let (end, name) = named(after: i, head: head, tokens: tokens, placeStarts: placeStarts, document: document)
            {
                result.append((SpanCandidate(tokens: i..<end, entity: .slug("organization", name), origin: .pattern, priority: 2), name))
            } else if let (start, end, name) = namedBody(at: i, tokens: tokens, nameStarts: nameStarts, adjectiveStarts: adjectiveStarts, document: document) {
                result.append((SpanCandidate(tokens: start..<end, entity: .slug("organization", name), origin: .pattern, priority: 2), name))
            }
            if let (start, end, name) = quotedBody(at: i, tokens: tokens, document: document) {
                result.append((SpanCandidate(tokens: start..<end, entity: .slug("organization", name), origin: .pattern, priority: 2), name))
            }
            if let (start, end, name) = faction(at: i, tokens: tokens, document: document) {
                result.append((SpanCandidate(tokens: start..<end, entity: .slug("organization", name), origin: .pattern, priority: 3), name))
            }
            if let (end, name) = school(at: i, tokens: tokens, placeStarts: placeStarts, document: document) {
                let start = adjectiveStart(before: i, tokens: tokens, document: document) ?? i
                let lead = start < i ? Self.nominativeAdjective(tokens[start].text, head: "Universität") + " " : ""
                result.append((SpanCandidate(tokens: start..<end, entity: .slug("organization", lead + name), origin: .pattern, priority: 2), lead + name))
            }
            if let (start, end, name) = club(at: i, tokens: tokens, placeStarts: placeStarts, document: document) {
                result.append((SpanCandidate(tokens: start..<end, entity: .slug("organization", name), origin: .pattern, priority: 2), name))
            }
            if i + 1 < tokens.count, let placeEnd = nameStarts[i + 1],
                let name = institution(at: i, placeEnd: placeEnd, tokens: tokens, document: document)
            {
                // "Stadtwerke Augsburg Holding", "Stadtwerke Leipzig GmbH": a company word closes the name.
                var end = placeEnd
                var full = name
                if end < tokens.count, tokens[end].newlinesBefore == 0, Self.companyWords.contains(tokens[end].text) {
                    full += " " + tokens[end].text
                    end += 1
                }
                result.append((SpanCandidate(tokens: i..<end, entity: .slug("organization", full), origin: .pattern, priority: 2), full))
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
        "volksbank", "stadtwerke", "kraftwerk", "bibliothek", "archiv", "zoo", "philharmonie", "verkehrsbetriebe", "stiftung",
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
    private func field(after i: Int, head: String, tokens: [Token], personStarts: Set<Int>, document: Document) -> (Int, String)? {
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
        var joined = false  // an item joined by "und" with no comma since: one more "und" ends the field
        while k < tokens.count, tokens[k].newlinesBefore == 0 {
            let token = tokens[k]
            // A name or a title ends the field ("…, Daniel Sieveke", "… wurde Dr. …").
            if personStarts.contains(k) || (Self.titles.contains(token.text) && k + 1 < tokens.count && tokens[k + 1].text == ".") {
                break
            }
            if token.kind == .word, token.isCapitalized, !token.isAllCaps || token.characterCount <= 4 {
                lastNounEnd = k + 1
            } else if token.kind == .word, Self.isFieldAdjective(token), k + 1 < tokens.count, tokens[k + 1].kind == .word {
                // an adjective before its noun: "ländliche Räume", "digitale Transformation"
            } else if token.kind == .hyphen || Self.fieldWords.contains(token.norm) || token.text == "," {
                // "Inneres, Digitalisierung und Kommunen"; "IT-Sicherheit"
                if token.text == "," {
                    guard k + 1 < tokens.count, tokens[k + 1].isCapitalized || Self.isFieldAdjective(tokens[k + 1]) else { break }
                    joined = false
                } else if Self.fieldWords.contains(token.norm) {
                    // "… und Energie und Stellvertreter": the field ended with its last item.
                    if joined { break }
                    joined = true
                }
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
        // "AG & Co. KG", "GmbH & Co. KG": a limited partnership with a company as its partner.
        if tokens[i].is(.legalForm), i + 4 < tokens.count, tokens[i + 1].text == "&", tokens[i + 2].text == "Co",
            tokens[i + 3].text == ".", tokens[i + 4].is(.legalForm)
        {
            return 5
        }
        return 1
    }

    /// "DigitalService GmbH", "Bitkom e. V.": one to four capitalised words before a legal form.
    private func legalForm(at i: Int, tokens: [Token], document: Document) -> (Int, String)? {
        let isEV = legalFormLength(at: i, tokens: tokens) == 4
        guard isEV || (tokens[i].is(.legalForm) && tokens[i].spaceBefore), i > 0 else { return nil }
        // "KG" of "AG & Co. KG" belongs to the company before it.
        if i >= 4, tokens[i - 1].text == ".", tokens[i - 2].text == "Co", tokens[i - 3].text == "&" { return nil }
        var start = i
        var words = 0
        while start > 0, words < 4 {
            let previous = tokens[start - 1]
            guard previous.newlinesBefore == 0 || start - 1 == i - 1 else { break }
            if previous.kind == .word, previous.isCapitalized, !Self.notNames.contains(previous.norm),
                !Self.companyKinds.contains(where: { previous.norm.hasSuffix($0) || previous.norm.hasSuffix($0 + "s") })
            {
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

    // MARK: Named bodies, factions, quoted committees

    /// Titles before a name: a field ends before them ("… wurde Dr. Kaiser").
    static let titles: WordSet = ["Dr", "Prof", "Dipl"]

    /// Whether a lower-case word is an adjective of a field ("ländliche", "digitale", "neue"):
    /// an adjective ending on a stem with an adjective suffix.
    static func isFieldAdjective(_ token: Token) -> Bool {
        guard token.kind == .word, token.isLowercase, !Inflection.functionWords.contains(token.norm) else { return false }
        if ["neue", "neuen", "neuer"].contains(token.norm) { return true }
        guard let stem = Inflection.adjectiveStem(token.norm) else { return false }
        return adjectiveSuffixes.contains(where: stem.hasSuffix)
    }
    static let adjectiveSuffixes = ["lich", "isch", "ig", "al", "ell", "iv", "ar", "är", "bar", "sam", "haft", "los", "ös"]

    /// Words after a company's name that belong to it ("Stadtwerke Augsburg Holding").
    static let companyWords: WordSet = ["Holding", "GmbH", "AG", "AöR", "eG", "KG", "SE"]
    /// Nouns that name the kind of a company, also at the end of compounds and in the genitive
    /// ("des Softwareanbieters Datev eG"): they are no part of its name.
    static let companyKinds = ["anbieter", "hersteller", "dienstleister", "konzern", "unternehmen", "firma", "verein", "tochter", "händler", "betreiber"]

    /// Ends of nouns that name a body before its proper name ("Zweckverband 4IT", "Datenzentrale
    /// Baden-Württemberg", "Struktur- und Genehmigungsdirektion Süd"), with the ending of an
    /// adjective before them in the nominative (masculine, feminine, neuter).
    static let bodyEnds: [(end: String, adjective: String)] = [
        ("verband", "er"), ("zentrale", "e"), ("betrieb", "er"), ("rechnungshof", "er"), ("direktion", "e"),
        ("rechenzentrum", "es"), ("zukunftszentrum", "es"), ("musikschule", "e"), ("sicherheitsrat", "er"),
        ("kooperationsrat", "er"), ("ausschuss", "er"), ("landesregierung", "e"), ("staatsregierung", "e"),
    ]
    /// Compass words that end a body's name ("Struktur- und Genehmigungsdirektion Süd").
    static let compassWords: WordSet = ["Nord", "Süd", "Ost", "West", "Mitte", "Nordost", "Nordwest", "Südost", "Südwest"]

    /// Every written form of the ``bodyEnds`` (with the case endings), found by its last letters.
    static let bodyEndForms = SuffixIndex(
        bodyEnds.flatMap { end, adjective in
            ["", "s", "es", "n", "en"].map { (form: end + $0, value: (dropped: $0.count, adjective: adjective)) }
        })

    /// The nominative of a body noun in any case ("Zweckverbandes" → "Zweckverband") and the
    /// adjective ending it takes, when the noun ends in one of ``bodyEnds``.
    static func bodyNoun(_ token: Token) -> (noun: String, adjective: String)? {
        guard token.kind == .word, token.isCapitalized, let (dropped, adjective) = bodyEndForms.match(token.norm) else { return nil }
        return (String(token.text.dropLast(dropped)), adjective)
    }

    /// A capitalised adjective right before token `i` inside a sentence ("Digitalen
    /// Zukunftszentrums", "Technischen Universität", "Dithmarscher Musikschule"): a name.
    func adjectiveStart(before i: Int, tokens: [Token], document: Document) -> Int? {
        guard i >= 1, tokens[i].newlinesBefore == 0 else { return nil }
        let word = tokens[i - 1]
        guard word.kind == .word, word.isCapitalized, !word.isAllCaps, word.characterCount >= 5,
            Inflection.adjectiveEndings.contains(where: word.norm.hasSuffix), !Self.notNames.contains(word.norm),
            !document.startsSentence(atToken: i - 1), !tokens.continuesCompound(at: i - 1)
        else { return nil }
        return i - 1
    }

    /// The nominative of a capitalised adjective before a noun: a place adjective on -er keeps
    /// its form ("Dithmarscher"), others take the ending of the noun's gender ("Digitalen" →
    /// "Digitales" before "Zukunftszentrum").
    static func nominativeAdjective(_ word: String, ending: String) -> String {
        if word.hasSuffix("er"), !["lich", "isch", "ig", "al", "ell", "iv"].contains(where: { word.lowercased().dropLast(2).hasSuffix($0) }) {
            return word
        }
        guard let stem = Inflection.adjectiveStem(word) else { return word }
        return stem + ending
    }

    /// The same for the heads of authorities and schools, by the head's gender.
    static func nominativeAdjective(_ word: String, head: String) -> String {
        let lower = head.lowercased()
        let neuter = ["amt", "ministerium", "zentrum", "institut", "referat", "dezernat", "büro", "kompetenzzentrum"]
        let masculine = ["ausschuss", "beirat", "rat", "verband", "senator", "fachdienst", "landesbetrieb"]
        if neuter.contains(where: lower.hasSuffix) { return nominativeAdjective(word, ending: "es") }
        if masculine.contains(where: lower.hasSuffix) { return nominativeAdjective(word, ending: "er") }
        return nominativeAdjective(word, ending: "e")
    }

    /// "Zweckverband 4IT", "Kreisverbandes Dithmarschen", "Datenzentrale Baden-Württemberg",
    /// "Sparkassenverbands Saar", "Struktur- und Genehmigungsdirektion Süd", "Digitales
    /// Zukunftszentrum Allgäu-Oberschwaben", "Dithmarscher Musikschule": a body noun with a
    /// proper name after it (a place, a hyphenated name, an abbreviation, a compass word, a
    /// capitalised adjective and noun) or a capitalised adjective before it. The name is given in
    /// the nominative.
    private func namedBody(
        at i: Int, tokens: [Token], nameStarts: [Int: Int], adjectiveStarts: Set<Int>, document: Document
    ) -> (Int, Int, String)? {
        guard var (noun, ending) = Self.bodyNoun(tokens[i]) else { return nil }
        var start = i
        var lead = ""
        // "Cyber-Sicherheitsrat": the whole compound is the noun.
        while start >= 2, tokens.continuesCompound(at: start), tokens[start - 2].isCapitalized || tokens[start - 2].isAllCaps {
            start -= 2
        }
        if start < i { noun = document.slice(tokens[start].start, tokens[i].start) + noun }
        // "Struktur- und Genehmigungsdirektion": a truncated compound joined by "und".
        if start == i, i >= 3, tokens[i - 1].norm == "und", tokens[i - 2].kind == .hyphen, !tokens[i - 2].spaceBefore,
            tokens[i - 3].kind == .word, tokens[i - 3].isCapitalized
        {
            start = i - 3
            lead = document.slice(tokens[start].start, tokens[i - 1].end) + " "
        }
        var adjectiveLead = false
        if start == i, let adjective = adjectiveStart(before: i, tokens: tokens, document: document) {
            start = adjective
            lead = Self.nominativeAdjective(tokens[adjective].text, ending: ending) + " "
            // A place adjective: from the gazetteer, or on -er without an adjective's stem ("Dithmarscher").
            adjectiveLead = adjectiveStarts.contains(adjective)
                || Self.nominativeAdjective(tokens[adjective].text, ending: "e") == tokens[adjective].text
        }
        var end = i + 1
        var items = 0
        while end < tokens.count, items < 3, tokens[end].newlinesBefore == 0 {
            let token = tokens[end]
            let run = tokens.hyphenRun(startingAt: end)
            if let placeEnd = nameStarts[end], placeEnd >= run.upperBound {
                end = placeEnd
            } else if token.kind == .word || token.kind == .number, Self.isCode(token) {
                end += 1
            } else if token.kind == .word, token.isCapitalized, run.count > 1 {
                guard tokens[run].allSatisfy({ $0.kind == .hyphen || $0.isCapitalized }) else { break }
                end = run.upperBound
            } else if Self.compassWords.contains(token.text) {
                end += 1
            } else if token.kind == .word, token.isCapitalized, !token.isAllCaps, end + 1 < tokens.count,
                Inflection.adjectiveStem(token.text) != nil, Self.isCapitalizedAdjective(token),
                tokens[end + 1].kind == .word, tokens[end + 1].isCapitalized, tokens[end + 1].newlinesBefore == 0
            {
                end += 2
            } else if items > 0, token.text == "/", end + 1 < tokens.count, tokens[end + 1].isCapitalized {
                end = nameStarts[end + 1] ?? (end + 2)
                items += 1
                continue
            } else {
                break
            }
            items += 1
        }
        // "IT-Kooperationsrat von Sachsen-Anhalt": a place after "von" closes the name.
        if items == 0, end + 1 < tokens.count, tokens[end].norm == "von", let placeEnd = nameStarts[end + 1] {
            end = placeEnd
            items += 1
        }
        // Without a name after it, only a place adjective names the body ("Dithmarscher Musikschule").
        guard items > 0 || adjectiveLead else { return nil }
        // A place alone after the noun names the body only when the noun is no common word
        // before a place ("im Ausschuss Leipzig" is rare; "Landesregierung Sachsen" is a body).
        let rest = end > i + 1 ? " " + document.slice(tokens[i + 1].start, tokens[end - 1].end) : ""
        let name = (lead + noun + rest).split(whereSeparator: \.isNewline).joined(separator: " ")
        return (start, end, name)
    }

    /// A code-like name: letters and digits with a digit or two capitals ("4IT", "OWL", "KDN").
    static func isCode(_ token: Token) -> Bool {
        let scalars = token.text.unicodeScalars
        guard scalars.count >= 2, scalars.count <= 8 else { return false }
        let digits = scalars.filter { $0.properties.numericType != nil }.count
        let capitals = scalars.filter(\.properties.isUppercase).count
        return (digits > 0 && capitals > 0) || (capitals >= 2 && capitals * 2 >= scalars.count)
    }

    /// A capitalised adjective of a name ("Kommunale", "Digitale", "Elektronische").
    static func isCapitalizedAdjective(_ token: Token) -> Bool {
        guard let stem = Inflection.adjectiveStem(token.norm) else { return false }
        return adjectiveSuffixes.contains(where: stem.hasSuffix)
    }

    /// Nouns whose proper name follows in quotation marks ("Ausschuss „Digitale Agenda“",
    /// "Enquete-Kommission „Internet und digitale Gesellschaft“").
    static let quotedHeads = ["ausschuss", "kommission", "arbeitsgruppe", "beirat", "gremium", "verein"]
    /// Quotation marks around a quoted name.
    static let quotes: WordSet = ["\"", "„", "“", "”", "»", "«"]
    /// Heads whose quoted name is the whole name ("der Verein „Code for Germany“").
    static let quotedNames: WordSet = ["verein"]

    /// A committee and its quoted name. The name is the noun in the nominative and the quoted
    /// words.
    private func quotedBody(at i: Int, tokens: [Token], document: Document) -> (Int, Int, String)? {
        let token = tokens[i]
        guard token.kind == .word, token.isCapitalized, i + 3 < tokens.count, tokens[i + 1].kind == .punctuation,
            tokens[i + 1].is(.opener) || Self.quotes.contains(tokens[i + 1].text)
        else { return nil }
        var noun: String?
        for head in Self.quotedHeads {
            for ending in ["", "es", "s", "en"] where token.norm.hasSuffix(head + ending) {
                noun = String(token.text.dropLast(ending.count))
                break
            }
            if noun != nil { break }
        }
        guard let noun, tokens[i + 2].isCapitalized else { return nil }
        var k = i + 2
        while k < tokens.count, k - i <= 10, tokens[k].newlinesBefore == 0 {
            if tokens[k].kind == .punctuation, tokens[k].is(.closer) || Self.quotes.contains(tokens[k].text) {
                guard k > i + 2 else { return nil }
                let inner = document.slice(tokens[i + 2].start, tokens[k - 1].end)
                // A club's name is the quoted words alone: "der Verein „Digitale Stadt Leipzig“".
                if Self.quotedNames.contains(noun.lowercased()) { return (i + 2, k, inner) }
                // "Enquete-Kommission": the whole compound is the noun.
                let start = tokens.continuesCompound(at: i) ? i - 2 : i
                let prefix = start < i ? document.slice(tokens[start].start, tokens[i].start) : ""
                return (start, k + 1, prefix + noun + " " + inner)
            }
            k += 1
        }
        return nil
    }

    /// "FDP-Fraktion", "Grünen-Bundestagsfraktion", "CDU/CSU-Fraktion": a party's group in a
    /// parliament, written as one compound.
    private func faction(at i: Int, tokens: [Token], document: Document) -> (Int, Int, String)? {
        let token = tokens[i]
        guard tokens.continuesCompound(at: i), token.kind == .word, token.norm.hasSuffix("fraktion"),
            tokens[i - 2].isCapitalized || tokens[i - 2].isAllCaps
        else { return nil }
        var start = i - 2
        // "CDU/CSU", "Bündnis 90/Die Grünen" before the hyphen
        while start >= 2, tokens[start - 1].text == "/", !tokens[start - 1].spaceBefore, tokens[start - 2].isCapitalized || tokens[start - 2].kind == .number {
            start -= 2
        }
        return (start, i + 1, document.slice(tokens[start].start, token.end))
    }
}

/// Words found by their ending: each listed form is indexed by its last four UTF-8 bytes, so
/// that asking about a word costs one integer look-up, not one comparison per form.
struct SuffixIndex<Value: Sendable>: Sendable {
    private var byTail: [UInt32: [(form: String, value: Value)]] = [:]

    init(_ forms: [(form: String, value: Value)]) {
        for item in forms {
            guard let tail = Self.tail(item.form) else { continue }
            byTail[tail, default: []].append(item)
        }
        // Longer forms first: "zukunftszentrum" before "zentrum".
        for key in byTail.keys { byTail[key]!.sort { $0.form.utf8.count > $1.form.utf8.count } }
    }

    /// The last four bytes of a word's UTF-8, as one number.
    static func tail(_ word: String) -> UInt32? {
        let bytes = word.utf8
        guard bytes.count >= 4 else { return nil }
        var tail: UInt32 = 0
        for byte in bytes.suffix(4) { tail = tail << 8 | UInt32(byte) }
        return tail
    }

    /// The value of the longest listed form `word` ends with.
    func match(_ word: String) -> Value? {
        guard let tail = Self.tail(word), let items = byTail[tail] else { return nil }
        return items.first { word.hasSuffix($0.form) }?.value
    }
}
