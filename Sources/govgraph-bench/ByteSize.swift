import ArgumentParser

/// A size in bytes given as `20MB`, `1GB`, `500kB` or a plain number of bytes (decimal units:
/// 1 MB = 1,000,000 bytes, as in the MB/s the benchmark reports).
struct ByteSize: ExpressibleByArgument, Sendable, CustomStringConvertible {
    var bytes: Int

    init(bytes: Int) {
        self.bytes = bytes
    }

    init?(argument: String) {
        let text = argument.trimmingPrefix(" ").lowercased()
        let digits = text.prefix { $0.isNumber || $0 == "." }
        let unit = text.dropFirst(digits.count).trimmingPrefix(" ")
        let factors: [Substring: Double] = [
            "": 1, "b": 1, "k": 1e3, "kb": 1e3, "m": 1e6, "mb": 1e6, "g": 1e9, "gb": 1e9,
        ]
        guard let value = Double(digits), let factor = factors[unit], value > 0 else { return nil }
        bytes = Int(value * factor)
    }

    var description: String {
        if bytes >= 1_000_000_000, bytes % 1_000_000_000 == 0 { return "\(bytes / 1_000_000_000)GB" }
        if bytes >= 1_000_000, bytes % 1_000_000 == 0 { return "\(bytes / 1_000_000)MB" }
        if bytes >= 1_000, bytes % 1_000 == 0 { return "\(bytes / 1_000)kB" }
        return "\(bytes)B"
    }

    static var defaultCompletionKind: CompletionKind { .default }
}
