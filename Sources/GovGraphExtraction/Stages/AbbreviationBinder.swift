import GovGraphModel

/// Binds abbreviations that a text defines to their entity and finds them again.
///
/// Both directions count:
/// - "Deutscher Landkreistag (DLT)": a recognised name followed by an abbreviation in brackets
///   (two to ten characters, at least two of them capitals);
/// - "NKR (Nationaler Normenkontrollrat)": an abbreviation followed by a recognised name in
///   brackets.
///
/// A name the gazetteer does not know becomes an entity of its own when the abbreviation spells
/// it ("Zentrale Stelle für Digitalisierung (ZSD)": its letters appear in order, the first one
/// first) and its head says what it is: an authority, council, association or company
/// ("-amt", "-rat", "-verband", "-gesellschaft" …) or a law ("-gesetz", "-verordnung" …).
/// The abbreviation is then a mention of the entity here and wherever it stands on its own in
/// the input (also as a compound part: "DLT-Präsident"). Likewise the last word of a body's name
/// stands for the body once it has been named in full ("der Städtetag", "des Städtetages").
/// Persons and locations define no abbreviation ("Frankfurt/Main (AP)" names an agency).
public struct AbbreviationBinder: PipelineStage {
    public init() {}

    static let organizationHeads = [
        "amt", "rat", "tag", "bund", "verband", "verein", "zentrum", "zentrale", "agentur", "behörde",
        "ministerium", "konferenz", "kooperation", "gesellschaft", "institut", "stiftung", "kommission",
        "dienst", "anstalt", "kammer", "gericht", "hochschule", "universität", "akademie", "netzwerk",
        "initiative", "gremium", "ausschuss", "stelle", "betrieb", "gmbh", "union", "partei", "bank",
        "büro", "referat", "senat", "landtag", "parlament", "regierung", "kanzlei", "beirat",
    ]
    static let lawHeads = ["gesetz", "verordnung", "richtlinie", "abkommen", "vertrag", "staatsvertrag", "ordnung"]
    static let phraseWords: WordSet = ["für", "und", "der", "des", "von", "zur", "zum", "im"]

    public func process(_ document: inout Document) {
        let tokens = document.tokens
        var spanAtEnd: [Int: SpanCandidate] = [:]
        var spanAtStart: [Int: SpanCandidate] = [:]
        var covered = TokenSet(count: document.tokens.count)
        for span in document.spans {
            spanAtEnd[span.tokens.upperBound - 1] = span
            spanAtStart[span.tokens.lowerBound] = span
            covered.formUnion(span.tokens)
        }
        var defined: [String: EntityID] = [:]
        var added: [SpanCandidate] = []
        for i in tokens.indices where tokens[i].text == "(" && i + 2 < tokens.count {
            // "Name (ABK)", also hyphenated: "(eGo-MV)"
            let run = tokens.hyphenRun(startingAt: i + 1)
            guard run.upperBound < tokens.count, tokens[run.upperBound].text == ")", i > 0 else { continue }
            let inner = document.text(ofTokens: run)
            guard Self.looksLikeAbbreviation(inner) else { continue }
            if let span = spanAtEnd[i - 1], ![.person, .location].contains(document.entities[span.entity]?.type) {
                if defined[inner] == nil { defined[inner] = span.entity }
            } else if let (start, info) = unknownName(endingAt: i - 1, abbreviation: inner, tokens: tokens, covered: covered, document: document) {
                document.entities[info.id] = document.entities[info.id] ?? info
                added.append(SpanCandidate(tokens: start..<i, entity: info.id, origin: .abbreviation, priority: 5))
                covered.formUnion(start..<i)
                if defined[inner] == nil { defined[inner] = info.id }
            }
        }
        // "ABK (Name)", also hyphenated: "eGo-MV (Zweckverband …)"
        for i in tokens.indices.dropFirst() where tokens[i].text == "(" {
            let run = tokens.hyphenRun(endingAt: i - 1)
            let before = document.text(ofTokens: run)
            guard tokens[i - 1].kind == .word, Self.looksLikeAbbreviation(before), !run.contains(where: covered.contains),
                let span = spanAtStart[i + 1], span.tokens.upperBound < tokens.count, tokens[span.tokens.upperBound].text == ")",
                ![.person, .location].contains(document.entities[span.entity]?.type)
            else { continue }
            if defined[before] == nil { defined[before] = span.entity }
        }
        // What the text defines beats what the gazetteer says: "Bundesministerium des Innern und
        // für Heimat (BMI)" makes every "BMI" of the input that ministry.
        for index in document.spans.indices where !defined.isEmpty && document.spans[index].tokens.count == 1 {
            let text = tokens[document.spans[index].tokens.lowerBound].text
            if let entity = defined[text], document.spans[index].entity != entity { document.spans[index].entity = entity }
        }
        let heads = Self.headNames(of: document)
        var index = 0
        while index < tokens.count {
            defer { index += 1 }
            let token = tokens[index]
            guard token.kind == .word, !covered.contains(index) else { continue }
            // A hyphenated abbreviation, the longest defined one, also in a compound ("eGo-MV-Chef").
            let run = defined.isEmpty ? index..<(index + 1) : tokens.hyphenRun(startingAt: index)
            let joined = stride(from: run.upperBound, to: index + 1, by: -2).lazy.map { index..<$0 }.first { part in
                !part.contains(where: covered.contains) && defined[document.text(ofTokens: part)] != nil
            }
            if let joined, let entity = defined[document.text(ofTokens: joined)] {
                added.append(SpanCandidate(tokens: joined, entity: entity, origin: .abbreviation, priority: 5))
                index = joined.upperBound - 1
            } else if !defined.isEmpty, let entity = defined[token.text] {
                added.append(SpanCandidate(tokens: index..<(index + 1), entity: entity, origin: .abbreviation, priority: 5))
            } else if heads.count > 0, token.isCapitalized, token.norm.utf8.count >= Self.minimumHeadLength,
                let entity = heads[token.norm] ?? heads[Self.dropping(1, from: token.norm)]
                    ?? heads[Self.dropping(2, from: token.norm)]
            {
                added.append(SpanCandidate(tokens: index..<(index + 1), entity: entity, origin: .abbreviation, priority: 5))
            }
        }
        document.spans = (document.spans + added).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// The shortest head ``headNames(of:)`` keeps, in characters (so a word of fewer UTF-8
    /// bytes cannot match one).
    static let minimumHeadLength = 8

    /// `word` without its last `count` characters; where every code point is below U+0300 each
    /// is a character, and they are dropped without grapheme breaking.
    static func dropping(_ count: Int, from word: String) -> Substring {
        guard word.utf8.allSatisfy({ $0 < 0xCC }) else { return word.dropLast(count) }
        return Substring(word.unicodeScalars.dropLast(count))
    }

    /// Words too general to stand for one body.
    static let generalHeads: WordSet = [
        "verwaltung", "ministerium", "bundesamt", "landesamt", "behörde", "regierung", "gesellschaft",
        "verband", "stiftung", "institut", "zentrum", "agentur", "universität", "hochschule",
    ]

    /// The last word of a body named in full in the input stands for it later ("der
    /// Städtetag" after "Deutscher Städtetag"), when it is long, specific and names only one; so
    /// does a Kreis's name without its designator ("Ostholsteins Landrat" after "Kreis
    /// Ostholstein"), where no other name covers the word.
    static func headNames(of document: Document) -> WordMap<EntityID> {
        var heads: [String: Set<EntityID>] = [:]
        // A body is named again and again: its name is read once.
        var read: Set<EntityID> = []
        for span in document.spans where span.tokens.count > 1 && span.origin == .gazetteer {
            guard let info = document.entities[span.entity], read.insert(info.id).inserted else { continue }
            if info.type == .district {
                let bare = Gazetteer.districtName(withoutDesignator: info.name)
                if bare.utf8.count < info.name.utf8.count, !bare.contains(" "), !bare.contains("-"),
                    bare.utf8.count >= minimumHeadLength
                {
                    heads[bare.lowercased(), default: []].insert(info.id)
                }
                continue
            }
            guard info.type == .organization,
                let last = info.name.split(separator: " ").last.map({ $0.lowercased() }),
                last.count >= minimumHeadLength, !generalHeads.contains(last), !last.contains("-"),
                info.name.split(separator: " ").count > 1
            else { continue }
            heads[last, default: []].insert(info.id)
        }
        return WordMap(heads.compactMapValues { $0.count == 1 ? $0.first : nil }.lazy.map { ($0.key, $0.value) })
    }

    /// The unknown name before "(ABK)" that the abbreviation spells, with its new entity.
    func unknownName(
        endingAt end: Int, abbreviation: String, tokens: [Token], covered: TokenSet, document: Document
    ) -> (Int, EntityInfo)? {
        guard tokens[end].kind == .word, tokens[end].isCapitalized, !covered.contains(end) else { return nil }
        // Candidate starts: capitalised words reached over words, hyphens and linking words.
        var start = end
        var best: Int?
        let letters = Array(abbreviation.lowercased().filter(\.isLetter))
        while start >= 0, end - start < 10, !covered.contains(start), tokens[start].newlinesBefore == 0 || start == end {
            let token = tokens[start]
            let fits = token.kind == .hyphen || token.kind == .word
                && (token.isCapitalized || Self.phraseWords.contains(token.norm) || Inflection.adjectiveStem(token.text) != nil)
            guard fits else { break }
            if token.kind == .word, token.isCapitalized, Self.spells(letters, document.text(ofTokens: start..<(end + 1))) {
                best = start
            }
            if start == 0 { break }
            start -= 1
        }
        guard let first = best else { return nil }
        // What it is: the first word of the name with the head of a law or of a body.
        var kind: EntityType?
        for token in tokens[first...end] where token.kind == .word && token.isCapitalized {
            if Self.lawHeads.contains(where: token.norm.hasSuffix) { kind = .law } else if Self.organizationHeads.contains(where: token.norm.hasSuffix) { kind = .organization }
            if kind != nil { break }
        }
        guard let type = kind else { return nil }
        let name = document.text(ofTokens: first..<(end + 1)).split(whereSeparator: \.isNewline).joined(separator: " ")
        let prefix = type == .law ? "law" : "organization"
        return (first, EntityInfo(id: .slug(prefix, name), name: name, type: type))
    }

    /// The letters of the abbreviation appear in the name in order, the first one first.
    static func spells(_ letters: [Character], _ name: String) -> Bool {
        let text = Array(name.lowercased())
        guard let first = letters.first, text.first == first else { return false }
        var i = 0
        for character in text where i < letters.count && character == letters[i] { i += 1 }
        return i == letters.count
    }

    /// Two to twelve characters with two capitals, the first a capital, or with three capitals
    /// ("eGo-MV").
    static func looksLikeAbbreviation(_ text: String) -> Bool {
        let count = text.unicodeScalars.count
        let capitals = text.unicodeScalars.filter(\.properties.isUppercase).count
        return (2...12).contains(count) && (capitals >= 3 || capitals >= 2 && (text.first?.isUppercase ?? false))
    }
}
