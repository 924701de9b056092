/// Generates the German inflected forms of a gazetteer form, token by token.
///
/// Gazetteer files list nominative forms; texts use genitives and weak adjective endings:
/// "Deutscher Städtetag" is also "Deutschen Städtetags", "Deutsche Städtetag",
/// "Deutschen Städtetages"; "Lüneburg" is also "Lüneburgs"; "Amt für digitale Transformation"
/// is also "Amtes für digitale Transformation". The rules over-generate a little (a form that no
/// text uses costs a trie node, never a false match of a real word).
enum Inflection {
    /// Words that never inflect inside a name.
    static let functionWords: WordSet = [
        "der", "die", "das", "des", "dem", "den", "für", "und", "von", "vom", "zu", "zur", "zum",
        "im", "in", "am", "an", "auf", "aus", "bei", "mit", "über", "unter", "nach", "a.", "d.",
        "sowie", "gegen", "zwischen", "ob", "b",
    ]
    /// Words that coordinate inside the inflecting head ("Deutscher Städte- und Gemeindebund").
    static let coordinators: WordSet = ["und", "sowie"]
    static let adjectiveEndings = ["er", "es", "en", "em", "e"]
    /// An upper bound on the variants of one form.
    static let maximumVariants = 48

    /// All token-text sequences under which `tokens` (a tokenised nominative form) may appear.
    ///
    /// Only the head of a name inflects: the words before its first preposition, article or
    /// bracket ("Amt" in "Amt für digitale Transformation", "Bundesministerium" in
    /// "Bundesministerium des Innern"). In the head, the first and the last word take genitive
    /// endings and words with an adjective ending before another word take every adjective
    /// ending. Abbreviations never inflect.
    static func variants(of tokens: [String], kinds: [Token.Kind]) -> [[String]] {
        var result: [[String]] = [[]]
        for choice in options(of: tokens, kinds: kinds) {
            result = result.flatMap { prefix in choice.map { prefix + [$0] } }
        }
        return result
    }

    /// The forms each token may take (the first is the token itself); their product has at most
    /// ``maximumVariants`` members.
    static func options(of tokens: [String], kinds: [Token.Kind]) -> [[String]] {
        let headEnd = tokens.indices.dropFirst().first { index in
            let lower = tokens[index].lowercased()
            return (functionWords.contains(lower) && !coordinators.contains(lower))
                || (kinds[index] == .punctuation && tokens[index] != ".")
        } ?? tokens.count
        let words = tokens.indices.prefix(headEnd).filter { kinds[$0] == .word }
        guard let last = words.last, var first = words.first else { return tokens.map { [$0] } }
        // "Gemeinde- und Städtebund Rheinland-Pfalz": a truncated compound does not inflect; the
        // noun after the coordinator is the head's first noun.
        var truncated: Set<Int> = []
        while first + 2 < tokens.count, kinds[first + 1] == .hyphen, coordinators.contains(tokens[first + 2].lowercased()),
            let next = words.first(where: { $0 > first + 2 })
        {
            truncated.insert(first)
            first = next
        }
        var options: [[String]] = tokens.map { [$0] }
        for index in words where !truncated.contains(index) {
            let token = tokens[index]
            guard !functionWords.contains(token.lowercased()), !isAbbreviation(token) else { continue }
            let nextIsWord = index + 1 < headEnd && kinds[index + 1] == .word
            var forms = [token]
            let capitalized = token.first?.isUppercase ?? false
            if index == last || (index == first && capitalized) { forms += nounForms(token) }
            if index != last, nextIsWord, let stem = adjectiveStem(token) {
                forms += adjectiveEndings.map { stem + $0 }
            }
            options[index] = forms.uniqued()
        }
        // Keep the product small: later words lose their variants first.
        var index = options.count - 1
        while options.reduce(1, { $0 * $1.count }) > maximumVariants, index >= 0 {
            options[index] = [options[index][0]]
            index -= 1
        }
        return options
    }

    /// Adjectival forms of a gazetteer adjective: a lower-case stem ("bayerisch") takes the
    /// endings; a capitalised place adjective ("Leipziger") does not inflect.
    static func adjectiveVariants(of tokens: [String], kinds: [Token.Kind]) -> [[String]] {
        guard let last = tokens.indices.last(where: { kinds[$0] == .word }) else { return [tokens] }
        let word = tokens[last]
        guard word.first?.isLowercase ?? false else { return [tokens] }
        return adjectiveEndings.map { ending in
            var copy = tokens
            copy[last] = word + ending
            return copy
        }
    }

    /// Genitive forms of a noun or name.
    static func nounForms(_ word: String) -> [String] {
        guard let lastCharacter = word.last else { return [] }
        // "Kreis" → "Kreises", "Landkreis" → "Landkreises".
        if "sßxz".contains(lastCharacter) { return [word + "es"] }
        // Only the genitive: a plural ending would turn names into words ("Weste" → "Westen").
        var forms = [word + "s"]
        if !"aeiouäöüy".contains(lastCharacter) { forms.append(word + "es") }
        return forms
    }

    /// The stem of a word with an adjective ending ("Deutscher" → "Deutsch", "digitale" → "digital").
    static func adjectiveStem(_ word: String) -> String? {
        guard word.count >= 5 else { return nil }
        for ending in adjectiveEndings where word.hasSuffix(ending) {
            return String(word.dropLast(ending.count))
        }
        return nil
    }

    /// Two or more upper-case letters: an abbreviation or a brand ("OZG", "ITZBund", "GovTech").
    static func isAbbreviation(_ word: String) -> Bool {
        word.unicodeScalars.filter(\.properties.isUppercase).count >= 2
    }
}

extension Array where Element: Hashable {
    /// The elements in order, without repeats.
    func uniqued() -> [Element] {
        var seen: Set<Element> = []
        return filter { seen.insert($0).inserted }
    }
}
