import Foundation
import Testing

/// `govgraph serve` end to end: the built binary on a graph of sample articles written for
/// these tests (Fixtures/serve/explorer-page.txt).
@Suite(.serialized) struct ServeTests {
    static let page = CLI.root.appendingPathComponent("Tests/GovGraphCLITests/Fixtures/serve/explorer-page.txt")
    static let browserScript = CLI.root.appendingPathComponent("Tests/GovGraphCLITests/Fixtures/serve/browser_test.py")

    @Test func servesLogsAndStopsOnSIGTERM() async throws {
        // Given a graph, when serve runs, then it answers the API and the pages, logs one line
        // per request, and exits with status 0 on SIGTERM.
        let db = try CLI.database(with: [Self.page])
        let server = try ServerProcess(["--db", db])
        let stats = try await server.get("/api/stats")
        #expect(stats.status == 200)
        #expect(stats.body.contains("\"documents\" : 3"))
        let entity = try await server.get("/entity/Leipzig")
        #expect(entity.status == 200)
        #expect(entity.body.contains("Burkhard Jung"))
        let missing = try await server.get("/api/entities/Leipzgi")
        #expect(missing.status == 404)
        #expect(server.stop() == 0)
        let requests = server.log.split(separator: "\n").filter { $0.contains(" GET /") }
        #expect(requests.count == 3, "\(server.log)")
        #expect(requests.last?.contains("GET /api/entities/Leipzgi 404") == true)
    }

    @Test func databaseIsNotChanged() async throws {
        // Given a read-only database file, when serve runs on it, then it answers and the file
        // is unchanged.
        let db = try CLI.database(with: [Self.page])
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: db)
        let before = try Data(contentsOf: URL(fileURLWithPath: db))
        let server = try ServerProcess(["--db", db])
        #expect(try await server.get("/api/entities/Leipzig").status == 200)
        server.stop()
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
    }

    @Test func portInUseIsOneLineError() throws {
        // Given a server on a port, when a second one is started on the same port, then it
        // fails with a one-line message and a non-zero status.
        let db = try CLI.database(with: [Self.page])
        let server = try ServerProcess(["--db", db])
        defer { server.stop() }
        let port = try #require(server.address.split(separator: ":").last?.dropLast())
        let second = try CLI.run(["serve", "--db", db, "--port", String(port)])
        #expect(second.status != 0)
        #expect(second.stderr.contains("Error: cannot listen on 127.0.0.1:\(port): the port is in use"), "\(second.stderr)")
    }

    @Test(arguments: [
        (["serve", "--db", "/nonexistent/g.sqlite"], "no database at /nonexistent/g.sqlite"),
        (["serve", "--port", "70000"], "--port must be between 0 and 65535"),
    ])
    func badInputIsOneLineError(arguments: [String], message: String) throws {
        let result = try CLI.run(arguments)
        #expect(result.status != 0)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").first?.hasPrefix("Error: ") == true)
    }

    /// Whether Chromium, its driver and selenium are there.
    static let hasBrowser: Bool = {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        let has = { (name: String) in paths.contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(name)") } }
        guard has("chromedriver"), has("chromium") || has("chromium-browser") else { return false }
        return (try? CLI.runPython(["-c", "import selenium"]).status) == 0
    }()

    @Test(.enabled(if: hasBrowser, "needs chromium, chromium-driver and selenium (.ci/run installs them)"))
    func browserWalksThroughThePages() async throws {
        // Given a server on the sample articles, when headless Chromium opens the start page,
        // searches, follows a result, clicks a node of the diagram and opens a document, then
        // each page shows what it should (see browser_test.py).
        let db = try CLI.database(with: [Self.page])
        let server = try ServerProcess(["--db", db])
        defer { server.stop() }
        let result = try CLI.runPython([Self.browserScript.path, server.address])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("ok: a click on a diagram node opens its page"))
        #expect(result.stdout.contains("ok: the document page shows the article text"))
    }
}

extension CLI {
    /// Runs `python3 arguments…`.
    static func runPython(_ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let errors = ErrorCollector(err.fileHandleForReading)
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: data, as: UTF8.self),
            stderr: String(decoding: errors.wait(), as: UTF8.self))
    }
}
