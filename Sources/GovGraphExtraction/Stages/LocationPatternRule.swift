import GovGraphModel

/// Finds named places that are no entity of the graph (``EntityType/location``) by their form,
/// where the gazetteer's list of locations (`locations.tsv`) does not name them.
///
/// - A compass or position word glued to a Land, country or location: "Ostdeutschland",
///   "Nordhessen", "Süditaliens", "Nordafrika", "Oberbayern" (kind `region`); not the name of a
///   district ("Ostholsteins" is the Kreis Ostholstein, "Nordsachsen" a Landkreis).
/// - Streets and squares: a compound of a name and "-straße", "-allee", "-gasse" or "-chaussee"
///   ("Schwanitzstraße"; not "Bundesstraße", "Einbahnstraße" and the like); "-platz", "-weg",
///   "-damm", "-ufer", "-ring" or "-markt" before a house number ("Rathausplatz 3"); a place
///   adjective before such a word ("Berliner Straße", "Potsdamer Platz"); hyphenated names
///   ("Konrad-Adenauer-Straße"); a given name before a street compound ("Ben Jehudastraße"). A
///   house number right after belongs to the name ("Berliner Straße 12a") (kind `street`).
/// - Motorways and federal roads where the text says they are roads: "auf der A1", "die A 7",
///   "zur A5", "die Autobahn A 5", "die A 2 und A 7", "Bundesstraße 216" (kind `street`); not
///   "nach A 13" (a pay grade), "DIN A4", "Audi A4" or "die A1 speichert" (a product).
/// - A place adjective before a station or a motorway junction, or a junction before a town:
///   "Frankfurter Hauptbahnhof", "Viernheimer Dreieck", "Kreuz Walldorf" (kind `street`).
/// - Churches: "St. Michaelskapelle", "Sankt Marienkirche", "Frauenkirche" (kind `building`).
///
/// A location gets the id `location:<slug of its name>` and the key `kind`. Its candidates have
/// the priority of locations, the lowest: any entity of the graph with the same span wins.
///
/// A location that is a part of a hyphenated compound ("Pyrenäen-Etappe", "Saar-Elektrizitäts-AG",
/// "Berlin-Charlottenburg") is no mention: unlike a body's name in "OZG-Umsetzung", it says
/// nothing the graph keeps. The stage drops such gazetteer candidates too.
public struct LocationPatternRule: PipelineStage {
    public let gazetteer: CompiledGazetteer
    /// The names of districts without their designator, in lower case ("ostholstein" for "Kreis
    /// Ostholstein", "nordsachsen"): such a name standing alone is the district, not a region.
    private let districtNames: WordSet

    public init(gazetteer: CompiledGazetteer) {
        self.gazetteer = gazetteer
        districtNames = WordSet(
            gazetteer.gazetteer.entries.lazy.filter { $0.type == .district }.flatMap { entry in
                ([entry.name] + entry.aliases).map { Gazetteer.districtName(withoutDesignator: $0).lowercased() }
            })
    }

    /// One found location: its candidate, nominative name and kind.
    public struct Match: Sendable, Hashable {
        public var candidate: SpanCandidate
        public var name: String
        public var kind: String
    }

    public func process(_ document: inout Document) {
        let tokens = document.tokens
        let entities = document.entities
        document.candidates.removeAll { candidate in
            entities[candidate.entity]?.type == .location && Self.inCompound(candidate.tokens, tokens: tokens)
        }
        let found = matches(in: document)
        for match in found where document.entities[match.candidate.entity] == nil {
            document.entities[match.candidate.entity] = EntityInfo(
                id: match.candidate.entity, name: match.name, type: .location, keys: ["kind": match.kind])
        }
        document.candidates += found.map(\.candidate)
    }

    /// The tokens continue a hyphenated compound or open one ("Saar-" in "Saar-Elektrizitäts-AG").
    static func inCompound(_ range: Range<Int>, tokens: [Token]) -> Bool {
        tokens.continuesCompound(at: range.lowerBound) || tokens.hyphenRun(startingAt: range.upperBound - 1).count > 1
    }

    /// The locations, without touching the document.
    public func matches(in document: Document) -> [Match] {
        let tokens = document.tokens
        // Tokens the gazetteer has named already: a compass compound there is a known name
        // ("Niedersachsen", "Südtirol").
        var named = TokenSet(count: tokens.count)
        var townEnds: [Int: Int] = [:]  // start → end of a municipality candidate
        for candidate in document.candidates where candidate.origin == .gazetteer || candidate.origin == .typo {
            named.formUnion(candidate.tokens)
            if document.entities[candidate.entity]?.type == .municipality {
                townEnds[candidate.tokens.lowerBound] = max(townEnds[candidate.tokens.lowerBound] ?? 0, candidate.tokens.upperBound)
            }
        }
        var result: [Match] = []
        func add(_ range: Range<Int>, _ name: String, _ kind: String) {
            let candidate = SpanCandidate(
                tokens: range, entity: .slug("location", name), origin: .pattern,
                priority: GazetteerMatcher.priority(of: .location))
            result.append(Match(candidate: candidate, name: name, kind: kind))
        }
        for i in tokens.indices where tokens[i].kind == .word && (tokens[i].isCapitalized || tokens[i].isAllCaps) {
            if !named.contains(i), !Self.inCompound(i..<(i + 1), tokens: tokens), let name = compassRegion(tokens[i]) {
                add(i..<(i + 1), name, "region")
            }
            if let range = street(at: i, tokens: tokens) {
                add(range, document.text(ofTokens: range), "street")
            }
            if let range = road(at: i, tokens: tokens) {
                add(range, roadName(range, tokens: tokens), "street")
            }
            // "Kreuz Walldorf", "Autobahndreieck Hockenheim"
            if i + 1 < tokens.count, tokens[i + 1].newlinesBefore == 0, let end = townEnds[i + 1],
                Self.junctions.contains(tokens[i].norm)
            {
                add(i..<end, document.text(ofTokens: i..<end), "street")
            }
            if let range = church(at: i, tokens: tokens) {
                add(range, document.text(ofTokens: range), "building")
            }
        }
        return result
    }

    // MARK: Regions

    /// Compass and position words that open a region's name, longest first, in lower case (as
    /// UTF-8) and as a name begins with them.
    static let compassPrefixes: [(bytes: [UInt8], name: String)] = [
        "Nordost", "Nordwest", "Südost", "Südwest", "Nord", "Süd", "Ost", "West", "Mittel", "Zentral",
        "Ober", "Nieder", "Unter", "Vorder",
    ].map { (Array($0.lowercased().utf8), $0) }
    static let compassFirstBytes = Set(compassPrefixes.map { $0.bytes[0] })

    /// "Ostdeutschland" → "Ostdeutschland", "Süditaliens" → "Süditalien": a compass word and the
    /// one-word name of a Land, country or location (in any inflection).
    func compassRegion(_ token: Token) -> String? {
        let norm = token.norm
        guard token.characterCount >= 7, let first = norm.utf8.first, Self.compassFirstBytes.contains(first) else { return nil }
        for prefix in Self.compassPrefixes where norm.utf8.starts(with: prefix.bytes) {
            let rest = String(decoding: norm.utf8.dropFirst(prefix.bytes.count), as: UTF8.self)
            guard rest.utf8.count >= 4, !districtNames.contains(norm),
                !(norm.utf8.last == UInt8(ascii: "s") && districtNames.contains(String(norm.dropLast())))
            else { continue }
            for (entry, isAdjective) in gazetteer.entries(namedByWord: rest)
            where !isAdjective && !entry.name.contains(" ") && [.state, .country, .location].contains(entry.type) {
                return prefix.name + entry.name.lowercased()
            }
        }
        return nil
    }

    // MARK: Streets

    /// Street words that make a compound a street on their own ("Schillerstraße").
    static let streetSuffixes = reversedBytes(["straße", "strasse", "allee", "gasse", "chaussee"])
    /// Street words that do so before a house number ("Rathausplatz 3").
    static let numberedSuffixes = reversedBytes(["platz", "weg", "damm", "ufer", "ring", "markt"])
    /// Street words after a place adjective or a hyphenated name ("Berliner Straße",
    /// "Konrad-Adenauer-Platz").
    static let streetHeads: WordSet = [
        "straße", "strasse", "allee", "gasse", "chaussee", "platz", "weg", "damm", "ufer", "ring", "markt",
        "tor", "brücke", "landstraße", "dreieck", "kreuz", "bahnhof", "hauptbahnhof",
    ]
    /// Heads that follow a place adjective only, never a hyphenated name.
    static let adjectiveOnlyHeads: WordSet = ["markt", "tor", "brücke", "dreieck", "kreuz", "bahnhof", "hauptbahnhof"]
    /// First parts of street compounds that make a kind of road, not a street's name.
    static let genericStreetParts: WordSet = [
        "bundes", "land", "landes", "kreis", "staats", "gemeinde", "neben", "einbahn", "umgehungs",
        "durchgangs", "zufahrts", "ausfall", "schnell", "auto", "wasser", "daten", "sack", "rettungs",
        "einkaufs", "fußgänger", "haupteinkaufs", "wohn", "seiten", "quer", "ring", "verbindungs", "zubringer",
        "privat", "anlieger", "spiel", "fahr", "dorf", "stadt", "tal", "berg", "feld", "wald", "baum",
        "pracht", "flanier", "geschäfts", "erschließungs", "zoll", "maut", "renn", "test",
    ]

    func street(at i: Int, tokens: [Token]) -> Range<Int>? {
        let token = tokens[i]
        guard token.isCapitalized, let last = token.norm.utf8.last else { return nil }
        var range: Range<Int>?
        // Every street word of a compound ends in "e" ("-straße", "-allee"); a numbered one needs
        // a house number after it; a street head a place adjective or a hyphen before it.
        if last == UInt8(ascii: "e"), let cut = Self.suffixCut(token.norm, Self.streetSuffixes) {
            if !Self.genericStreetParts.contains(Self.head(token.norm, bytes: cut)), !tokens.continuesCompound(at: i) {
                range = i..<(i + 1)
            }
        } else if houseNumber(after: i + 1, tokens: tokens) != nil, let cut = Self.suffixCut(token.norm, Self.numberedSuffixes),
            !Self.genericStreetParts.contains(Self.head(token.norm, bytes: cut)), !tokens.continuesCompound(at: i)
        {
            range = i..<(i + 1)
        } else if i > 0, token.newlinesBefore == 0, tokens[i - 1].kind == .hyphen || tokens[i - 1].isCapitalized,
            Self.streetHeads.contains(token.norm)
        {
            if tokens.continuesCompound(at: i) {
                // "Konrad-Adenauer-Straße": a hyphenated name of two or more words, each
                // capitalised ("Handy-Markt" is no street).
                let run = tokens.hyphenRun(endingAt: i)
                if run.count >= 5, !Self.adjectiveOnlyHeads.contains(token.norm), stride(from: run.lowerBound, to: i, by: 2).allSatisfy({ tokens[$0].isCapitalized }) {
                    range = run
                }
            } else if token.spaceBefore, isPlaceAdjective(tokens[i - 1]) {
                range = (i - 1)..<(i + 1)
            }
        }
        guard var found = range else { return nil }
        // A given name before a street compound: "Ben Jehudastraße".
        if found.count == 1, found.lowerBound > 0, tokens[found.lowerBound - 1].isCapitalized,
            gazetteer.gazetteer.givenNames[tokens[found.lowerBound - 1].text] != nil
        {
            found = (found.lowerBound - 1)..<found.upperBound
        }
        if let number = houseNumber(after: found.upperBound, tokens: tokens) { found = found.lowerBound..<number }
        return found
    }

    /// The UTF-8 length of the first part when `norm` ends in one of `suffixes` (each its UTF-8
    /// reversed, see ``reversedBytes(_:)``) after at least three bytes. Bytes, not characters:
    /// this is asked of nearly every capitalised word.
    static func suffixCut(_ norm: String, _ suffixes: [[UInt8]]) -> Int? {
        let bytes = norm.utf8
        for suffix in suffixes where bytes.count >= suffix.count + 3 && bytes.reversed().starts(with: suffix) {
            return bytes.count - suffix.count
        }
        return nil
    }

    static func reversedBytes(_ words: [String]) -> [[UInt8]] { words.map { Array($0.utf8.reversed()) } }

    /// The first `count` UTF-8 bytes of `norm`, as a string.
    static func head(_ norm: String, bytes count: Int) -> String { String(decoding: norm.utf8.prefix(count), as: UTF8.self) }

    /// "Berliner", "Potsdamer", "Gubener": the adjective the gazetteer knows of a place, or a
    /// place's name with "-er".
    func isPlaceAdjective(_ token: Token) -> Bool {
        guard token.kind == .word, token.isCapitalized, token.norm.utf8.reversed().starts(with: "re".utf8) else { return false }
        if gazetteer.entries(namedByWord: token.norm).contains(where: { $0.isAdjective && $0.entry.type != .organization }) {
            return true
        }
        let stem = String(decoding: token.norm.utf8.dropLast(2), as: UTF8.self)
        return stem.utf8.count >= 3 && gazetteer.entries(namedByWord: stem).contains { match in
            !match.isAdjective && [.municipality, .district, .state, .country, .location].contains(match.entry.type)
        }
    }

    /// The end (exclusive) of a house number starting at token `k`: up to three digits (four are
    /// mostly a year), maybe with one letter glued to them ("12", "90c"; "90 c" is not).
    func houseNumber(after k: Int, tokens: [Token]) -> Int? {
        guard k < tokens.count, tokens[k].spaceBefore, tokens[k].newlinesBefore == 0,
            let first = tokens[k].text.utf8.first, first >= UInt8(ascii: "1"), first <= UInt8(ascii: "9")
        else { return nil }
        let text = tokens[k].text
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard (1...3).contains(digits.count), digits.first != "0" else { return nil }
        let rest = text.dropFirst(digits.count)
        guard rest.isEmpty || (rest.count == 1 && rest.first!.isLowercase) else { return nil }
        // A number that goes on ("12.000", "3,5", "2024-2026") is no house number.
        if k + 1 < tokens.count, !tokens[k + 1].spaceBefore, [".", ",", "-", "/", ":"].contains(tokens[k + 1].text),
            k + 2 < tokens.count, tokens[k + 2].kind == .number
        {
            return nil
        }
        // "Rathausplatz 3 Jahre" and the like are rare; a unit after the number says it is none.
        if k + 1 < tokens.count, Self.units.contains(tokens[k + 1].norm) { return nil }
        return k + 1
    }

    static let units: WordSet = [
        "jahre", "jahren", "monate", "monaten", "tage", "tagen", "prozent", "euro", "millionen", "milliarden",
        "meter", "kilometer", "stunden", "minuten", "mal",
    ]

    // MARK: Roads

    static let roadNouns: WordSet = [
        "autobahn", "bundesstraße", "bundesautobahn", "autobahnen", "bundesstraßen", "landstraße", "kreisstraße",
        "staatsstraße",
    ]
    static let roadArticles: WordSet = ["der", "die", "dem", "den", "zur", "am", "beim", "vom"]
    /// Articles with a preposition in them.
    static let contractions: WordSet = ["zur", "am", "beim", "vom"]
    static let roadPrepositions: WordSet = ["auf", "an", "über", "entlang", "von", "zwischen", "nahe", "bei", "unter", "neben"]
    static let coordinators: WordSet = ["und", "oder", "sowie", "bzw", ","]

    /// "A 7", "A1", "B 27" after a road noun or an article ("die Autobahn A 5", "auf der A 7",
    /// "der Ausbau der A1"), or after another road and "und" ("die A 2 und A 7"); a road noun
    /// and its number ("Bundesstraße 216"). Not "nach A 13" (a pay grade), "DIN A4", "Audi A4".
    func road(at i: Int, tokens: [Token]) -> Range<Int>? {
        // A road's number comes right after it: most words are out at the first test.
        let numberNext = i + 1 < tokens.count && tokens[i + 1].kind == .number
        guard numberNext || tokens[i].characterCount <= 4 else { return nil }
        if numberNext, Self.roadNouns.contains(tokens[i].norm),
            tokens[i + 1].spaceBefore, (1...3).contains(tokens[i + 1].characterCount), !numberGoesOn(i + 2, tokens: tokens)
        {
            return i..<(i + 2)
        }
        guard let end = roadNumberEnd(at: i, tokens: tokens), !numberGoesOn(end, tokens: tokens), i > 0 else { return nil }
        let before = tokens[i - 1].norm
        if Self.roadNouns.contains(before) { return i..<end }
        // After an article, "A 7" with its space is the road; "die A1" may be a product ("die A1
        // speichert …") unless a preposition says where ("auf der A1").
        if Self.roadArticles.contains(before),
            end - i == 2 || (i >= 2 && Self.roadPrepositions.contains(tokens[i - 2].norm)) || Self.contractions.contains(before)
        {
            return i..<end
        }
        // "die A 2 und A 7"
        if Self.coordinators.contains(before), i >= 2 {
            for start in [i - 3, i - 2] where start >= 0 {
                if roadNumberEnd(at: start, tokens: tokens) == i - 1 { return i..<end }
            }
        }
        return nil
    }

    static let junctions: WordSet = ["kreuz", "dreieck", "autobahnkreuz", "autobahndreieck"]

    /// The end of "A 7", "A7", "B 27" starting at token `i`.
    func roadNumberEnd(at i: Int, tokens: [Token]) -> Int? {
        let text = tokens[i].text
        if text == "A" || text == "B" {
            guard i + 1 < tokens.count, tokens[i + 1].kind == .number, tokens[i + 1].spaceBefore,
                (1...3).contains(tokens[i + 1].characterCount)
            else { return nil }
            return i + 2
        }
        if (2...4).contains(text.count), text.first == "A" || text.first == "B",
            text.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber })
        {
            return i + 1
        }
        return nil
    }

    /// A decimal or range goes on at token `k` ("A 7.5", "B 2-3").
    func numberGoesOn(_ k: Int, tokens: [Token]) -> Bool {
        k + 1 < tokens.count && !tokens[k].spaceBefore && [".", ",", "-", "/"].contains(tokens[k].text)
            && !tokens[k + 1].spaceBefore && tokens[k + 1].kind == .number
    }

    /// "A 7" for "A7" and "A 7"; "Bundesstraße 216".
    func roadName(_ range: Range<Int>, tokens: [Token]) -> String {
        if range.count == 2 { return tokens[range.lowerBound].text + " " + tokens[range.lowerBound + 1].text }
        let text = tokens[range.lowerBound].text
        return String(text.prefix(1)) + " " + String(text.dropFirst())
    }

    // MARK: Churches

    static let churchSuffixes = reversedBytes(["kirche", "kapelle", "kathedrale", "basilika"])
    /// First parts of church names that are a saint or a dedication ("Marienkirche").
    static let dedications: WordSet = [
        "marien", "frauen", "nikolai", "nikolaus", "thomas", "pauls", "paulus", "peters", "petri", "johannis",
        "jakobi", "michaelis", "michaels", "lamberti", "georgs", "martins", "veits", "kreuz", "heiliggeist",
        "dreifaltigkeits", "gedächtnis", "franziskus", "ulrichs", "stephans", "elisabeth", "annen", "laurentius",
        "andreas", "bartholomäus", "matthäus", "lukas", "markus", "liebfrauen", "katharinen", "sophien",
    ]

    /// "St. Michaelskapelle", "Marienkirche".
    func church(at i: Int, tokens: [Token]) -> Range<Int>? {
        guard tokens[i].isCapitalized, let last = tokens[i].norm.utf8.last, last == UInt8(ascii: "e") || last == UInt8(ascii: "a"),
            let cut = Self.suffixCut(tokens[i].norm, Self.churchSuffixes)
        else { return nil }
        if i >= 2, tokens[i - 1].text == ".", tokens[i - 2].text == "St" { return (i - 2)..<(i + 1) }
        if i >= 1, tokens[i - 1].text == "Sankt" { return (i - 1)..<(i + 1) }
        guard !tokens.continuesCompound(at: i), Self.dedications.contains(Self.head(tokens[i].norm, bytes: cut)) else { return nil }
        return i..<(i + 1)
    }
}
