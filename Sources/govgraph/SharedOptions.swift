import ArgumentParser
import Foundation
import GovGraphExtraction
import GovGraphInput
import GovGraphQuery
import GovGraphStore

/// Where the graph lives.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: "The SQLite database file.")
    var db: String = "govgraph.sqlite"

    /// A folder given as the database is a usage error (exit status 2), found before anything
    /// is read.
    func validate() throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: db, isDirectory: &isDirectory), isDirectory.boolValue {
            throw ValidationError("--db \(db) is a folder; pass the path of a database file, for example \((db as NSString).appendingPathComponent("govgraph.sqlite"))")
        }
    }

    /// Opens an existing database; reading commands never create one.
    func openExisting() throws -> GraphStore {
        try checkExists()
        return try GraphStore.open(path: db)
    }

    /// Opens an existing database read-only, for commands that only read: the file is not
    /// changed, and a database the user may only read can be read.
    func openForReading() throws -> GraphStore {
        try checkExists()
        return try GraphStore.openForReading(path: db)
    }

    private func checkExists() throws {
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
