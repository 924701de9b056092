import Foundation
import GovGraphExtraction

/// Cleans decoded text piece by piece: line ends become `\n`, control characters are removed.
///
/// Tab and line feed stay; CRLF and a lone CR become a line feed; form feed, vertical tab and the
/// other C0 and C1 control characters (NUL included) and DEL are removed. The cleaner keeps its
/// state across pieces, so a file decoded in blocks is cleaned as if whole, and it reports the
/// removal once, with the line of the first removed character.
///
/// ```swift
/// var cleaner = TextCleaner(path: "a.txt")
/// cleaner.clean("Zeile\r\nZwei\u{0}")   // "Zeile\nZwei"
/// cleaner.finish()                      // [a.txt:2: removed 1 control character (NUL)]
/// ```
public struct TextCleaner: Sendable {
    let path: String
    /// Lines started so far (1-based line of the next character).
    private var line = 1
    private var afterCR = false
    private var removed = 0
    private var firstLine: Int?
    private var names: [String] = []

    public init(path: String) {
        self.path = path
    }

    /// The cleaned text of the next piece.
    public mutating func clean(_ text: String) -> String {
        // The common case, checked on the UTF-8 bytes: no CR, no control character, no C1.
        if !afterCR, let newlines = Self.newlinesIfClean(text) {
            line += newlines
            return text
        }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if afterCR {
                afterCR = false
                if value == 0x0A { continue }
            }
            switch value {
            case 0x0A:
                line += 1
                result.append(scalar)
            case 0x0D:
                line += 1
                afterCR = true
                result.append("\n")
            case 0x09:
                result.append(scalar)
            case 0x00..<0x20, 0x7F, 0x80...0x9F:
                note(value)
            default:
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// The line feeds of `text` when it needs no cleaning, else nil: one pass over its UTF-8,
    /// which must hold no CR, no control character but tab and line feed, and no C1 control
    /// (C2 80–9F).
    static func newlinesIfClean(_ text: String) -> Int? {
        var text = text
        return text.withUTF8 { bytes in
            var newlines = 0
            var previous: UInt8 = 0
            for byte in bytes {
                if byte < 0x20 {
                    guard byte == 0x0A || byte == 0x09 else { return nil }
                    if byte == 0x0A { newlines += 1 }
                } else if byte == 0x7F || (previous == 0xC2 && byte < 0xA0) {
                    return nil
                }
                previous = byte
            }
            return newlines
        }
    }

    private mutating func note(_ value: UInt32) {
        removed += 1
        if firstLine == nil { firstLine = line }
        let name =
            switch value {
            case 0x00: "NUL"
            case 0x0C: "form feed"
            case 0x7F: "DEL"
            default: String(format: "U+%04X", value)
            }
        if names.count < 3, !names.contains(name) { names.append(name) }
    }

    /// The warning about removed characters, if any were removed.
    public func finish() -> [InputWarning] {
        guard let firstLine else { return [] }
        let kinds = names.joined(separator: ", ") + (removed > names.count && names.count == 3 ? ", …" : "")
        return [
            InputWarning(
                path: path, line: firstLine,
                message: "removed \(removed) control character\(removed == 1 ? "" : "s") (\(kinds))")
        ]
    }
}

extension String {
    /// The string in Unicode Normalization Form C (as the extractor normalises it: text that
    /// already is in NFC is returned as it is).
    public var inputNFC: String { precomposedNFC }
}
