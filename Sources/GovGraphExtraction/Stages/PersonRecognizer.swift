import GovGraphModel

/// Finds persons by rules: a given name followed by a surname, and a surname after a role noun
/// or after "Herr"/"Frau".
///
/// - "Claudia Kalisch", "Hans-Peter Friedrich", "Karl-Theodor zu Guttenberg", "Sabine
///   Leutheusser-Schnarrenberger": given names come from `given-names.tsv`; academic titles
///   before the name ("Dr.", "Prof.") are not part of the mention.
/// - "Staatsminister Mehring", "den Staatsministern Sinemus und Mehring": a capitalised word
///   after a role noun that is not a common noun (no -ung, -heit, -keit … ending), not a
///   function word and not followed by another capitalised word.
/// - "Herr Jung", "Frau Dr. Behrens": the mention includes "Herr"/"Frau".
/// - Credits: "Interview: Alexandra Braun", "Foto: Ngozi Adeyemi" (two or three capitalised
///   words after a credit cue and a colon, whether or not the given name is known).
/// - "US-Präsident Barack Obama": two capitalised words after a role noun, even with a given name
///   from no list.
/// - "Merkel sagte", "Schröders Rede", "Vorgänger Steinmeier", "König Ludwig": a word of
///   `surnames.txt` or `given-names.tsv` (or its genitive) standing alone, not after an article,
///   inside a compound, at the end of a longer capitalised name ("Wall Street") or after "St.".
/// - "A. Rusterholz": an initial and a surname.
/// - "Stanleys Geburtsdatum", "die Aussagen Rudolphs", "Zabels Entscheidung": names in the
///   genitive where a genitive stands, also names on no list before a noun (see
///   `PersonRecognizer+Genitive.swift`).
/// - "Dizzy Gillespie", "LeBron James": a capitalised word from no list before a listed name,
///   unless it reads as a noun, an adjective or the opener of a place or thing's name (see
///   `PersonRecognizer+ForeignNames.swift`).
/// - "Giacomo della Porta", "Fernando Collor de Mello": Romance particles.
/// - Not a person on its own: a listed word after a possessive ("ihr Idol"), before a number word
///   ("Nummer eins"), slashed to another word, or on the list of common nouns the name lists hold
///   ("Sieger", "School"; see `PersonRecognizer+Neighbours.swift`).
///
/// Full names get the id `person:<slug of the name>`; surname-only mentions get
/// `person:<slug of the surname>` until ``PersonLinker`` joins them to a full name.
public struct PersonRecognizer: PipelineStage {
    public let gazetteer: Gazetteer
    /// The given names and surnames of the gazetteer, as word sets: they are asked about for
    /// nearly every capitalised word.
    let givenNames: WordSet
    let surnames: WordSet

    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
        givenNames = WordSet(gazetteer.givenNames.keys)
        surnames = WordSet(gazetteer.surnames)
    }

    static let particles: WordSet = [
        "von", "van", "de", "zu", "vom", "der", "den", "ter", "di", "da", "le", "la", "del", "della", "dos", "du",
    ]
    /// Romance particles that join a second surname to the first ("Fernando Collor de Mello").
    static let romanceParticles: WordSet = ["de", "da", "di", "del", "della", "dos"]
    static let titles: WordSet = ["dr", "prof", "ing", "med", "phil", "jur", "rer", "nat", "h", "c"]
    static let addresses: WordSet = ["herr", "herrn", "frau"]
    /// Capitalised words that are never surnames.
    static let notSurnames: WordSet = [
        "der", "die", "das", "des", "dem", "den", "ein", "eine", "einen", "und", "oder", "aber", "sie",
        "er", "es", "wir", "ich", "ihr", "in", "im", "am", "an", "auf", "aus", "bei", "mit", "nach",
        "von", "vom", "zu", "zur", "zum", "für", "über", "unter", "vor", "seit", "bis", "als", "wie",
        "auch", "doch", "dann", "so", "nun", "jetzt", "heute", "hier", "dort", "zudem", "damit",
        "dabei", "dazu", "deshalb", "denn", "dass", "wenn", "weil", "ob", "nicht", "kein", "keine",
        "alle", "viele", "mehr", "neue", "neuer", "neuen", "sowie", "laut", "gegen", "ohne", "um",
        "ab", "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
        "oktober", "november", "dezember", "montag", "dienstag", "mittwoch", "donnerstag", "freitag",
        "samstag", "sonntag", "bund", "land", "länder", "stadt", "kommune", "kommunen", "gemeinde",
        // words that open sentences and are also listed names
        "anders", "basis", "foto", "wege",
        // adverbs and conjunctions that open sentences before a name ("Nur Justin kam")
        "nur", "noch", "schon", "erst", "bereits", "da", "während", "nachdem", "obwohl", "trotzdem",
        "außerdem", "jedoch", "dennoch", "zwar", "sogar", "bislang", "bisher", "später", "danach", "damals",
    ]
    /// Nouns for persons (not roles) that stand before a name: "Vorgänger Steinmeier",
    /// "Bruder Manfred", "König Ludwig".
    static let personNouns: WordSet = [
        "vorgänger", "vorgängerin", "nachfolger", "nachfolgerin", "bruder", "schwester", "sohn", "tochter",
        "vater", "mutter", "ehefrau", "ehemann", "witwe", "genosse", "genossin", "kollege", "kollegin",
        "vertrauten", "vertraute", "vertrauter", "freund", "freundin", "partner", "partnerin", "gegner",
        "gegnerin", "herausforderer", "herausforderin", "trainer", "trainerin", "kandidat", "kandidatin",
        "autor", "autorin", "sänger", "sängerin", "künstler", "künstlerin", "regisseur", "regisseurin",
        "komponist", "komponistin", "dichter", "dichterin", "schriftsteller", "schriftstellerin", "maler",
        "malerin", "kaiser", "kaiserin", "könig", "königin", "papst", "prinz", "prinzessin", "graf", "gräfin",
        "herzog", "herzogin", "fürst", "fürstin", "heilige", "heiligen", "onkel", "tante", "neffe", "nichte",
        "enkel", "enkelin", "star", "stürmer", "torwart", "kapitän",
        // their inflected forms, and more nouns for persons and names
        "vorgängers", "vorgängern", "nachfolgers", "nachfolgern", "bruders", "brüder", "brüdern", "schwestern",
        "sohnes", "söhne", "söhnen", "töchter", "töchtern", "vaters", "kollegen", "freundes", "freunde",
        "freunden", "kaisers", "königs", "papstes", "prinzen", "grafen", "herzogs", "fürsten",
        "person", "name", "namen", "namens", "spitzname", "spitznamen", "künstlername", "künstlernamen",
        "anwalt", "anwältin", "arzt", "ärztin", "richter", "richterin", "spieler", "spielerin", "sportler",
        "sportlerin", "fahrer", "fahrerin", "schauspieler", "schauspielerin", "musiker", "musikerin",
        "rapper", "rapperin", "boxer", "boxerin", "läufer", "läuferin", "politiker", "politikerin",
        "journalist", "journalistin", "architekt", "architektin", "fotograf", "fotografin", "pianist",
        "pianistin", "dirigent", "dirigentin", "tänzer", "tänzerin", "model", "moderator", "moderatorin",
        // English and Romance forms of address, not part of the name in the mention
        "miss", "mister", "mrs", "sir", "lady", "lord", "dame", "madame", "monsieur", "signora", "signore",
    ]
    static let nounEndings = ["ung", "heit", "keit", "schaft", "tion", "sion", "tät", "ismus", "ment", "nis", "tum", "ium", "ik", "ie", "ei"]

    /// The lower-cased word ends like a common noun ("Verwaltung", "Mehrheit"), with a stem.
    static func hasNounEnding(_ norm: String) -> Bool {
        // Below U+0300 every code point is a character of its own: compare bytes.
        let bytes = norm.utf8
        guard bytes.allSatisfy({ $0 < 0xCC }) else { return nounEndings.contains { norm.hasSuffix($0) && norm.count > $0.count + 2 } }
        var characters = 0
        for byte in bytes where byte & 0xC0 != 0x80 { characters += 1 }
        return nounEndingBytes.contains { ending in
            characters > ending.characters + 2 && bytes.count >= ending.bytes.count
                && bytes.suffix(ending.bytes.count).elementsEqual(ending.bytes)
        }
    }

    static let nounEndingBytes = nounEndings.map { (bytes: Array($0.utf8), characters: $0.count) }

    /// The population from which a municipality's name is no surname.
    static let citySize = 100_000

    public func process(_ document: inout Document) {
        // The role nouns, read once for this rule and the later ones.
        document.storeRoles(gazetteer.roles)
        let found = matches(in: document)
        for (candidate, name) in found where document.entities[candidate.entity] == nil {
            document.entities[candidate.entity] = EntityInfo(id: candidate.entity, name: name, type: .person)
        }
        document.candidates += found.map(\.0)
    }

    /// Person spans with their display names.
    public func matches(in document: Document) -> [(SpanCandidate, String)] {
        let tokens = document.tokens
        let roleAt = document.roles(gazetteer.roles)
        // Tokens where a gazetteer name other than a town or a company starts: never a surname
        // (many surnames are names of towns, "Jung", "Kirchhof"; companies are often named after
        // persons, "Ferdinand Porsche"). Standing alone, the name of a city of 100,000 or more is
        // the city, not a surname ("Börsenvorstand Wien"); after a given name it may be one ("Uta Hagen").
        var blocked = TokenSet(count: tokens.count)
        var alone = TokenSet(count: tokens.count)
        for candidate in document.candidates where candidate.origin == .gazetteer {
            guard let info = document.entities[candidate.entity], info.keys["category"] != "company" else { continue }
            if info.type != .municipality {
                blocked.insert(candidate.tokens.lowerBound)
                alone.insert(candidate.tokens.lowerBound)
            } else if info.population >= Self.citySize {
                alone.insert(candidate.tokens.lowerBound)
            }
        }
        // Tokens any gazetteer name covers: a name standing alone there is that entry ("Melle").
        var named = TokenSet(count: tokens.count)
        for candidate in document.candidates { named.formUnion(candidate.tokens) }
        var result: [(SpanCandidate, String)] = []
        var covered = -1
        for i in tokens.indices where i > covered {
            // A saint's name names a church or a place: "St. Johann Baptist", "Sankt Moritz".
            if Self.followsSaint(i, tokens: tokens) { continue }
            // "New York Times", "North York": a given name after an English opener is part of that name.
            // (When the opener starts a gazetteer name, "New York", that name decides.)
            if i > 0, tokens[i - 1].kind == .word, tokens[i - 1].isCapitalized, !named.contains(i - 1),
                Self.englishNameOpeners.contains(tokens[i - 1].norm)
            {
                continue
            }
            if let (range, name) = fullName(at: i, tokens: tokens, roles: roleAt, blocked: blocked) {
                result.append((SpanCandidate(tokens: range, entity: .slug("person", name), origin: .person, priority: 10), name))
                covered = range.upperBound - 1
                continue
            }
            // A bare surname quoted as a speaker: "Merkel sagte", ", sagte Röttgen".
            if let end = speaker(at: i, tokens: tokens, roles: roleAt, blocked: alone) {
                let name = tokens[i..<end].map(\.text).joined()
                result.append((SpanCandidate(tokens: i..<end, entity: .slug("person", name), origin: .surname, priority: 10), name))
                covered = end - 1
                continue
            }
            // Credits: "Interview: Alexandra Braun", "Bildquelle: Michael Bader".
            if let (range, name) = credit(at: i, tokens: tokens, roles: roleAt, blocked: blocked) {
                result.append((SpanCandidate(tokens: range, entity: .slug("person", name), origin: .person, priority: 10), name))
                covered = range.upperBound - 1
                continue
            }
            // A given name from no list and a listed surname: "Usain Bolt".
            if let end = unlistedGivenName(at: i, tokens: tokens, roles: roleAt, blocked: blocked, named: named) {
                let name = tokens[i..<end].map(\.text).joined(separator: " ")
                result.append((SpanCandidate(tokens: i..<end, entity: .slug("person", name), origin: .person, priority: 10), name))
                covered = end - 1
                continue
            }
            // An initial and a surname: "P. Rusterholz", "A. Schmidt".
            if let end = initialName(at: i, tokens: tokens, roles: roleAt, blocked: blocked, named: named) {
                let name = document.text(ofTokens: i..<end)
                result.append((SpanCandidate(tokens: i..<end, entity: .slug("person", name), origin: .person, priority: 10), name))
                covered = end - 1
                continue
            }
            // A known surname or given name on its own: "Merkel", "Schröders Rede", "Mathilde".
            if !named.contains(i), let name = listedName(at: i, tokens: tokens, roles: roleAt, blocked: alone) {
                result.append((SpanCandidate(tokens: i..<(i + 1), entity: .slug("person", name), origin: .surname, priority: 10), name))
                covered = i
                continue
            }
            // An unlisted name in the Saxon genitive: "Zabels Entscheidung".
            if let name = unlistedGenitive(at: i, tokens: tokens, roles: roleAt, blocked: alone, named: named) {
                result.append((SpanCandidate(tokens: i..<(i + 1), entity: .slug("person", name), origin: .surname, priority: 10), name))
                covered = i
                continue
            }
            let isAddress = tokens[i].is(.address) && tokens[i].isCapitalized
            let role = isAddress ? nil : roleAt[i]
            guard isAddress || role != nil else { continue }
            var j = skipTitles(after: i + 1, tokens: tokens)
            guard j < tokens.count, fullName(at: j, tokens: tokens, roles: roleAt, blocked: blocked) == nil else { continue }
            // Two capitalised words after a role: a name even with a given name from no list
            // ("US-Präsident Barack Obama").
            if !isAddress, let end = unlistedFullName(at: j, tokens: tokens, roles: roleAt, blocked: blocked, named: named) {
                let name = tokens[j..<end].map(\.text).joined(separator: " ")
                result.append((SpanCandidate(tokens: j..<end, entity: .slug("person", name), origin: .person, priority: 10), name))
                covered = end - 1
                continue
            }
            // "Herrn Tilo von Riegen": a given name, a particle and a capitalised word make the
            // name; a given name alone after the address is no name (a person needs a surname).
            if isAddress, tokens[j].kind == .word, tokens[j].isCapitalized {
                var k = j + 1
                while k < tokens.count, Self.particles.contains(tokens[k].text), k - j <= 3 { k += 1 }
                if k > j + 1, k < tokens.count, tokens[k].kind == .word, tokens[k].isCapitalized, tokens[k].newlinesBefore == 0,
                    !Self.prepositionalPhrase(at: j + 1, tokens: tokens)
                {
                    let name = document.text(ofTokens: j..<(k + 1))
                    result.append((SpanCandidate(tokens: j..<(k + 1), entity: .slug("person", name), origin: .person, priority: 10), name))
                    covered = k
                    continue
                }
                if isGivenName(tokens[j]), !surnames.contains(tokens[j].text) { continue }
            }
            while let end = surname(at: j, tokens: tokens, roles: roleAt, blocked: alone, strict: true) {
                let name = document.text(ofTokens: j..<end)
                let start = isAddress ? i : j
                result.append((SpanCandidate(tokens: start..<end, entity: .slug("person", name), origin: .surname, priority: 10), name))
                covered = end - 1
                // "die Staatsminister Sinemus und Mehring"
                guard !isAddress, end + 1 < tokens.count, tokens[end].norm == "und" else { break }
                j = end + 1
            }
        }
        return result
    }

    static let speechVerbs: WordSet = [
        "sagte", "sagt", "erklärte", "erklärt", "betonte", "betont", "meinte", "meint", "kritisierte",
        "kritisiert", "forderte", "fordert", "warnte", "warnt", "sprach", "spricht", "kündigte", "räumte",
        "ergänzte", "unterstrich", "bekräftigte", "lobte", "verwies", "teilte",
    ]

    /// What stands before a speaker whose verb follows: "…, Merkel sagte", "und Merkel sagte".
    static let speakerLeads: WordSet = [",", "„", "“", "\"", "und", "auch"]

    /// A capitalised word that a speech verb introduces or follows, without article or adjective
    /// and without the ending of a common noun: "Merkel sagte", "…, sagte Röttgen."
    func speaker(at i: Int, tokens: [Token], roles roleAt: [RoleLexicon.Match?], blocked: TokenSet) -> Int? {
        guard tokens[i].kind == .word, tokens[i].newlinesBefore == 0, i > 0, tokens[i - 1].kind != .hyphen else { return nil }
        // The word before decides which pattern can apply; most words are ruled out here.
        let before = tokens[i - 1].norm
        let verbFollows = tokens[i - 1].is(.speakerLead)
        let verbBefore = tokens[i - 1].is(.speechVerb)
        guard verbFollows || verbBefore || before == "so",
            let end = surname(at: i, tokens: tokens, roles: roleAt, blocked: blocked, strict: true),
            !PlaceDisambiguator.followsDeterminer(i, tokens: tokens)
        else { return nil }
        let after = end < tokens.count ? tokens[end] : nil
        // "Merkel sagte": mid-sentence, after a comma or quote, the name then the verb.
        if let after, after.is(.speechVerb), verbFollows {
            return end
        }
        // "…, sagte Röttgen." / "so Merkel."
        if verbBefore || before == "so", i >= 2, tokens[i - 2].text == "," || tokens[i - 2].text == "“" || tokens[i - 2].text == "\"",
            after == nil || [".", ",", ";", "!", "?"].contains(after!.text)
        {
            return end
        }
        return nil
    }

    static let creditCues: WordSet = [
        "interview", "bildquelle", "foto", "fotos", "text", "autor", "autorin", "bild", "grafik", "quelle",
        "redaktion", "moderation", "fotograf", "fotografin",
    ]

    /// A name of two or three capitalised words after a credit cue and a colon, even with a
    /// given name the list does not know ("Foto: Ngozi Adeyemi").
    func credit(at i: Int, tokens: [Token], roles roleAt: [RoleLexicon.Match?], blocked: TokenSet) -> (Range<Int>, String)? {
        guard tokens[i].is(.creditCue), i + 3 < tokens.count, tokens[i + 1].text == ":" else { return nil }
        let start = skipTitles(after: i + 2, tokens: tokens)
        if fullName(at: start, tokens: tokens, roles: roleAt, blocked: blocked) != nil { return nil }
        var end = start
        while end < tokens.count, end - start < 3, tokens[end].kind == .word, tokens[end].isCapitalized,
            !tokens[end].isAllCaps, !Self.notSurnames.contains(tokens[end].norm), !blocked.contains(end),
            tokens[end].newlinesBefore == 0 || end == start
        {
            end += 1
        }
        guard end - start >= 2 else { return nil }
        if end < tokens.count, tokens[end].kind == .word, tokens[end].isCapitalized, tokens[end].newlinesBefore == 0 { return nil }
        return (start..<end, tokens[start..<end].map(\.text).joined(separator: " "))
    }

    private func skipTitles(after index: Int, tokens: [Token]) -> Int {
        var j = index
        while j + 1 < tokens.count, Self.titles.contains(tokens[j].norm), tokens[j + 1].text == "." { j += 2 }
        while j < tokens.count, tokens[j].kind == .hyphen { j += 1 }
        return j
    }

    private func isGivenName(_ token: Token) -> Bool {
        token.kind == .word && token.isCapitalized && !token.isAllCaps && givenNames.contains(token.text)
    }

    /// Given name(s), particles and a surname starting at `i`: the token range and the name.
    func fullName(at i: Int, tokens: [Token], roles roleAt: [RoleLexicon.Match?], blocked: TokenSet) -> (Range<Int>, String)? {
        guard isGivenName(tokens[i]) else { return nil }
        var j = i + 1
        var parts = [tokens[i].text]
        // A second given name, with or without a hyphen ("Hans-Peter", "Anna Lena").
        if j + 1 < tokens.count, tokens[j].kind == .hyphen, !tokens[j].spaceBefore, isGivenName(tokens[j + 1]),
            !tokens[j + 1].spaceBefore
        {
            parts[0] += "-" + tokens[j + 1].text
            j += 2
        }
        // Further given names before the surname or its particle: "Anna Lena Schmidt",
        // "Joseph Victor von Scheffel", "Gerhard Johann David von Scharnhorst".
        func nameFollows(_ k: Int) -> Bool {
            guard k < tokens.count else { return false }
            if tokens[k].kind == .word, tokens[k].isCapitalized { return true }
            return Self.particles.contains(tokens[k].text) && k + 1 < tokens.count && tokens[k + 1].isCapitalized
                && !Self.prepositionalPhrase(at: k, tokens: tokens)
        }
        while parts.count < 4, j + 1 < tokens.count, isGivenName(tokens[j]), nameFollows(j + 1) {
            parts.append(tokens[j].text)
            j += 1
        }
        // A middle initial: "George W. Bush".
        if j + 2 < tokens.count, tokens[j].kind == .word, tokens[j].characterCount == 1, tokens[j].isCapitalized,
            tokens[j + 1].text == ".", !tokens[j + 1].spaceBefore, tokens[j + 2].isCapitalized
        {
            parts.append(tokens[j].text + ".")
            j += 2
        }
        // A ruler's number or a surname cut to its initial: "Elisabeth II.", "Claudia B.".
        if j + 1 < tokens.count, tokens[j].kind == .word, tokens[j].newlinesBefore == 0, tokens[j + 1].text == ".",
            !tokens[j + 1].spaceBefore, Self.romanNumerals.contains(tokens[j].text) || tokens[j].characterCount == 1 && tokens[j].isCapitalized,
            j + 2 == tokens.count || !(tokens[j + 2].kind == .word && tokens[j + 2].isCapitalized && tokens[j + 2].newlinesBefore == 0)
        {
            return (i..<(j + 2), (parts + [tokens[j].text + "."]).joined(separator: " "))
        }
        var particles: [String] = []
        while j < tokens.count, Self.particles.contains(tokens[j].text), particles.count < 3, !Self.prepositionalPhrase(at: j, tokens: tokens) {
            particles.append(tokens[j].text)
            j += 1
        }
        guard var end = surname(at: j, tokens: tokens, roles: roleAt, blocked: blocked, strict: false),
            // A name never crosses a line break ("… Stadt Emmerich" / "Schließlich …").
            !tokens[(i + 1)..<end].contains(where: { $0.newlinesBefore > 0 })
        else { return nil }
        // A second surname after a Romance particle: "Collor de Mello".
        if end + 1 < tokens.count, Self.romanceParticles.contains(tokens[end].text), tokens[end + 1].newlinesBefore == 0,
            let second = surname(at: end + 1, tokens: tokens, roles: roleAt, blocked: blocked, strict: false)
        {
            end = second
        }
        // A third capitalised word on the same line makes a longer name of something else
        // ("San Antonio Spurs", "Carl Zeiss Jena"), unless it is a role, a long common noun
        // ("Matthew Williams Liebeskummer") or the noun after a genitive ("Heidi Klums Show").
        if end < tokens.count, tokens[end].kind == .word, tokens[end].isCapitalized, tokens[end].newlinesBefore == 0,
            roleAt[end] == nil, !Self.notSurnames.contains(tokens[end].norm),
            !tokens[end].is(.speechVerb), !Self.isLongCommonNoun(tokens[end]) || isListedName(tokens[end]),
            !(end == j + 1 && Self.isGenitiveOfName(tokens[j]) && surnames.contains(String(tokens[j].text.dropLast())))
        {
            return nil
        }
        var surnameText = ""
        for k in j..<end {
            if k > j, tokens[k].spaceBefore { surnameText += " " }
            surnameText += tokens[k].text
        }
        return (i..<end, (parts + particles + [surnameText]).joined(separator: " "))
    }

    /// A particle that is a preposition before a noun and its genitive ("zu Beginn der Sitzung",
    /// "von Seiten des Landes"): no part of a name.
    static func prepositionalPhrase(at k: Int, tokens: [Token]) -> Bool {
        guard ["zu", "von", "vom"].contains(tokens[k].text), k + 2 < tokens.count else { return false }
        return ["der", "des", "dieser", "dieses", "eines", "einer"].contains(tokens[k + 2].norm)
    }

    /// Ordinal numbers of rulers and popes, as written after the name.
    static let romanNumerals: WordSet = [
        "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI",
    ]

    /// "St." or "Sankt" stands right before token `i`.
    static func followsSaint(_ i: Int, tokens: [Token]) -> Bool {
        if i >= 1, tokens[i - 1].is(.saint) { return true }
        return i >= 2 && tokens[i - 1].text == "." && saintAbbreviations.contains(tokens[i - 2].norm)
    }

    static let saints: WordSet = ["sankt", "san", "santa", "santo", "são"]
    static let saintAbbreviations: WordSet = ["st", "hl"]

    /// A capital letter with a full stop, then a capitalised word that could be a surname (no
    /// function word, role, gazetteer name or common-noun ending) and no further capitalised
    /// word: the end of "P. Rusterholz".
    func initialName(at i: Int, tokens: [Token], roles roleAt: [RoleLexicon.Match?], blocked: TokenSet, named: TokenSet) -> Int? {
        guard i + 2 < tokens.count, tokens[i].kind == .word, tokens[i].characterCount == 1, tokens[i].isCapitalized,
            tokens[i + 1].text == ".", !tokens[i + 1].spaceBefore, tokens[i + 2].newlinesBefore == 0
        else { return nil }
        let k = i + 2
        let token = tokens[k]
        guard token.kind == .word, token.isCapitalized, !token.isAllCaps, token.characterCount >= 2, !blocked.contains(k),
            !named.contains(k), !Self.notSurnames.contains(token.norm), roleAt[k] == nil,
            !Self.hasNounEnding(token.norm)
        else { return nil }
        var end = k + 1
        // A double surname: "A. Meyer-Ladewig".
        if end + 1 < tokens.count, tokens[end].kind == .hyphen, !tokens[end].spaceBefore, !tokens[end + 1].spaceBefore,
            tokens[end + 1].kind == .word, tokens[end + 1].isCapitalized
        {
            end += 2
        }
        if end < tokens.count, tokens[end].kind == .word, tokens[end].isCapitalized, tokens[end].newlinesBefore == 0,
            !tokens[end].is(.speechVerb)
        {
            return nil
        }
        return end
    }

    /// Two capitalised words that could be a given name and a surname (no function word, role,
    /// gazetteer name or common-noun ending) and no third one: their end.
    func unlistedFullName(at j: Int, tokens: [Token], roles roleAt: [RoleLexicon.Match?], blocked: TokenSet, named: TokenSet) -> Int? {
        guard j + 1 < tokens.count else { return nil }
        for k in j...(j + 1) {
            let token = tokens[k]
            guard token.kind == .word, token.isCapitalized, !token.isAllCaps, token.characterCount >= 2,
                token.newlinesBefore == 0 || k == j, !blocked.contains(k), !named.contains(k),
                !Self.notSurnames.contains(token.norm), roleAt[k] == nil,
                !Self.hasNounEnding(token.norm)
            else { return nil }
        }
        // A third capitalised word, or a hyphen joining one, makes it something else.
        let end = j + 2
        if end < tokens.count, tokens[end].newlinesBefore == 0,
            tokens[end].kind == .hyphen || (tokens[end].kind == .word && tokens[end].isCapitalized)
        {
            return nil
        }
        return end
    }

    /// Endings of German nouns that foreign name parts rarely have, for long words.
    static let longNounEndings = ["er", "erin", "en", "e", "el", "ung", "heit", "keit", "schaft", "tion", "ismus", "nis", "tum"]
    /// Endings of adjectives, which open names in capitals ("Kaiserlichen Marine").
    static let adjectiveEndings = [
        "ische", "ischen", "ischer", "isches", "ischem", "liche", "lichen", "licher", "liches", "lichem",
        "ige", "igen", "iger", "iges", "igem",
    ]

    /// A capitalised word long enough and ending like a German common noun, not like an adjective
    /// ("Teilnehmer", "Parteikollegen", "Liebeskummer"), or so long that only a compound is
    /// ("Menschenrechtsaktivist"): no part of a name running on from another.
    static func isLongCommonNoun(_ token: Token) -> Bool {
        guard token.kind == .word, token.isCapitalized, !token.isAllCaps, token.characterCount >= 8,
            !adjectiveEndings.contains(where: { token.norm.hasSuffix($0) })
        else { return false }
        return token.characterCount >= compoundLength || longNounEndings.contains { token.norm.hasSuffix($0) }
    }

    /// The length from which a capitalised word is a compound, not a name: given names and
    /// surnames of one word are shorter ("Leutheusser-Schnarrenberger" is two words).
    static let compoundLength = 14

    /// The capitalised word at `k` reads as a German common noun, not as the start of a longer
    /// name: it has a noun ending ("Verwaltung"), is long and ends like a noun ("Parteikollegen"),
    /// or ends a hyphenated compound ("Fußball-Experte").
    static func isCommonNoun(at k: Int, tokens: [Token]) -> Bool {
        let token = tokens[k]
        if isLongCommonNoun(token) || hasNounEnding(token.norm) { return true }
        return tokens.continuesCompound(at: k)
    }

    /// A word of the surname or given-name list (or its genitive) standing alone as a name: not
    /// after an article or adjective, not part of a compound or of a longer capitalised name.
    /// Returns the name in the nominative.
    func listedName(at i: Int, tokens: [Token], roles roleAt: [RoleLexicon.Match?], blocked: TokenSet) -> String? {
        let token = tokens[i]
        guard token.kind == .word, token.isCapitalized, !token.isAllCaps, !blocked.contains(i) else { return nil }
        // The list lookups first: most capitalised words are in no list, and the role match is dearer.
        // The genitive first: the surname list holds some genitives of its names ("Bushs").
        let name: String
        let base = token.text.hasSuffix("s") ? String(token.text.dropLast()) : ""
        if !base.isEmpty, !givenNames.contains(token.text), surnames.contains(base) {
            name = base
        } else if surnames.contains(token.text) || givenNames.contains(token.text) {
            name = token.text
        } else if !base.isEmpty, givenNames.contains(base), Self.isGenitiveOfName(token), Self.standsAsGenitive(i, tokens: tokens) {
            // A given name's genitive only where a genitive stands ("Stanleys Geburtsdatum", "die
            // Reden Luthers"): many plurals in -s have a base on the list ("Fotos", "Fans").
            name = base
        } else {
            return nil
        }
        guard !Self.notSurnames.contains(token.norm), roleAt[i] == nil,
            !Self.hasNounEnding(token.norm), !Self.commonNounsOnNameLists.contains(name)
        else { return nil }
        if i > 0 {
            let previous = tokens[i - 1]
            if previous.kind == .hyphen, !tokens[i].spaceBefore { return nil }
            // After another capitalised word it ends a longer name ("Wall Street", "Swiss Life"),
            // unless that word is a noun for a person ("Vorgänger Steinmeier", "König Ludwig") or
            // another common noun ("Fußball-Experte Sammer"); a genitive may follow any noun after
            // its article ("der Sieg Roddicks").
            if Self.continuesLongerName(i, tokens: tokens, roles: roleAt),
                name == token.text || !Self.followsNounGroup(i, tokens: tokens) || isListedName(previous)
            {
                return nil
            }
        }
        if i + 1 < tokens.count {
            let next = tokens[i + 1]
            if next.kind == .hyphen, !next.spaceBefore { return nil }
            // A capitalised word after it makes a longer name, unless the name is a genitive
            // ("Schröders Rede") or the word a long common noun ("Amundsen Teilnehmer …").
            if next.kind == .word, next.isCapitalized, next.newlinesBefore == 0, !next.is(.speechVerb),
                name == token.text, !Self.isLongCommonNoun(next) || blocked.contains(i + 1)
            {
                return nil
            }
        }
        if PlaceDisambiguator.followsDeterminer(i, tokens: tokens) || Self.isCommonNounByNeighbours(i, tokens: tokens) {
            return nil
        }
        // Inside an English title a listed name is a word ("Blood of Eden", "Black or White").
        if Self.inEnglishTitle(i..<(i + 1), tokens: tokens) { return nil }
        return name
    }

    /// English function words (in the case they take inside a title), which German text lacks.
    /// Token `i` follows another capitalised word on its line that makes it the end of a longer
    /// name ("Wall Street", "Swiss Life", "Gereformeerde Bond"): no noun for a person ("Vorgänger
    /// Steinmeier", "König Ludwig"), role, common noun ("Fußball-Experte Sammer") or function word.
    static func continuesLongerName(_ i: Int, tokens: [Token], roles roleAt: [RoleLexicon.Match?]) -> Bool {
        guard i > 0 else { return false }
        let previous = tokens[i - 1]
        return previous.kind == .word && previous.isCapitalized && tokens[i].newlinesBefore == 0
            && !notSurnames.contains(previous.norm) && !personNouns.contains(previous.norm)
            && !isCommonNoun(at: i - 1, tokens: tokens) && roleAt[i - 1] == nil
    }

    /// An English function word stands within two tokens of `range`: the words are part of an
    /// English title ("Blood of Eden").
    static func inEnglishTitle(_ range: Range<Int>, tokens: [Token]) -> Bool {
        let near = max(0, range.lowerBound - 2)..<min(tokens.count, range.upperBound + 2)
        return near.contains { englishFunctionWords.contains(tokens[$0].text) }
    }

    static let englishFunctionWords: WordSet = [
        "the", "The", "of", "and", "with", "to", "at", "for", "or", "is", "my", "you", "your", "it", "are",
        "by", "from", "on", "this", "that", "Of", "And", "With", "To", "At", "For", "Or", "My", "You", "Your",
    ]

    /// A surname starting at `j` (possibly double: "Leutheusser-Schnarrenberger"); its end.
    func surname(at j: Int, tokens: [Token], roles roleAt: [RoleLexicon.Match?], blocked: TokenSet, strict: Bool) -> Int? {
        guard j < tokens.count else { return nil }
        let token = tokens[j]
        guard token.kind == .word, token.isCapitalized, !token.isAllCaps, token.characterCount >= 2,
            !Self.notSurnames.contains(token.norm), !blocked.contains(j),
            roleAt[j] == nil
        else { return nil }
        var end = j + 1
        if end + 1 < tokens.count, tokens[end].kind == .hyphen, !tokens[end].spaceBefore,
            !tokens[end + 1].spaceBefore, tokens[end + 1].isCapitalized, tokens[end + 1].kind == .word
        {
            end += 2
        }
        if strict {
            if isGivenName(token) { return nil }
            let norm = token.norm
            if Self.hasNounEnding(norm) { return nil }
            // "Bürgermeister Müller Stellung" is too unsure to call.
            if end < tokens.count, tokens[end].kind == .word, tokens[end].isCapitalized,
                tokens[end].newlinesBefore == 0
            {
                return nil
            }
        }
        return end
    }
}
