import Foundation
import Testing

/// Runs command-line tools (Graphviz `dot`, `python3`) for the checks that need them.
enum ExternalTool {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The executable called `name` on `PATH`, if any.
    static func find(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    /// Runs `executable` with `input` on standard input.
    ///
    /// Output goes through temporary files, so that a large output cannot fill a pipe and block
    /// the tool.
    static func run(_ executable: URL, _ arguments: [String], input: String = "") throws -> Result {
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("govgraph-export-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let inputFile = scratch.appendingPathComponent("stdin")
        let outputFile = scratch.appendingPathComponent("stdout")
        let errorFile = scratch.appendingPathComponent("stderr")
        try Data(input.utf8).write(to: inputFile)
        try Data().write(to: outputFile)
        try Data().write(to: errorFile)

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.standardInput = try FileHandle(forReadingFrom: inputFile)
        process.standardOutput = try FileHandle(forWritingTo: outputFile)
        process.standardError = try FileHandle(forWritingTo: errorFile)
        try process.run()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: outputFile), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errorFile), as: UTF8.self))
    }

    /// Graphviz `dot`, when installed.
    static let dot: URL? = find("dot")

    /// `python3`, when installed (the CSV checks need only its standard library).
    static let python: URL? = find("python3")

    /// Runs a Python `script` with the text of `files` written to temporary files, whose paths
    /// are `sys.argv[1...]`; returns what it printed, failing the test when it fails.
    static func runPython(
        _ python: URL, _ script: String, files: [String],
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> String {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("govgraph-python-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var paths: [String] = []
        for (index, text) in files.enumerated() {
            let file = folder.appendingPathComponent("input-\(index)")
            try Data(text.utf8).write(to: file)
            paths.append(file.path)
        }
        let result = try run(python, ["-c", script] + paths)
        #expect(result.status == 0, "python failed: \(result.stderr)", sourceLocation: sourceLocation)
        return result.stdout
    }

    /// `python3`, when it can import NetworkX 3.4 or later (`node_link_graph(…, edges=)`).
    static let pythonWithNetworkX: URL? = {
        guard let python = find("python3") else { return nil }
        let probe = """
            import sys, networkx
            major, minor = (int(p) for p in networkx.__version__.split(".")[:2])
            sys.exit(0 if (major, minor) >= (3, 4) else 1)
            """
        let result = try? run(python, ["-c", probe])
        return result?.status == 0 ? python : nil
    }()
}
