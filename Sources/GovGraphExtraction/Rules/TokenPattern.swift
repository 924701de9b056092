/// A token pattern of the rule language, as written in a rule file, before compilation.
///
/// The syntax (see the GovGraphExtraction DocC article "The rule language"):
///
/// ```text
/// pattern  := branch ("|" branch)*
/// branch   := item*
/// item     := [name ":"] ["!" | "-"] atom [quantifier]
/// atom     := "(" pattern ")" | "\"word\"" | "@list" | CLASS | MACRO
/// quantifier := "?" | "*" | "+" | "{m}" | "{m,n}"
/// ```
///
/// A `"word"` matches a token whose lower case is the word (punctuation too: `","`, `"("`);
/// `@list` a token in a word list of the rule file; a CLASS a kind of token or a span the
/// recognisers found (``TokenClass``); a MACRO the pattern a `define` gave it. `name:` captures
/// what the item matched; `!` negates a one-token test (one token that is not …); `-` asserts that
/// a test does not match here, without consuming a token (`-PERSON CAP`: a capitalised word that
/// does not start a name).
indirect enum TokenPattern: Sendable, Hashable {
    case word(String)
    case list(String)
    case tokenClass(TokenClass)
    case macro(String)
    case not(TokenPattern)
    /// Fails where the one-token test or span class would match, and consumes nothing.
    case notHere(TokenPattern)
    case sequence([TokenPattern])
    case choice([TokenPattern])
    case repeated(TokenPattern, min: Int, max: Int?)
    case capture(String, TokenPattern)
}

/// The built-in token tests and span tests of the rule language.
public enum TokenClass: String, Sendable, Hashable, CaseIterable {
    /// Any token but a semicolon (patterns never cross a sentence end: they match inside one).
    case any = "ANY"
    case word = "WORD"
    /// A word that starts with a capital.
    case capitalized = "CAP"
    /// A word that starts with a lower-case letter.
    case lowercase = "LOWER"
    case number = "NUM"
    case punctuation = "PUNCT"
    /// A hyphen or dash, joined to a word or free-standing.
    case hyphen = "HYPHEN"
    /// A word joined by a hyphen to what follows ("DLT" in "DLT-Präsident", "Wirtschafts" in
    /// "Wirtschafts- und Digitalminister").
    case joined = "JOINED"
    /// A role noun of the role lexicon, of one or more words ("Landrätin", "Chief Digital Officer").
    case roleNoun = "ROLENOUN"
    /// A person's name (the whole span).
    case person = "PERSON"
    /// An organization's name.
    case organization = "ORG"
    /// A municipality, district, Land or country by name (not an adjective).
    case place = "PLACE"
    /// An organization or place by name (any entity but a person), not an adjective.
    case body = "BODY"
    /// A party ("CDU", "Bündnis 90/Die Grünen").
    case party = "PARTY"
    /// An adjective made from a place's name ("Kieler", "hessische").
    case placeAdjective = "PLACEADJ"

    /// The class's bit in ``PatternInput``'s per-token masks.
    var bit: UInt16 {
        switch self {
        case .any: 1 << 0
        case .word: 1 << 1
        case .capitalized: 1 << 2
        case .lowercase: 1 << 3
        case .number: 1 << 4
        case .punctuation: 1 << 5
        case .hyphen: 1 << 6
        case .roleNoun: 1 << 7
        case .person: 1 << 8
        case .organization: 1 << 9
        case .place: 1 << 10
        case .body: 1 << 11
        case .party: 1 << 12
        case .placeAdjective: 1 << 13
        case .joined: 1 << 14
        }
    }

    /// Whether the class matches a recogniser's span (of any length) rather than one token.
    var isSpan: Bool {
        switch self {
        case .roleNoun, .person, .organization, .place, .body, .party, .placeAdjective: true
        default: false
        }
    }
}

/// A problem in a pattern, at a character offset of the pattern's text.
struct TokenPatternError: Error, Equatable {
    var offset: Int
    var reason: String
}

extension TokenPattern {
    /// Parses a pattern's text.
    static func parse(_ text: String) throws(TokenPatternError) -> TokenPattern {
        var parser = Parser(scalars: Array(text.unicodeScalars))
        let pattern = try parser.choice()
        parser.skipSpaces()
        if parser.position < parser.scalars.count {
            throw TokenPatternError(offset: parser.position, reason: "unexpected \"\(parser.scalars[parser.position])\"")
        }
        return pattern
    }

    /// Every word (`"…"`) and list (`@…`) the pattern names, macros not expanded.
    var names: (words: [String], lists: [String], macros: [String]) {
        switch self {
        case .word(let word): ([word], [], [])
        case .list(let list): ([], [list], [])
        case .macro(let macro): ([], [], [macro])
        case .tokenClass: ([], [], [])
        case .not(let inner), .notHere(let inner), .repeated(let inner, _, _), .capture(_, let inner): inner.names
        case .sequence(let items), .choice(let items):
            items.reduce(into: ([String](), [String](), [String]())) { result, item in
                let names = item.names
                result.0 += names.words
                result.1 += names.lists
                result.2 += names.macros
            }
        }
    }

    private struct Parser {
        let scalars: [Unicode.Scalar]
        var position = 0

        mutating func skipSpaces() {
            while position < scalars.count, scalars[position].properties.isWhitespace { position += 1 }
        }

        func peek() -> Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }

        mutating func choice() throws(TokenPatternError) -> TokenPattern {
            var branches = [try sequence()]
            skipSpaces()
            while peek() == "|" {
                position += 1
                branches.append(try sequence())
                skipSpaces()
            }
            return branches.count == 1 ? branches[0] : .choice(branches)
        }

        mutating func sequence() throws(TokenPatternError) -> TokenPattern {
            var items: [TokenPattern] = []
            while true {
                skipSpaces()
                guard let next = peek(), next != "|", next != ")" else { break }
                items.append(try item())
            }
            guard !items.isEmpty else { throw TokenPatternError(offset: position, reason: "empty pattern") }
            return items.count == 1 ? items[0] : .sequence(items)
        }

        mutating func item() throws(TokenPatternError) -> TokenPattern {
            let start = position
            var captureName: String?
            if let name = identifier(lowercase: true) {
                if peek() == ":" {
                    position += 1
                    captureName = name
                } else {
                    throw TokenPatternError(offset: start, reason: "\"\(name)\" is no pattern item; write a word as \"\(name)\" or a capture as \(name):ITEM")
                }
            }
            let prefix = peek() == "!" || peek() == "-" ? peek() : nil
            if prefix != nil { position += 1 }
            var pattern = try atom()
            if let prefix {
                if case .sequence = pattern { throw TokenPatternError(offset: start, reason: "\"\(prefix)\" negates one token, not a sequence") }
                pattern = prefix == "!" ? .not(pattern) : .notHere(pattern)
            }
            pattern = try quantified(pattern)
            if let captureName { pattern = .capture(captureName, pattern) }
            return pattern
        }

        mutating func atom() throws(TokenPatternError) -> TokenPattern {
            let start = position
            guard let next = peek() else { throw TokenPatternError(offset: position, reason: "pattern ends where an item is expected") }
            switch next {
            case "(":
                position += 1
                let inner = try choice()
                skipSpaces()
                guard peek() == ")" else { throw TokenPatternError(offset: start, reason: "\"(\" is never closed") }
                position += 1
                return inner
            case "\"":
                position += 1
                var word = String.UnicodeScalarView()
                while let scalar = peek(), scalar != "\"" {
                    word.append(scalar)
                    position += 1
                }
                guard peek() == "\"" else { throw TokenPatternError(offset: start, reason: "the word is never closed with \"") }
                position += 1
                let text = String(word)
                guard !text.isEmpty, !text.contains(where: \.isWhitespace) else {
                    throw TokenPatternError(offset: start, reason: "a quoted word is one token, found \"\(text)\"")
                }
                return .word(text.lowercased())
            case "@":
                position += 1
                guard let name = identifier(lowercase: true) else { throw TokenPatternError(offset: start, reason: "\"@\" must name a word list") }
                return .list(name)
            default:
                guard let name = identifier(lowercase: false) else {
                    throw TokenPatternError(offset: start, reason: "unexpected \"\(next)\"")
                }
                if let tokenClass = TokenClass(rawValue: name) { return .tokenClass(tokenClass) }
                return .macro(name)
            }
        }

        mutating func quantified(_ pattern: TokenPattern) throws(TokenPatternError) -> TokenPattern {
            switch peek() {
            case "?": position += 1; return .repeated(pattern, min: 0, max: 1)
            case "*": position += 1; return .repeated(pattern, min: 0, max: nil)
            case "+": position += 1; return .repeated(pattern, min: 1, max: nil)
            case "{":
                let start = position
                position += 1
                guard let low = number() else { throw TokenPatternError(offset: start, reason: "\"{\" must be followed by a count") }
                var high: Int? = low
                if peek() == "," {
                    position += 1
                    high = number()
                }
                guard peek() == "}" else { throw TokenPatternError(offset: start, reason: "a count must end with \"}\"") }
                position += 1
                if let high, high < low || high == 0 {
                    throw TokenPatternError(offset: start, reason: "the count {\(low),\(high)} is empty")
                }
                if (high ?? low) > 20 { throw TokenPatternError(offset: start, reason: "a count may be 20 at most") }
                return .repeated(pattern, min: low, max: high)
            default: return pattern
            }
        }

        mutating func number() -> Int? {
            var value = 0
            var digits = 0
            while let scalar = peek(), let digit = Int(String(scalar)), scalar.isASCII, digits < 3 {
                value = value * 10 + digit
                digits += 1
                position += 1
            }
            return digits > 0 ? value : nil
        }

        /// A run of letters, digits and hyphens; lower-case names start lower case, upper-case
        /// ones upper case.
        mutating func identifier(lowercase: Bool) -> String? {
            guard let first = peek(), first.isASCII, lowercase ? first.properties.isLowercase : first.properties.isUppercase
            else { return nil }
            var name = String.UnicodeScalarView()
            while let scalar = peek(), scalar.isASCII,
                scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "-" || scalar == "_"
            {
                name.append(scalar)
                position += 1
            }
            return String(name)
        }
    }
}
