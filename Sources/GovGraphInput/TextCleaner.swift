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
        if !afterCR, !Self.needsCleaning(text) {
            line += text.utf8.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
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

    /// Whether the UTF-8 of `text` holds a CR, a control character or a C1 control (C2 80–9F).
    static func needsCleaning(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if (byte < 0x20 && byte != 0x09 && byte != 0x0A) || byte == 0x7F { return true }
            if previous == 0xC2, byte < 0xA0 { return true }
            previous = byte
        }
        return false
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
