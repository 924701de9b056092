/// Full names whose given name is on no list: "Dizzy Gillespie", "Usain Bolt", "Hayao Miyazaki".
///
/// The given-name list holds the names common in German-speaking countries and the frequent
/// international ones; a foreign or rare given name is missing. When the second word is a listed
/// surname, the pair is read as a name if the first word could be a given name: capitalised, no
/// function word, role, gazetteer name or common noun, and not after an article.
extension PersonRecognizer {
    /// English adjectives, numbers and nouns that open the names of places, clubs, bands and
    /// works ("Big House", "Three Lions", "Swiss Life", "Red Wings"): never a given name.
    static let englishNameOpeners: WordSet = [
        "big", "little", "great", "grand", "old", "new", "young", "good", "bad", "best", "happy", "lucky",
        "red", "black", "white", "green", "blue", "brown", "golden", "silver", "royal", "national", "united",
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "upper", "lower",
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "first", "second",
        "swiss", "british", "american", "english", "irish", "scottish", "french", "spanish", "italian",
        "saint", "fort", "lake", "mount", "port", "cape", "bay", "home", "house", "hotel", "club", "team",
        "radio", "studio", "super", "mega", "hyper", "star", "sun", "moon", "sky", "city", "street", "road",
        "air",
        // the same in Romance languages and Greek ("Puerto Rico", "Hagia Sophia")
        "puerto", "porto", "rio", "río", "villa", "costa", "monte", "mont", "val", "isla", "isola", "hagia", "agios",
        // German nouns that name storms ("Orkan Kyrill")
        "orkan", "sturm", "tief", "hoch", "hurrikan", "taifun", "zyklon",
    ]

    /// A capitalised word and a listed surname, standing alone as a name: their end.
    func unlistedGivenName(
        at i: Int, tokens: [Token], roles roleAt: [RoleLexicon.Match?], blocked: TokenSet, named: TokenSet
    ) -> Int? {
        guard i + 1 < tokens.count else { return nil }
        let first = tokens[i]
        let second = tokens[i + 1]
        // The cheap tests first: this is asked of every token.
        guard first.kind == .word, first.isCapitalized, !first.isAllCaps, second.kind == .word, second.isCapitalized,
            first.characterCount >= 2, second.newlinesBefore == 0, isListedName(second), !blocked.contains(i),
            !blocked.contains(i + 1), !named.contains(i), !named.contains(i + 1), roleAt[i] == nil, roleAt[i + 1] == nil,
            !Self.notSurnames.contains(first.norm), !Self.notSurnames.contains(second.norm),
            !Self.isCommonNoun(at: i, tokens: tokens),
            !Self.personNouns.contains(first.norm), !Self.englishNameOpeners.contains(first.norm),
            !first.is(.saint), !first.is(.address),
            !first.norm.hasSuffix("us"), !Self.adjectiveEndings.contains(where: { first.norm.hasSuffix($0) })
        else { return nil }
        var end = i + 2
        // A double surname: "Shaun Wright-Phillips".
        if end + 1 < tokens.count, tokens[end].kind == .hyphen, !tokens[end].spaceBefore, !tokens[end + 1].spaceBefore,
            tokens[end + 1].kind == .word, tokens[end + 1].isCapitalized
        {
            end += 2
        }
        // A third capitalised word, or a hyphen joining one, makes a longer name of something else.
        if end < tokens.count, tokens[end].newlinesBefore == 0, !tokens[end].is(.speechVerb),
            tokens[end].kind == .hyphen && !tokens[end].spaceBefore || (tokens[end].kind == .word && tokens[end].isCapitalized)
        {
            return nil
        }
        if i > 0 {
            let previous = tokens[i - 1]
            if previous.kind == .hyphen || previous.text == "/" { return nil }
            // After another capitalised word the pair ends a longer name ("Gereformeerde Bond").
            if Self.continuesLongerName(i, tokens: tokens, roles: roleAt) { return nil }
            if PlaceDisambiguator.followsDeterminer(i, tokens: tokens) { return nil }
        }
        if Self.inEnglishTitle(i..<end, tokens: tokens) { return nil }
        return end
    }
}
