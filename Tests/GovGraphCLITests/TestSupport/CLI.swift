import Foundation

/// Runs the built `govgraph` binary.
enum CLI {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The package root (the folder with Package.swift).
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared` beside the checkout, when it exists.
    static let shared = root.deletingLastPathComponent().appendingPathComponent("shared")

    static var sharedSeed: URL { shared.appendingPathComponent("seeds/000_387c2cf068157f30.txt") }
    static var sharedGold: URL { shared.appendingPathComponent("eval/seed-gold.json") }
    static var hasShared: Bool { FileManager.default.fileExists(atPath: sharedGold.path) }

    static let sample = root.appendingPathComponent("gazetteer/sample/news-page.txt")

    /// Two dated items written for these tests: Jung Präsident (2019), Kalisch Vizepräsidentin (2026).
    static let staedtetagPage = root.appendingPathComponent("Tests/GovGraphCLITests/Fixtures/staedtetag-page.txt")

    /// A fresh database holding the extraction of `files`.
    static func database(with files: [URL]) throws -> String {
        let db = try temporaryFolder().appendingPathComponent("g.sqlite").path
        let result = try run(["extract"] + files.map(\.path) + ["--db", db])
        guard result.status == 0 else { throw CLIFailure(message: result.stderr) }
        return db
    }

    struct CLIFailure: Error { var message: String }

    /// The binary next to the test bundle (`swift test` builds it), or in `.build/debug`.
    static let binary: URL = {
        let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("govgraph")
        if FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
        return root.appendingPathComponent(".build/debug/govgraph")
    }()

    /// The cache folder of the binaries this test process runs.
    static let cacheFolder: URL = FileManager.default.temporaryDirectory
        .appendingPathComponent("govgraph-tests-cache-\(ProcessInfo.processInfo.processIdentifier)")

    /// Runs the binary with `arguments` in `directory`, feeding `input` to standard input.
    @discardableResult
    static func run(_ arguments: [String], in directory: URL? = nil, input: Data? = nil,
                    environment: [String: String] = [:]) throws -> Result
    {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? root
        var env = ProcessInfo.processInfo.environment
        // The compiled gazetteers of the tests' temporary folders go to one cache folder of this
        // test run, not to the user's.
        env["XDG_CACHE_HOME"] = cacheFolder.path
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        let inPipe = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inPipe
        try process.run()
        if let input { inPipe.fileHandleForWriting.write(input) }
        try inPipe.fileHandleForWriting.close()
        // Read both pipes before waiting, so that a large output cannot block the child.
        let errors = ErrorCollector(err.fileHandleForReading)
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errors.wait(), as: UTF8.self))
    }

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("govgraph-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// Reads a pipe to its end on another thread.
final class ErrorCollector: @unchecked Sendable {
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

/// The parts of `extract --json` the tests read.
struct ExtractOutput: Decodable {
    struct Document: Decodable {
        var id: String
        var source: String
        var title: String?
        var date: String?
        var entities: [Entity]
        var relations: [Relation]
    }
    struct Entity: Decodable {
        var id: String
        var name: String
        var type: String
        var keys: [String: String]
        var mentions: [Mention]
    }
    struct Mention: Decodable {
        var text: String
        var start: Int
        var end: Int
    }
    struct Relation: Decodable {
        var subject: String
        var predicate: String
        var role: String?
        var status: String?
        var object: String
        var date: String?
        var evidence: Evidence
    }
    struct Evidence: Decodable {
        var start: Int
        var end: Int
        var text: String
    }
    var documents: [Document]

    static func decode(_ json: String) throws -> ExtractOutput {
        try JSONDecoder().decode(ExtractOutput.self, from: Data(json.utf8))
    }
}
