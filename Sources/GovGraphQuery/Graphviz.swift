import Foundation

/// Why Graphviz could not draw a diagram.
public enum GraphvizError: Error, Hashable, CustomStringConvertible {
    /// `dot` is not on `PATH`.
    case missing(format: String)
    /// `dot` failed; `message` is the first line it printed.
    case failed(message: String)

    public var description: String {
        switch self {
        case .missing(let format):
            "--format \(format) needs Graphviz's `dot`, which is not installed "
                + "(Debian/Ubuntu: apt-get install graphviz; macOS: brew install graphviz)"
        case .failed(let message): "Graphviz dot failed: \(message)"
        }
    }
}

/// Runs Graphviz `dot`.
public enum Graphviz {
    /// The output of `dot -T<format>` for `source`.
    ///
    /// - Throws: ``GraphvizError``.
    public static func render(_ source: String, to format: String) throws -> Data {
        guard let dot = executable("dot") else {
            throw GraphvizError.missing(format: format)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: dot)
        process.arguments = ["-T\(format)"]
        let input = Pipe()
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let writer = Thread {
            input.fileHandleForWriting.write(Data(source.utf8))
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let messages = ErrorReader(errors.fileHandleForReading)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = String(decoding: messages.wait(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let first = message.split(separator: "\n").first.map(String.init)
            throw GraphvizError.failed(message: first ?? "exit status \(process.terminationStatus)")
        }
        return data
    }

    /// The path of the executable `name` on `PATH`, if any.
    public static func executable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}

/// Reads a pipe to its end on another thread, so that neither pipe of a child can fill up and
/// block it.
private final class ErrorReader: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}
