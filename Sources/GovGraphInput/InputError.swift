import Foundation
import GovGraphExtraction

/// Problems reading inputs and the gazetteer folder, each naming the path.
public enum InputError: Error, Equatable, CustomStringConvertible {
    case noSuchPath(String)
    case unreadable(String)
    case unreadableFolder(String)
    case empty(String)
    case onlyWhitespace(String)
    case binary(String, offset: Int)
    case invalidUTF8(String, offset: Int)
    case notAGazetteer(String, origin: String)
    case noGazetteer
    case gazetteer(folder: String, GazetteerError)
    /// Binary data (`what` says why: a file signature, NUL bytes).
    case binaryFile(String, what: String)
    /// The file is larger than `--max-bytes`.
    case tooLarge(String, size: Int, limit: Int)
    /// A line of a JSON-lines file (1-based) that cannot be read.
    case badLine(String, line: Int, reason: String)
    /// A file of a structured format (HTML, a feed) that holds nothing to read.
    case malformed(String, reason: String)
    /// A symbolic link that points nowhere.
    case danglingLink(String)
    /// A device, FIFO or socket named as a path (`kind` says which): it may never end.
    case notARegularFile(String, kind: String)
    /// Standard input (or a file that grew while read) went over `--max-bytes`.
    case tooLargeStream(String, limit: Int)

    /// The message, with control characters in paths (a newline, ESC) written as escapes, so
    /// that a hostile file name cannot forge lines or move the terminal's cursor.
    public var description: String { withShownPaths.message }

    /// The same error with every path escaped for display.
    private var withShownPaths: InputError {
        let shown = PathText.shown
        switch self {
        case let .noSuchPath(path): return .noSuchPath(shown(path))
        case let .unreadable(path): return .unreadable(shown(path))
        case let .unreadableFolder(path): return .unreadableFolder(shown(path))
        case let .empty(path): return .empty(shown(path))
        case let .onlyWhitespace(path): return .onlyWhitespace(shown(path))
        case let .binary(path, offset): return .binary(shown(path), offset: offset)
        case let .invalidUTF8(path, offset): return .invalidUTF8(shown(path), offset: offset)
        case let .notAGazetteer(path, origin): return .notAGazetteer(shown(path), origin: origin)
        case .noGazetteer: return self
        case let .gazetteer(folder, error): return .gazetteer(folder: shown(folder), error)
        case let .binaryFile(path, what): return .binaryFile(shown(path), what: what)
        case let .tooLarge(path, size, limit): return .tooLarge(shown(path), size: size, limit: limit)
        case let .badLine(path, line, reason): return .badLine(shown(path), line: line, reason: reason)
        case let .malformed(path, reason): return .malformed(shown(path), reason: reason)
        case let .danglingLink(path): return .danglingLink(shown(path))
        case let .notARegularFile(path, kind): return .notARegularFile(shown(path), kind: kind)
        case let .tooLargeStream(path, limit): return .tooLargeStream(shown(path), limit: limit)
        }
    }

    private var message: String {
        switch self {
        case let .noSuchPath(path): "\(path): no such file or folder"
        case let .unreadable(path): "\(path): cannot read the file"
        case let .unreadableFolder(path): "\(path): cannot read the folder"
        case let .empty(path): "\(path): the file is empty; skipped"
        case let .onlyWhitespace(path): "\(path): the file holds only whitespace; skipped"
        case let .binary(path, offset): "\(path): looks like a binary file (NUL byte at offset \(offset)), not text"
        case let .invalidUTF8(path, offset): "\(path): not valid UTF-8 (first bad byte at offset \(offset))"
        case let .notAGazetteer(path, origin):
            "\(path)\(origin): not a gazetteer folder (expected roles.tsv and entity files such as states.tsv)"
        case .noGazetteer:
            "no gazetteer folder found (looked in ./gazetteer and above the executable); pass --gazetteer DIR"
        case let .gazetteer(folder, error): folder + "/" + error.description
        case let .binaryFile(path, what): "\(path): looks like a binary file (\(what)), not text; skipped"
        case let .tooLarge(path, size, limit):
            "\(path): \(ByteCount.format(size)) is over the --max-bytes limit of \(ByteCount.format(limit)); skipped"
        case let .badLine(path, line, reason): "\(path):\(line): \(reason); line skipped"
        case let .malformed(path, reason): "\(path): \(reason); skipped"
        case let .danglingLink(path): "\(path): a symbolic link to nothing; skipped"
        case let .notARegularFile(path, kind):
            "\(path): \(kind), not a regular file; skipped (to read it anyway, give - and redirect it to standard input)"
        case let .tooLargeStream(path, limit):
            "\(path): more than the --max-bytes limit of \(ByteCount.format(limit)); stopped reading and skipped"
        }
    }
}

/// Something worth telling the user that does not stop an input from being read.
public struct InputWarning: Sendable, Equatable, CustomStringConvertible {
    public var path: String
    /// The 1-based line, when the warning is about one place in the file.
    public var line: Int?
    public var message: String

    public init(path: String, line: Int? = nil, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    public var description: String { PathText.shown(path) + (line.map { ":\($0)" } ?? "") + ": " + message }
}

/// Paths as messages show them.
public enum PathText {
    /// `path` with control characters written as escapes: `\n`, `\t`, `\r`, others `\u{1B}`;
    /// a backslash before one stays as it is. Other paths are returned unchanged.
    public static func shown(_ path: String) -> String {
        guard path.unicodeScalars.contains(where: isControl) else { return path }
        var result = ""
        for scalar in path.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            case _ where isControl(scalar): result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}

/// Byte counts as the user writes and reads them: `50MB`, `1.5 GB`, `800k`.
public enum ByteCount {
    /// Parses a count with an optional unit (k, M, G, with or without B, powers of 1024).
    public static func parse(_ text: String) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        let digits = trimmed.prefix { $0.isNumber || $0 == "." }
        var unit = trimmed.dropFirst(digits.count).trimmingCharacters(in: .whitespaces)
        if unit.hasSuffix("ib") { unit.removeLast(2) } else if unit.hasSuffix("b") { unit.removeLast() }
        let factors: [String: Double] = ["": 1, "k": 1024, "m": 1024 * 1024, "g": 1024 * 1024 * 1024]
        guard let number = Double(digits), let factor = factors[unit], number >= 0 else { return nil }
        let value = number * factor
        return value < Double(Int.max) ? Int(value) : nil
    }

    /// `12 bytes`, `3.4 KiB`, `61.0 MiB`: powers of 1024, as ``parse(_:)`` reads `50MB`.
    public static func format(_ count: Int) -> String {
        if count < 1024 { return "\(count) byte\(count == 1 ? "" : "s")" }
        let units = ["KiB", "MiB", "GiB", "TiB"]
        var value = Double(count) / 1024
        var index = 0
        while value >= 1024, index < units.count - 1 {
            value /= 1024
            index += 1
        }
        return String(format: "%.1f", value) + " " + units[index]
    }
}
