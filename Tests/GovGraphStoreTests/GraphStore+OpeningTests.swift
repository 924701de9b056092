import Foundation
import GovGraphModel
import Testing

@testable import GovGraphStore

@Suite("Opening a database file")
struct GraphStoreOpeningTests {
    @Test(
        "A file that is not SQLite is refused and left byte-identical",
        arguments: [
            Data("Leipzig, 1. März: Das ist kein SQLite.\n".utf8),
            Data([0x00, 0xFF, 0x13, 0x37, 0x42]),
            Data(repeating: 0x53, count: 4096),
        ])
    func notSQLite(bytes: Data) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("notes.sqlite")

        // Given a file of garbage bytes
        try bytes.write(to: URL(fileURLWithPath: path))

        // When it is opened as a store
        // Then opening fails with notADatabase, and the folder holds the same single file
        #expect(throws: GraphStoreError.notADatabase(path: path)) { _ = try GraphStore(path: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: directory.url.path) == [
                "notes.sqlite"
            ])
    }

    @Test("An SQLite database of another application is refused and left untouched")
    func foreignDatabase() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("other.sqlite")

        // Given an SQLite file with a foreign table and no govgraph migrations
        try GraphStore.executeUnchecked(
            path: path,
            sql: "CREATE TABLE invoice(id INTEGER PRIMARY KEY, amount REAL); "
                + "INSERT INTO invoice(amount) VALUES (12.5)")
        let before = try Data(contentsOf: URL(fileURLWithPath: path))

        // When it is opened as a store
        // Then opening fails naming the foreign table, and the file is unchanged
        #expect(throws: GraphStoreError.notAGraphDatabase(path: path, tables: ["invoice"])) {
            _ = try GraphStore(path: path)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test("A database written by a newer govgraph is refused and left untouched")
    func newerDatabase() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("graph.sqlite")

        // Given a govgraph database with one more applied migration than this version knows
        do {
            let store = try GraphStore(path: path)
            try store.save(Corpus.ulmDocument)
        }
        try GraphStore.executeUnchecked(
            path: path, sql: "INSERT INTO grdb_migrations(identifier) VALUES ('v9-from-the-future')"
        )
        let before = try Data(contentsOf: URL(fileURLWithPath: path))

        // When it is opened
        // Then opening fails naming the unknown migration, and the file is unchanged
        #expect(
            throws: GraphStoreError.newerSchema(
                path: path, unknownMigrations: ["v9-from-the-future"])
        ) {
            _ = try GraphStore(path: path)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test("A directory is refused")
    func directoryPath() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }

        // Given the path of a directory
        let path = directory.url.path

        // When it is opened as a store
        // Then opening fails with isDirectory
        #expect(throws: GraphStoreError.isDirectory(path: path)) { _ = try GraphStore(path: path) }
    }

    @Test("A file in a missing folder is refused and nothing is created")
    func missingFolder() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }

        // Given a path inside a folder that does not exist
        let path = directory.path("missing/graph.sqlite")

        // When it is opened as a store
        // Then opening fails naming the folder, and the folder is still missing
        let error = #expect(throws: GraphStoreError.self) { _ = try GraphStore(path: path) }
        guard case .cannotOpen(let failedPath, let reason) = error else {
            Issue.record("expected cannotOpen, got \(String(describing: error))")
            return
        }
        #expect(failedPath == path)
        #expect(reason.contains(directory.path("missing")))
        #expect(!FileManager.default.fileExists(atPath: directory.path("missing")))
    }

    @Test("An empty file and a new path both become govgraph databases")
    func emptyFileAndNewPath() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let emptyPath = directory.path("empty.sqlite")
        #expect(FileManager.default.createFile(atPath: emptyPath, contents: Data()))

        // Given an empty file and a path where no file exists yet
        // When both are opened and a document is saved in each
        for path in [emptyPath, directory.path("new.sqlite")] {
            let store = try GraphStore(path: path)
            try store.save(Corpus.ulmDocument)

            // Then each holds the document
            #expect(try store.stats().documents == 1)
        }
    }

    @Test("A govgraph database without documents opens again")
    func emptyGovGraphDatabase() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("graph.sqlite")

        // Given a migrated but empty database
        _ = try GraphStore(path: path)

        // When it is opened again
        // Then it opens and is empty
        #expect(try GraphStore(path: path).stats().documents == 0)
    }
}

@Suite("Opening a database for reading only")
struct GraphStoreReadOnlyOpeningTests {
    /// The database file and its side files (WAL, shared memory), byte for byte.
    static func snapshot(_ directory: TemporaryDirectory, _ name: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: directory.path(name)))
    }

    @Test("Reading changes no byte of the database, also when it is opened many times")
    func unchanged() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("graph.sqlite")
        do {
            let store = try GraphStore(path: path)
            for document in Corpus.all { try store.save(document) }
        }
        let before = try Self.snapshot(directory, "graph.sqlite")
        for _ in 0..<3 {
            let store = try GraphStore.openForReading(path: path)
            #expect(try store.stats().documents == Corpus.all.count)
        }
        #expect(try Self.snapshot(directory, "graph.sqlite") == before)
    }

    @Test("A database the user may only read can be read; writing to it is refused")
    func readOnlyFile() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("graph.sqlite")
        do {
            let store = try GraphStore(path: path)
            try store.save(Corpus.leipzigDocument)
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path) }
        let before = try Self.snapshot(directory, "graph.sqlite")
        let store = try GraphStore.openForReading(path: path)
        #expect(try store.stats().documents == 1)
        #expect(throws: GraphStoreError.self) { try store.save(Corpus.ulmDocument) }
        #expect(try Self.snapshot(directory, "graph.sqlite") == before)
    }

    @Test("A file that is not a govgraph database is refused for reading as for writing")
    func refused() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("notes.sqlite")
        try Data("kein SQLite".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: GraphStoreError.notADatabase(path: path)) { _ = try GraphStore.openForReading(path: path) }
        #expect(throws: GraphStoreError.isDirectory(path: directory.url.path)) {
            _ = try GraphStore.openForReading(path: directory.url.path)
        }
    }
}

@Suite("Opening one new database from several connections at once")
struct GraphStoreConcurrentOpeningTests {
    @Test("Every opener succeeds and the schema is migrated once", arguments: 0..<8)
    func concurrentOpen(round: Int) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("graph-\(round).sqlite")

        // Given four openers racing on a path where no file exists yet
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            do {
                let store = try GraphStore.open(path: path)
                _ = try store.stats()
            } catch {
                failures.add("\(error)")
            }
        }

        // Then none failed, and a store saved afterwards holds the document once
        #expect(failures.all.isEmpty)
        let store = try GraphStore.open(path: path)
        try store.save(Corpus.ulmDocument)
        try store.save(Corpus.ulmDocument)
        #expect(try store.stats().documents == 1)
    }
}

/// Errors collected from several threads.
final class Failures: @unchecked Sendable {
    private var messages: [String] = []
    private let lock = NSLock()
    func add(_ message: String) { lock.withLock { messages.append(message) } }
    var all: [String] { lock.withLock { messages } }
}
