/// Makes one line of text that comes in pieces: every run of whitespace (line ends included)
/// becomes one space, and whitespace at either end is dropped, as if the pieces were joined
/// first. Only the last character of what came so far is kept back (the next piece may extend
/// it, as a combining accent does), so a line of any length can be passed on in pieces.
///
/// ```swift
/// var line = LineBuilder()
/// line.add("  Leipzig\n hat ")
/// line.add("ein  Bürgeramt ")
/// line.finish()   // "Leipzig hat ein Bürgeramt"
/// ```
struct LineBuilder {
    /// The line made so far and not yet taken.
    private(set) var text = ""
    /// Whether the line has any text (taken or not).
    var hasText: Bool { placedText || carry.first.map { !$0.isWhitespace } == true }
    /// Whether text before the last character has been placed.
    private var placedText = false
    private var pendingSpace = false
    /// The last character added, not yet placed.
    private var carry = ""

    mutating func add(_ piece: some StringProtocol) {
        guard !piece.isEmpty else { return }
        let joined = carry.isEmpty ? String(piece) : carry + piece
        let lastStart = joined.index(before: joined.endIndex)
        let body = joined[..<lastStart]
        // Runs of characters that are not whitespace are copied whole.
        var position = body.startIndex
        var runStart: Substring.Index?
        for character in body {
            let end = body.utf8.index(position, offsetBy: character.utf8.count)
            if character.isWhitespace {
                if let start = runStart {
                    text += body[start..<position]
                    runStart = nil
                }
                pendingSpace = placedText
            } else if runStart == nil {
                if pendingSpace {
                    text.append(" ")
                    pendingSpace = false
                }
                runStart = position
                placedText = true
            }
            position = end
        }
        if let start = runStart { text += body[start..<position] }
        carry = String(joined[lastStart...])
    }

    /// The line made so far, which is then no longer kept (a space between it and what follows
    /// is still written, before the next text).
    mutating func take() -> String {
        defer { text = "" }
        return text
    }

    /// The rest of the line; the builder is empty again.
    mutating func finish() -> String {
        if let last = carry.first, !last.isWhitespace {
            if pendingSpace { text.append(" ") }
            text.append(last)
        }
        defer { self = LineBuilder() }
        return text
    }
}
