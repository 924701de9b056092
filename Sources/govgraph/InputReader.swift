import Foundation

/// Reads input texts: files, folders (recursively, `.txt` files) and `-` for standard input.
enum InputReader {
    struct Input {
        var path: String
        var text: String
    }

    /// The files named by the arguments, folders expanded, in argument order (folders sorted).
    static func expand(_ paths: [String]) throws -> [String] {
        var result: [String] = []
        let manager = FileManager.default
        for path in paths {
            if path == "-" {
                result.append(path)
                continue
            }
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw CLIError("\(path): no such file or folder")
            }
            guard isDirectory.boolValue else {
                result.append(path)
                continue
            }
            guard let walker = manager.enumerator(atPath: path) else {
                throw CLIError("\(path): cannot read the folder")
            }
            var found: [String] = []
            for case let relative as String in walker where relative.lowercased().hasSuffix(".txt") {
                found.append((path as NSString).appendingPathComponent(relative))
            }
            result += found.sorted()
        }
        return result
    }

    /// Reads one input as UTF-8 text.
    static func read(_ path: String) throws -> Input {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: path))
            } catch {
                throw CLIError("\(path): cannot read the file")
            }
        }
        return Input(path: path, text: try decode(data, path: path == "-" ? "standard input" : path))
    }

    /// UTF-8 text without a byte order mark; a clear error for empty, binary or non-UTF-8 data.
    static func decode(_ data: Data, path: String) throws -> String {
        guard !data.isEmpty else { throw CLIError("\(path): the file is empty") }
        if let nul = data.firstIndex(of: 0) {
            throw CLIError("\(path): looks like a binary file (NUL byte at offset \(nul - data.startIndex)), not text")
        }
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let text = String(data: bytes, encoding: .utf8) else {
            throw CLIError("\(path): not valid UTF-8 (first bad byte at offset \(firstInvalidUTF8Offset(bytes)))")
        }
        guard !text.allSatisfy(\.isWhitespace) else { throw CLIError("\(path): the file holds only whitespace") }
        return text
    }

    static func firstInvalidUTF8Offset(_ data: Data) -> Int {
        var iterator = data.makeIterator()
        var decoder = UTF8()
        var offset = 0
        var consumed = 0
        var lastGood = 0
        while true {
            switch decoder.decode(&iterator) {
            case let .scalarValue(scalar):
                consumed += String(scalar).utf8.count
                lastGood = consumed
                offset = lastGood
            case .emptyInput:
                return offset
            case .error:
                return lastGood
            }
        }
    }
}
