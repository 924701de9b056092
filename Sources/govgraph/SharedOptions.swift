import ArgumentParser
import Foundation
import GovGraphExtraction
import GovGraphInput
import GovGraphPostgres
import GovGraphQuery
import GovGraphStore

/// Where the graph lives.
struct DatabaseOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The SQLite database file, or a PostgreSQL database: postgres://user:password@host:port/database (PG* variables fill in what the URL leaves out).",
            valueName: "file-or-url"))
    var db: String = "govgraph.sqlite"

    /// The database as messages name it: the file, or the URL without its password.
    var displayName: String {
        (try? PostgresLocation(url: db)).map(\.description) ?? db
    }

    /// A folder given as the database, or a PostgreSQL URL that cannot be read, is a usage error
    /// (exit status 2), found before anything is read.
    func validate() throws {
        if PostgresLocation.isURL(db) {
            do {
                _ = try PostgresLocation(url: db)
            } catch {
                throw ValidationError("--db \(error)")
            }
            return
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: db, isDirectory: &isDirectory), isDirectory.boolValue {
            throw ValidationError("--db \(db) is a folder; pass the path of a database file, for example \((db as NSString).appendingPathComponent("govgraph.sqlite"))")
        }
    }

    /// Opens the graph `extract` writes into, creating it (a file) or its tables (a PostgreSQL
    /// database) when needed.
    func openForWriting() throws -> any GraphIngesting {
        if PostgresLocation.isURL(db) {
            return try PostgresGraphStore(location: PostgresLocation(url: db))
        }
        return try GraphStore.open(path: db)
    }

    /// Opens an existing graph to change it (`remove`); reading commands never create one.
    func openExisting() throws -> any GraphStoring {
        if let location = try postgresLocation() {
            return try PostgresGraphStore.openForReading(location: location)
        }
        try checkFileExists()
        return try GraphStore.open(path: db)
    }

    /// Opens an existing graph for commands that only read: a file is opened read-only (not
    /// changed, and a database the user may only read can be read); a PostgreSQL database must
    /// already hold a graph.
    func openForReading() throws -> any GraphReading {
        if let location = try postgresLocation() {
            return try PostgresGraphStore.openForReading(location: location)
        }
        try checkFileExists()
        return try GraphStore.openForReading(path: db)
    }

    /// The PostgreSQL database `--db` names, or nil for a file.
    private func postgresLocation() throws -> PostgresLocation? {
        PostgresLocation.isURL(db) ? try PostgresLocation(url: db) : nil
    }

    private func checkFileExists() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: db, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw CLIError("no database at \(db); run `govgraph extract FILE` first or pass --db FILE")
        }
    }
}

/// Where the gazetteer lives.
struct GazetteerOptions: ParsableArguments {
    @Option(name: .long, help: "The gazetteer folder (default: ./gazetteer, or the one of the checkout the binary was built in).")
    var gazetteer: String?

    func folder() throws -> URL { try GazetteerLoader.locate(explicit: gazetteer) }

    func load() throws -> CompiledGazetteer { try GazetteerLoader.load(folder: try folder()) }
}

/// A one-line error for the user.
struct CLIError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

extension ISODate {
    /// Throws a `ValidationError` naming the option unless `value` is nil or a real day written
    /// `YYYY-MM-DD`.
    static func validate(_ value: String?, option: String) throws {
        guard let value else { return }
        guard isValid(value) else {
            throw ValidationError("\(option) \"\(value)\" is not a date; write YYYY-MM-DD, for example 2025-10-10")
        }
    }
}
