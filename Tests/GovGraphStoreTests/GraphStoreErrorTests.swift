import GovGraphModel
import Testing

@testable import GovGraphStore

@Suite("Error messages")
struct GraphStoreErrorTests {
    @Test(
        "Messages name the file and what is wrong",
        arguments: [
            (GraphStoreError.isDirectory(path: "/tmp/data"), "/tmp/data: is a directory"),
            (.notADatabase(path: "notes.txt"), "notes.txt: not an SQLite database"),
            (
                .notAGraphDatabase(path: "other.db", tables: ["invoice"]),
                "other.db: an SQLite database, but not a govgraph one (it has the tables invoice and"
            ),
            (
                .newerSchema(path: "g.sqlite", unknownMigrations: ["v2"]),
                "g.sqlite: the database was written by a newer govgraph (unknown migrations: v2)"
            ),
            (
                .cannotOpen(path: "x/g.sqlite", reason: "the folder x does not exist"),
                "x/g.sqlite: cannot open the database: the folder x does not exist"
            ),
            (
                .unknownEntity(path: ":memory:", documentID: "abc", entityID: "person:x"),
                ":memory:: document abc has a relation to person:x"
            ),
            (
                .sqlite(path: "g.sqlite", code: 19, message: "UNIQUE constraint failed"),
                "g.sqlite: SQLite error 19: UNIQUE constraint failed"
            ),
        ])
    func message(error: GraphStoreError, prefix: String) {
        #expect(error.description.hasPrefix(prefix))
    }

    @Test("A long stored value is cut short in the message")
    func longValue() {
        let article = String(repeating: "Der Stadtrat hat beschlossen. ", count: 100)
        let error = GraphStoreError.invalidStoredValue(
            path: "g.sqlite", table: "entity", column: "type", value: article)
        #expect(error.description.count < 250)
    }

    @Test("A file with many tables lists only a few of them")
    func manyTables() {
        let error = GraphStoreError.notAGraphDatabase(
            path: "o.db", tables: (1...40).map { "t\($0)" })
        #expect(error.description.contains("t1, t2, t3, t4, t5, …"))
        #expect(!error.description.contains("t6"))
    }
}
