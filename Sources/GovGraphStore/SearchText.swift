import Foundation
internal import GRDB

/// Folding and German-inflection-tolerant comparison of names and queries.
///
/// German inflects names: "des Deutschen Städtetags", "Leipzigs Oberbürgermeister". Instead of
/// a stemmer, two words are taken to be forms of one word when both are a common base of at
/// least three letters followed by one of the common inflectional endings (`-s`, `-es`, `-n`,
/// `-en`, `-e`, `-er`, `-em`, `-ern`, `-ns`, `-ens`, or none).
///
/// ```swift
/// SearchText.isInflection("staedtetags", of: "staedtetag")   // true
/// SearchText.isInflection("deutschen", of: "deutscher")      // true
/// SearchText.isInflection("landkreises", of: "landkreis")    // true
/// ```
enum SearchText {
    /// How well a name or mention text matches a query; lower is better.
    enum Tier: Int, Comparable {
        case exactName
        case exactMention
        case inflectedExact
        case prefix
        case substring
        case inflectedPartial

        static func < (a: Tier, b: Tier) -> Bool { a.rawValue < b.rawValue }
    }

    /// The shortest base a word is reduced to.
    static let minimumBaseLength = 3

    /// Inflectional endings, longest first; the empty ending is the word itself.
    static let endings = ["ern", "ens", "es", "en", "er", "em", "ns", "s", "n", "e", ""]

    /// Lower case, NFC, umlauts transliterated (ä → ae, ß → ss), other diacritics removed,
    /// runs of white space collapsed to one space.
    static func fold(_ text: String) -> String {
        let german = text.precomposedStringWithCanonicalMapping.lowercased()
            .replacingOccurrences(of: "ä", with: "ae").replacingOccurrences(of: "ö", with: "oe")
            .replacingOccurrences(of: "ü", with: "ue").replacingOccurrences(of: "ß", with: "ss")
        let plain = german.folding(options: [.diacriticInsensitive], locale: nil)
        return plain.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The words of a folded text: runs of letters and digits.
    static func words(_ folded: String) -> [String] {
        folded.split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    /// The bases a folded word may be an inflection of, longest (the word itself) first.
    static func bases(of word: String) -> [Substring] {
        var result: [Substring] = []
        for ending in endings.reversed() where word.hasSuffix(ending) {
            let base = word.dropLast(ending.count)
            if base.count >= minimumBaseLength || ending.isEmpty { result.append(base) }
        }
        return result
    }

    /// Whether two folded words are forms of one word.
    static func isInflection(_ word: String, of other: String) -> Bool {
        if word == other { return true }
        let otherBases = Set(bases(of: other))
        return bases(of: word).contains { $0.count >= minimumBaseLength && otherBases.contains($0) }
    }

    /// A substring every text must contain to match the folded word at any tier.
    static func requiredFragment(of word: String) -> String {
        String(bases(of: word).last ?? Substring(word))
    }

    /// The tier at which a folded text matches a folded query, or nil.
    static func tier(of text: String, isName: Bool, query: String) -> Tier? {
        if text == query { return isName ? .exactName : .exactMention }
        let textWords = words(text)
        let queryWords = words(query)
        if !queryWords.isEmpty, textWords.count == queryWords.count,
            zip(queryWords, textWords).allSatisfy({ isInflection($0, of: $1) })
        {
            return .inflectedExact
        }
        if text.hasPrefix(query) { return .prefix }
        if text.contains(query) { return .substring }
        let partial =
            !queryWords.isEmpty
            && queryWords.allSatisfy { word in
                textWords.contains { $0.hasPrefix(word) || isInflection(word, of: $0) }
            }
        return partial ? .inflectedPartial : nil
    }

    /// `govgraph_fold(text)`: ``fold(_:)`` in SQL.
    static var foldFunction: DatabaseFunction {
        DatabaseFunction("govgraph_fold", argumentCount: 1, pure: true) { values in
            String.fromDatabaseValue(values[0]).map(fold)
        }
    }

    /// `text` as a `LIKE` pattern that matches it anywhere, with `\` as the escape character.
    static func containsPattern(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if character == "%" || character == "_" || character == "\\" { escaped.append("\\") }
            escaped.append(character)
        }
        return "%" + escaped + "%"
    }
}
