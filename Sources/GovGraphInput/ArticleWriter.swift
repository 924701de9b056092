import Foundation

/// Writes the text of an article piece by piece and cuts it into parts as it goes, so that a
/// reader never holds a long article whole: ``InputArticle/titled(path:title:body:date:url:externalID:location:byteCount:)``
/// and ``InputArticle/parts(chunkBytes:)`` in one pass, and the one place where both are done.
///
/// The body is cleaned (control characters removed, see ``TextCleaner``), put in NFC and
/// trimmed of whitespace at both ends. With a title, the text is the title, a blank line and the
/// body; a first line of the body that repeats the title is left out. The text ends with a line
/// end. With `chunkBytes` above 0, a text longer than twice that is cut into parts as
/// ``TextStream/cutPoint(_:from:)`` cuts a text file; pieces are written in the order they come
/// and are joined as given, so they may be cut anywhere but inside a character.
///
/// ```swift
/// var writer = ArticleWriter(title: "Bürgeramt", path: "a.html", chunkBytes: 64 * 1024)
/// writer.write("Bürgeramt\nLeipzig öffnet ")
/// writer.write("ein Bürgeramt.")
/// writer.finish()   // ["Bürgeramt\n\nLeipzig öffnet ein Bürgeramt.\n"]
/// ```
struct ArticleWriter {
    /// The title (cleaned, one line, NFC), or nil.
    let title: String?
    let chunkBytes: Int
    private var cleaner: TextCleaner
    /// Whether text other than whitespace has been written (whitespace before it is dropped).
    private var started = false
    /// Whitespace after the last other text: written only when more text follows it.
    private var held = ""
    /// With a title: the body's first line as far as it is written, until it is known whether
    /// it repeats the title (nil once that is decided).
    private var firstLine: String?
    /// Whether the body's first line was the title, so that the line ends after it are dropped.
    private var skippingNewlines = false
    /// Whether the blank line between the title and the body has been written.
    private var bodyOpened = false
    /// The text not yet cut off as a part, from `start`.
    private var bytes: [UInt8] = []
    private var start = 0
    /// Parts already cut off and not yet taken (none when they go to `onPart`).
    private var parts: [String] = []
    /// Takes each part as soon as it is cut, with whether it is the last.
    private let onPart: ((String, Bool) -> Void)?

    /// A writer for an article with `title` (made one line, cleaned and NFC here; an empty one
    /// is none) whose text is cut into parts of `chunkBytes` to twice that (0: one part).
    /// With `onPart`, each part goes to it as soon as it is cut, and ``finish()`` returns none.
    init(title: String?, path: String, chunkBytes: Int, onPart: ((String, Bool) -> Void)? = nil) {
        self.onPart = onPart
        var cleaner = TextCleaner(path: path)
        let title = title.map { InputArticle.oneLine(cleaner.clean($0)).inputNFC }.flatMap { $0.isEmpty ? nil : $0 }
        self.title = title
        self.chunkBytes = chunkBytes
        self.cleaner = cleaner
        firstLine = title == nil ? nil : ""
    }

    /// Adds the next piece of the body; a long one in slices of about 64 KB that end after a
    /// space or line end, so that it is never copied whole.
    mutating func write(_ piece: String) {
        guard piece.utf8.count > 4 * Self.sliceBytes else { return writeSlice(piece) }
        var rest = Substring(piece)
        while !rest.isEmpty {
            let utf8 = rest.utf8
            var end = utf8.index(utf8.startIndex, offsetBy: min(Self.sliceBytes, utf8.count))
            while end < utf8.endIndex, utf8[utf8.index(before: end)] != 0x20, utf8[utf8.index(before: end)] != 0x0A {
                end = utf8.index(after: end)
            }
            writeSlice(String(rest[..<end]))
            rest = rest[end...]
        }
    }

    static let sliceBytes = 64 * 1024

    private mutating func writeSlice(_ piece: String) {
        let text = cleaner.clean(piece).inputNFC
        var scalars = Substring(text).unicodeScalars[...]
        if !started {
            scalars = scalars.drop { CharacterSet.whitespacesAndNewlines.contains($0) }
            guard !scalars.isEmpty else { return }
            started = true
        }
        // What ends the piece in whitespace waits for more text.
        var end = scalars.endIndex
        while end > scalars.startIndex, CharacterSet.whitespacesAndNewlines.contains(scalars[scalars.index(before: end)]) {
            end = scalars.index(before: end)
        }
        guard end > scalars.startIndex else {
            held += Substring(scalars)
            return
        }
        let core = held + Substring(scalars[..<end])
        held = String(Substring(scalars[end...]))
        body(core)
    }

    /// Ends the text and returns its parts.
    mutating func finish() -> [String] {
        held = ""
        if let title, let line = firstLine {
            firstLine = nil
            out(title)
            if line.trimmingCharacters(in: .whitespaces) != title { bodyText(line) }
        }
        out("\n")
        while bytes.count - start > 2 * chunkBytes, chunkBytes > 0 { cut() }
        if bytes.count > start { emit(String(decoding: bytes[start...], as: UTF8.self), last: true) }
        bytes = []
        start = 0
        defer { parts = [] }
        return parts
    }

    private mutating func emit(_ part: String, last: Bool) {
        if let onPart { onPart(part, last) } else { parts.append(part) }
    }

    /// Body text after the leading whitespace: with a title, the first line is held until it is
    /// known whether it repeats the title.
    private mutating func body(_ text: String) {
        guard let title, var line = firstLine else { return bodyText(text) }
        line += text
        if let end = line.firstIndex(of: "\n") {
            firstLine = nil
            out(title)
            if line[..<end].trimmingCharacters(in: .whitespaces) == title {
                skippingNewlines = true
                bodyText(String(line[end...]))
            } else {
                bodyText(line)
            }
        } else if line.utf8.count > title.utf8.count {
            // Longer than the title, and ending in text that is no whitespace: not the title.
            firstLine = nil
            out(title)
            bodyText(line)
        } else {
            firstLine = line
        }
    }

    /// Text of the body after the title's line: the blank line after the title comes first.
    private mutating func bodyText(_ text: String) {
        var text = Substring(text)
        if skippingNewlines {
            let rest = text.unicodeScalars.drop { CharacterSet.newlines.contains($0) }
            guard !rest.isEmpty else { return }
            skippingNewlines = false
            text = Substring(rest)
        }
        guard !text.isEmpty else { return }
        if title != nil, !bodyOpened {
            bodyOpened = true
            out("\n\n")
        }
        out(text)
    }

    private mutating func out(_ text: some StringProtocol) {
        bytes.append(contentsOf: text.utf8)
        guard chunkBytes > 0 else { return }
        while bytes.count - start > 2 * chunkBytes { cut() }
    }

    /// Cuts off one part from the text that is more than twice `chunkBytes` long.
    private mutating func cut() {
        let window = Array(bytes[start..<(start + 2 * chunkBytes + 1)])
        let at = TextStream.cutPoint(window, from: chunkBytes).at
        emit(String(decoding: window[..<at], as: UTF8.self), last: false)
        start += at
        if start > bytes.count / 2 {
            bytes.removeFirst(start)
            start = 0
        }
    }
}
