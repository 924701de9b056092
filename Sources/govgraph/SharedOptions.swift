import ArgumentParser
import Foundation
import GovGraphExtraction
import GovGraphInput
import GovGraphStore

/// Where the graph lives.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: "The SQLite database file.")
    var db: String = "govgraph.sqlite"

    /// Opens an existing database; reading commands never create one.
    func openExisting() throws -> GraphStore {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: db, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw CLIError("no database at \(db); run `govgraph extract FILE` first or pass --db FILE")
        }
        return try GraphStore(path: db)
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
