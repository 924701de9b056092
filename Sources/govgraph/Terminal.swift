import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes one error line to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data(("Error: " + message + "\n").utf8))
}

/// Writes one warning line to standard error.
func printWarning(_ message: String) {
    FileHandle.standardError.write(Data(("Warning: " + message + "\n").utf8))
}

/// A one-line progress display on standard error, shown only on a terminal.
///
/// It counts input bytes (so that one large file moves the bar too) and files, and redraws at
/// most ten times a second.
final class Progress: @unchecked Sendable {
    let totalBytes: Int
    let files: Int
    let enabled: Bool
    private var bytes = 0
    private var filesDone = 0
    private var shown = false
    private var lastDraw = Date.distantPast

    init(totalBytes: Int, files: Int, enabled: Bool) {
        self.totalBytes = totalBytes
        self.files = files
        self.enabled = enabled && isatty(STDERR_FILENO) == 1
    }

    /// Counts `bytes` more input read from the file `label`.
    func advance(bytes: Int, label: String) {
        self.bytes += bytes
        guard enabled, Date().timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = Date()
        let width = 24
        let fraction = totalBytes > 0 ? min(1, Double(self.bytes) / Double(totalBytes)) : Double(filesDone) / Double(max(files, 1))
        let filled = Int(Double(width) * fraction)
        let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
        let name = label.count > 40 ? "…" + label.suffix(39) : label
        let percent = Int(fraction * 100)
        FileHandle.standardError.write(
            Data("\r\u{1B}[K[\(bar)] \(percent)% \(min(filesDone + 1, files))/\(files) \(name)".utf8))
        shown = true
    }

    func finishFile() { filesDone += 1 }

    func clear() {
        guard shown else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        shown = false
    }
}
