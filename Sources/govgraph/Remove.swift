import ArgumentParser
import GovGraphModel
import GovGraphQuery
import GovGraphStore

struct Remove: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Remove a document and everything only it supported.",
        discussion: """
            Its mentions, relations and search passages are deleted, and so are entities no other \
            document mentions or links. Document ids are shown by `query search` and in the evidence \
            of `query --json`.
            """)

    @Argument(help: "The document's id.")
    var documentID: String

    @OptionGroup var database: DatabaseOptions

    @Flag(help: "Print what was removed as JSON.")
    var json = false

    func run() throws {
        let store = try database.openExisting()
        guard let removed = try store.remove(documentID: documentID) else {
            throw CLIError("no document \(documentID) in \(database.displayName); `govgraph query search WORD` shows document ids")
        }
        if json {
            print(try JSONOutput.encode(RemovalJSON(removed)))
            return
        }
        print(
            "removed document \(removed.documentID): \(removed.mentions) mention\(removed.mentions == 1 ? "" : "s"), "
                + "\(removed.relations) relation\(removed.relations == 1 ? "" : "s"), "
                + "\(removed.entities.count) entit\(removed.entities.count == 1 ? "y" : "ies")")
        for id in removed.entities { print("  \(id)") }
    }
}

struct RemovalJSON: Encodable {
    var document: String, mentions: Int, relations: Int, entities: [String]
    init(_ r: RemovalResult) {
        (document, mentions, relations, entities) = (r.documentID, r.mentions, r.relations, r.entities.map(\.rawValue))
    }
}
