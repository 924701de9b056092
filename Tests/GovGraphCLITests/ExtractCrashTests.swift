import Foundation
import Testing

/// Crash safety and concurrent writers: kill -9 at random moments, two processes on one file.
@Suite("govgraph extract: crash safety and concurrent writers", .serialized)
struct ExtractCrashTests {
    static let people = [
        "Hessens Digitalministerin Kristina Sinemus besuchte Darmstadt",
        "Leipzigs Oberbürgermeister Burkhard Jung sprach in Dresden",
        "Bayerns Digitalminister Fabian Mehring eröffnete ein Amt in Kitzingen",
        "DLT-Präsident Reinhard Sager verwies auf die Kosten der Kreise",
        "Bonns Oberbürgermeisterin Katja Dörner stellte das Bürgeramt in Bonn vor",
    ]

    /// A JSON-lines file of `count` distinct articles.
    static func corpus(_ count: Int, prefix: String, in folder: URL) throws -> URL {
        var lines = ""
        for index in 0..<count {
            let text = "\(people[index % people.count]). Es war Meldung \(index) der Reihe \(prefix)."
            let day = index % 28 + 1
            lines += "{\"id\": \"\(prefix)-\(index)\", \"title\": \"\(prefix) \(index)\", \"date\": \"2024-03-\(day < 10 ? "0" : "")\(day)\", \"text\": \"\(text)\"}\n"
        }
        let url = folder.appendingPathComponent("\(prefix).jsonl")
        try Data(lines.utf8).write(to: url)
        return url
    }

    /// Starts the binary without waiting for it.
    static func start(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = arguments
        process.currentDirectoryURL = CLI.root
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Row counts that would grow with duplicates.
    static func counts(_ db: String) throws -> [String] {
        try SQLiteShell.query(db, """
            SELECT (SELECT COUNT(*) FROM document) || ' ' || (SELECT COUNT(*) FROM mention) || ' ' ||
                   (SELECT COUNT(*) FROM relation) || ' ' || (SELECT COUNT(*) FROM entity)
            """)
    }

    @Test("kill -9 at random moments leaves a sound database, and a re-run completes it without duplicates")
    func killed() throws {
        let folder = try CLI.temporaryFolder()
        let corpus = try Self.corpus(600, prefix: "krach", in: folder)
        let reference = folder.appendingPathComponent("reference.sqlite").path
        let clean = try CLI.run(["extract", corpus.path, "--db", reference, "--quiet"])
        #expect(clean.status == 0, "\(clean.stderr)")

        let db = folder.appendingPathComponent("g.sqlite").path
        var generator = SystemRandomNumberGenerator()
        for round in 0..<4 {
            let process = try Self.start(["extract", corpus.path, "--db", db, "--quiet"])
            let delay = Double.random(in: 0.3...2.5, using: &generator)
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            guard FileManager.default.fileExists(atPath: db) else { continue }
            let integrity = try SQLiteShell.query(db, "PRAGMA integrity_check")
            #expect(integrity == ["ok"], "round \(round), killed after \(delay) s")
        }
        let rerun = try CLI.run(["extract", corpus.path, "--db", db, "--quiet"])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(try SQLiteShell.query(db, "PRAGMA integrity_check") == ["ok"])
        #expect(try SQLiteShell.searchIndexIsSound(db))
        #expect(try Self.counts(db) == Self.counts(reference))
        #expect(try SQLiteShell.query(db, "SELECT COUNT(*) FROM document") == ["600"])
    }

    @Test("Two processes writing to one new database at once both succeed and lose nothing")
    func twoWriters() throws {
        let folder = try CLI.temporaryFolder()
        let first = try Self.corpus(250, prefix: "erste", in: folder)
        let second = try Self.corpus(250, prefix: "zweite", in: folder)
        let shared = try Self.corpus(50, prefix: "gemeinsam", in: folder)
        let db = folder.appendingPathComponent("g.sqlite").path
        let a = try Self.start(["extract", first.path, shared.path, "--db", db, "--quiet"])
        let b = try Self.start(["extract", shared.path, second.path, "--db", db, "--quiet"])
        a.waitUntilExit()
        b.waitUntilExit()
        #expect(a.terminationStatus == 0)
        #expect(b.terminationStatus == 0)
        #expect(try SQLiteShell.query(db, "SELECT COUNT(*) FROM document") == ["550"])
        #expect(try SQLiteShell.query(db, "PRAGMA integrity_check") == ["ok"])
        #expect(try SQLiteShell.searchIndexIsSound(db))

        let reference = folder.appendingPathComponent("reference.sqlite").path
        _ = try CLI.run(["extract", first.path, shared.path, second.path, "--db", reference, "--quiet"])
        #expect(try Self.counts(db) == Self.counts(reference))
    }

    @Test("The documents are the same, in the same order, on one thread and on several")
    func sameOnAnyNumberOfThreads() throws {
        let folder = try CLI.temporaryFolder()
        let corpus = try Self.corpus(300, prefix: "reihe", in: folder)
        let one = try CLI.run(["extract", corpus.path, CLI.sample.path, "--json", "--no-store", "--jobs", "1"])
        let four = try CLI.run(["extract", corpus.path, CLI.sample.path, "--json", "--no-store", "--jobs", "4"])
        #expect(one.status == 0 && four.status == 0)
        #expect(one.stdout == four.stdout)
        #expect(try ExtractOutput.decode(one.stdout).documents.count == 307)
    }
}

/// Runs the `sqlite3` command-line shell on a database.
enum SQLiteShell {
    static func query(_ db: String, _ sql: String) throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sqlite3", db, sql]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    /// Whether the full-text index holds exactly the stored passages (FTS5's integrity check
    /// against the passage table; the shell stops at its error).
    static func searchIndexIsSound(_ db: String) throws -> Bool {
        let sql = "INSERT INTO passage_fts(passage_fts, rank) VALUES ('integrity-check', 1); SELECT 'sound';"
        return try query(db, sql) == ["sound"]
    }
}
