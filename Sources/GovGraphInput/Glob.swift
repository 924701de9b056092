/// A shell-style pattern for `--include` and `--exclude`.
///
/// `*` matches any run of characters except `/`, `**` any run including `/`, `?` one
/// character, `[abc]` and `[a-z]` one of a set (`[!abc]` none of it). A pattern without `/`
/// is matched against the file's name, one with `/` against its path below the folder given.
///
/// ```swift
/// Glob("*.html").matches(name: "seite.html", relativePath: "2024/seite.html")   // true
/// Glob("archiv/**").matches(name: "a.txt", relativePath: "archiv/2019/a.txt")   // true
/// ```
public struct Glob: Sendable, Equatable {
    public let pattern: String
    private let characters: [Character]

    public init(_ pattern: String) {
        self.pattern = pattern
        self.characters = Array(pattern)
    }

    public func matches(name: String, relativePath: String) -> Bool {
        Self.match(characters[...], Array(pattern.contains("/") ? relativePath : name)[...])
    }

    private static func match(_ pattern: ArraySlice<Character>, _ text: ArraySlice<Character>) -> Bool {
        guard let first = pattern.first else { return text.isEmpty }
        switch first {
        case "*":
            let doubled = pattern.dropFirst().first == "*"
            var rest = pattern.dropFirst(doubled ? 2 : 1)
            if doubled, rest.first == "/" {
                // "**/" also matches no folder at all.
                if match(rest.dropFirst(), text) { return true }
            } else if doubled {
                rest = pattern.dropFirst(2)
            }
            var index = text.startIndex
            while true {
                if match(rest, text[index...]) { return true }
                guard index < text.endIndex, doubled || text[index] != "/" else { return false }
                index += 1
            }
        case "?":
            guard let character = text.first, character != "/" else { return false }
            return match(pattern.dropFirst(), text.dropFirst())
        case "[":
            guard let close = pattern.dropFirst(2).firstIndex(of: "]"), let character = text.first else {
                return text.first == "[" && match(pattern.dropFirst(), text.dropFirst())
            }
            var set = pattern[(pattern.startIndex + 1)..<close]
            let negated = set.first == "!" || set.first == "^"
            if negated { set = set.dropFirst() }
            var found = false
            var index = set.startIndex
            while index < set.endIndex {
                if index + 2 < set.endIndex, set[index + 1] == "-" {
                    if set[index] <= character, character <= set[index + 2] { found = true }
                    index += 3
                } else {
                    if set[index] == character { found = true }
                    index += 1
                }
            }
            return found != negated && match(pattern[(close + 1)...], text.dropFirst())
        default:
            guard text.first == first else { return false }
            return match(pattern.dropFirst(), text.dropFirst())
        }
    }
}
