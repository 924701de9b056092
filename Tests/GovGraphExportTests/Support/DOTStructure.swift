/// A tiny structural check of DOT text, independent of Graphviz: quoted strings are closed and
/// hold no raw line breaks, braces and brackets balance, and nothing outside quotes could start
/// an HTML label or a stray token.
struct DOTStructure {
    /// What is wrong, empty when the text looks well-formed.
    var problems: [String] = []
    /// The contents of every quoted string, unescaped: `\"` → `"`, `\\` → `\`, `\n` → a line
    /// feed.
    var strings: [String] = []

    init(_ text: String) {
        var depth: [Character] = []
        var iterator = Array(text).makeIterator()
        var line = 1
        let allowed = Set("=,;[]{}->/_ \n\t")  // plus letters and digits
        while let character = iterator.next() {
            switch character {
            case "\"":
                var value = ""
                var closed = false
                while let next = iterator.next() {
                    if next == "\"" { closed = true; break }
                    if next == "\n" || next == "\r" {
                        problems.append("line \(line): raw line break inside a quoted string")
                        line += 1
                    }
                    if next == "\\" {
                        switch iterator.next() {
                        case "\"": value.append("\"")
                        case "\\": value.append("\\")
                        case "n": value.append("\n")
                        case let other?: value.append("\\"); value.append(other)
                        case nil: problems.append("line \(line): text ends after a backslash")
                        }
                    } else {
                        value.append(next)
                    }
                }
                if !closed { problems.append("line \(line): unterminated quoted string") }
                strings.append(value)
            case "{", "[":
                depth.append(character)
            case "}", "]":
                let opener: Character = character == "}" ? "{" : "["
                if depth.popLast() != opener {
                    problems.append("line \(line): unbalanced \(character)")
                }
            case "\n":
                line += 1
            case "/":
                // A `//` comment runs to the end of the line.
                guard iterator.next() == "/" else {
                    problems.append("line \(line): stray /")
                    continue
                }
                while let next = iterator.next(), next != "\n" {}
                line += 1
            case _ where character.isASCII && (character.isLetter || character.isNumber):
                continue
            case _ where allowed.contains(character):
                continue
            default:
                problems.append(
                    "line \(line): unexpected \(character.debugDescription) outside quotes")
            }
        }
        if !depth.isEmpty { problems.append("unclosed \(String(depth))") }
    }
}
