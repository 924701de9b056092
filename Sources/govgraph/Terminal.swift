import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes one line to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data(("Error: " + message + "\n").utf8))
}

/// A one-line progress display on standard error, shown only on a terminal.
final class Progress {
    let total: Int
    let enabled: Bool
    private var shown = false

    init(total: Int, enabled: Bool) {
        self.total = total
        self.enabled = enabled && total > 1 && isatty(STDERR_FILENO) == 1
    }

    func update(_ index: Int, _ label: String) {
        guard enabled else { return }
        let width = 24
        let filled = total > 0 ? width * index / total : 0
        let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
        let name = label.count > 40 ? "…" + label.suffix(39) : label
        FileHandle.standardError.write(Data("\r\u{1B}[K[\(bar)] \(index + 1)/\(total) \(name)".utf8))
        shown = true
    }

    func clear() {
        guard shown else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        shown = false
    }
}

/// JSON as the tool prints it: pretty, keys sorted, UTF-8 kept.
enum JSONOutput {
    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
