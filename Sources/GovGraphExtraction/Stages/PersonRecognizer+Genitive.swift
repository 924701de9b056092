/// Names in the genitive: "Stanleys Geburtsdatum", "die Reden Luthers", "Zabels Entscheidung".
///
/// German writes a name's genitive with a bare -s and puts it before the noun it governs (the
/// Saxon genitive) or right after it. The -s is no proof of a genitive: plurals of loan words
/// end the same way ("Fotos", "Fans", "Songs"), so these rules ask for the genitive's position too.
extension PersonRecognizer {
    /// The word could be the genitive of a name: it ends in a bare -s ("Stanleys", not "Bass")
    /// and keeps a stem of two letters or more.
    static func isGenitiveOfName(_ token: Token) -> Bool {
        // Read as bytes, not characters: this is asked of every capitalised word.
        guard token.characterCount >= 4 else { return false }
        let bytes = token.text.utf8
        var last = bytes.reversed().makeIterator()
        guard last.next() == UInt8(ascii: "s"), let before = last.next() else { return false }
        if before == UInt8(ascii: "s") || before == UInt8(ascii: "'") { return false }
        // "’s": U+2019 is E2 80 99 in UTF-8.
        return !(before == 0x99 && last.next() == 0x80 && last.next() == 0xE2)
    }

    /// Token `i` stands where a genitive stands: before a capitalised word on the same line
    /// ("Stanleys Geburtsdatum") or after a noun with its article ("die Reden Luthers").
    static func standsAsGenitive(_ i: Int, tokens: [Token]) -> Bool {
        if i + 1 < tokens.count, tokens[i + 1].kind == .word, tokens[i + 1].isCapitalized, !tokens[i + 1].isAllCaps,
            tokens[i + 1].newlinesBefore == 0
        {
            return true
        }
        return followsNounGroup(i, tokens: tokens)
    }

    /// A capitalised word with its article or adjectives stands right before token `i` ("die
    /// Reden", "einen klaren Sieg"): a noun, which a genitive may follow. Without the article the
    /// word may open a longer name ("Red Wings", "Home Runs").
    static func followsNounGroup(_ i: Int, tokens: [Token]) -> Bool {
        i > 1 && tokens[i - 1].kind == .word && tokens[i - 1].isCapitalized && tokens[i].newlinesBefore == 0
            && PlaceDisambiguator.followsDeterminer(i - 1, tokens: tokens)
    }

    /// The token is a word of the given-name or surname list, as written.
    func isListedName(_ token: Token) -> Bool {
        token.kind == .word && (givenNames.contains(token.text) || surnames.contains(token.text))
    }
}

extension PersonRecognizer {
    /// Words ending in -s that open German sentences and stand before a noun without being a
    /// genitive: pronouns, prepositions and adverbs ("Etwas Neues", "Angesichts Tausender",
    /// "Abends Regen").
    static let sentenceAdverbsInS: WordSet = [
        "alles", "etwas", "nichts", "eines", "keines", "dies", "dieses", "jenes", "jedes", "manches",
        "vieles", "weniges", "anderes", "welches", "meines", "deines", "seines", "ihres", "unseres", "eures",
        "das", "des", "was", "als", "aus", "bis", "uns", "ins", "eins", "plus", "minus", "stets", "bereits",
        "anfangs", "rechts", "links", "teils", "angesichts", "mittels", "seitens", "namens", "zwecks",
        "abends", "morgens", "nachts", "mittags", "vormittags", "nachmittags", "tags", "sonntags",
        "montags", "dienstags", "mittwochs", "donnerstags", "freitags", "samstags", "werktags",
        "übrigens", "besonders", "ebenfalls", "jedenfalls", "keinesfalls", "allenfalls", "gegebenenfalls",
        "andernfalls", "falls", "damals", "niemals", "erstmals", "oftmals", "nochmals", "abermals", "mehrmals",
        "zunächst", "meistens", "mindestens", "höchstens", "spätestens", "frühestens", "wenigstens",
        "bestens", "erstens", "zweitens", "drittens", "letztens", "vergebens", "rückwärts", "vorwärts",
        "abwärts", "aufwärts", "seits", "diesseits", "jenseits", "beiderseits", "einerseits", "andererseits",
        "unterwegs", "rings", "flugs", "stracks", "eigens", "schlechterdings", "neuerdings", "allerdings",
        "blindlings", "jählings", "rücklings", "bäuchlings", "vorbehaltlos", "los", "weiters",
    ]

    /// Endings of words in -s that are no genitive of a name: adjectives ("Großes Theater"),
    /// Latin nominatives ("Lotus", "Status") and nouns in -eis ("Reis", "Beweis").
    static let notGenitiveEndings = ["es", "us", "eis"]

    /// A word in no list, in the Saxon genitive before a noun: "Zabels Entscheidung", "nach
    /// Buurmanns Ausscheiden". The word ends in a bare -s, stands without article or adjective
    /// (after one it is a common noun: "des Jahres Ende"), is no gazetteer name, role, function
    /// word or common noun, and the next word is capitalised, no name of the gazetteer ("Napoleons
    /// Regensburg" is no genitive of a noun) and not followed by a third capitalised word.
    /// Returns the name in the nominative.
    func unlistedGenitive(
        at i: Int, tokens: [Token], roles roleAt: [RoleLexicon.Match?], blocked: TokenSet, named: TokenSet
    ) -> String? {
        let token = tokens[i]
        guard token.kind == .word, token.isCapitalized, !token.isAllCaps, Self.isGenitiveOfName(token),
            i + 2 < tokens.count, !blocked.contains(i), !named.contains(i), roleAt[i] == nil,
            !Self.notSurnames.contains(token.norm), !Self.sentenceAdverbsInS.contains(token.norm),
            !Self.hasNounEnding(token.norm), !Self.isLongCommonNoun(token),
            !Self.notGenitiveEndings.contains(where: { token.norm.hasSuffix($0) })
        else { return nil }
        // The noun: a role makes the word a place ("Ostholsteins Landrat"), and a short word an
        // abbreviation ("Rektorats St. Josef").
        let next = tokens[i + 1]
        guard next.kind == .word, next.isCapitalized, !next.isAllCaps, next.newlinesBefore == 0, next.characterCount >= 3,
            !named.contains(i + 1), roleAt[i + 1] == nil, !isListedName(next), !Self.notSurnames.contains(next.norm)
        else { return nil }
        let after = tokens[i + 2]
        if after.kind == .hyphen || after.kind == .word && after.isCapitalized && after.newlinesBefore == 0 { return nil }
        if i > 0 {
            let previous = tokens[i - 1]
            if previous.kind == .hyphen { return nil }
            if previous.kind == .word, previous.isCapitalized, token.newlinesBefore == 0,
                !Self.notSurnames.contains(previous.norm)
            {
                return nil
            }
            if PlaceDisambiguator.followsDeterminer(i, tokens: tokens) { return nil }
        }
        return String(token.text.dropLast())
    }
}
