import Foundation

/// Reads input texts: files, folders (recursively, `.txt` files) and `-` for standard input.
public enum InputReader {
    /// One input text and where it came from.
    public struct Input: Sendable {
        public var path: String
        public var text: String
    }

    /// The files named by the arguments, folders expanded, in argument order (folders sorted).
    public static func expand(_ paths: [String]) throws(InputError) -> [String] {
        var result: [String] = []
        let manager = FileManager.default
        for path in paths {
            if path == "-" {
                result.append(path)
                continue
            }
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .noSuchPath(path) }
            guard isDirectory.boolValue else {
                result.append(path)
                continue
            }
            guard let walker = manager.enumerator(atPath: path) else { throw .unreadableFolder(path) }
            var found: [String] = []
            for case let relative as String in walker where relative.lowercased().hasSuffix(".txt") {
                found.append((path as NSString).appendingPathComponent(relative))
            }
            result += found.sorted()
        }
        return result
    }

    /// Reads one input as UTF-8 text.
    public static func read(_ path: String) throws(InputError) -> Input {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: path))
            } catch {
                throw .unreadable(path)
            }
        }
        return Input(path: path, text: try decode(data, path: path == "-" ? "standard input" : path))
    }

    /// UTF-8 text without a byte order mark; a clear error for empty, binary or non-UTF-8 data.
    public static func decode(_ data: Data, path: String) throws(InputError) -> String {
        guard !data.isEmpty else { throw .empty(path) }
        let nul = data.withUnsafeBytes { raw -> Int? in
            guard let base = raw.baseAddress, let hit = memchr(base, 0, raw.count) else { return nil }
            return base.distance(to: UnsafeRawPointer(hit))
        }
        if let nul { throw .binary(path, offset: nul) }
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let text = bytes.withUnsafeBytes({ String(validating: $0.bindMemory(to: UInt8.self), as: UTF8.self) }) else {
            throw .invalidUTF8(path, offset: firstInvalidUTF8Offset(bytes))
        }
        guard text.utf8.contains(where: { !($0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D)) }),
            !text.allSatisfy(\.isWhitespace)
        else { throw .onlyWhitespace(path) }
        return text
    }

    /// The byte offset of the first byte that does not start or continue a valid UTF-8 sequence.
    static func firstInvalidUTF8Offset(_ data: Data) -> Int {
        var iterator = data.makeIterator()
        var decoder = UTF8()
        var consumed = 0
        while true {
            switch decoder.decode(&iterator) {
            case let .scalarValue(scalar): consumed += UTF8.width(scalar)
            case .emptyInput, .error: return consumed
            }
        }
    }
}
