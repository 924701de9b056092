import GovGraphModel
import Testing

@testable import GovGraphStore

@Suite("Schema")
struct GraphStoreMigrationsTests {
    @Test("The migration creates the four tables")
    func tables() throws {
        let store = try GraphStore.inMemory()
        let tables = try store.fetchUnchecked(
            sql:
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
        #expect(
            tables == [["document"], ["entity"], ["grdb_migrations"], ["mention"], ["relation"]])
        #expect(
            try store.fetchUnchecked(sql: "SELECT identifier FROM grdb_migrations")
                == [[GraphStore.firstMigrationIdentifier]])
    }

    @Test("Deleting a document deletes its mentions and relations")
    func cascade() throws {
        // Given the corpus
        let store = try Corpus.store()

        // When the Sachsen document is deleted
        try store.executeUnchecked(sql: "DELETE FROM document WHERE id = 'doc-sachsen'")

        // Then its mentions and relations are gone, the others stay
        #expect(
            try store.fetchUnchecked(
                sql: "SELECT COUNT(*) FROM mention WHERE documentId = 'doc-sachsen'") == [["0"]])
        #expect(
            try store.fetchUnchecked(
                sql: "SELECT COUNT(*) FROM relation WHERE documentId = 'doc-sachsen'") == [["0"]])
        #expect(try store.stats().mentions == 11)
        #expect(try store.entity(id: Corpus.kretschmer)?.mentionCount == 0)
    }

    @Test(
        "The schema rejects rows that break its invariants",
        arguments: [
            // a mention of an unknown entity
            """
            INSERT INTO mention(documentId, entityId, start, "end", text)
            VALUES ('doc-ulm', 'person:niemand', 0, 1, 'x')
            """,
            // a relation from an unknown subject
            """
            INSERT INTO relation(documentId, subjectId, objectId, predicate, evidenceStart,
                evidenceEnd, evidenceText)
            VALUES ('doc-ulm', 'person:niemand', 'municipality:08421000', 'co_mentioned', 0, 1, 'x')
            """,
            // a relation to an unknown object
            """
            INSERT INTO relation(documentId, subjectId, objectId, predicate, evidenceStart,
                evidenceEnd, evidenceText)
            VALUES ('doc-ulm', 'municipality:08421000', 'person:niemand', 'co_mentioned', 0, 1, 'x')
            """,
            // the same mention twice
            """
            INSERT INTO mention(documentId, entityId, start, "end", text)
            SELECT documentId, entityId, start, "end", text FROM mention
            """,
            // the same co-mention (NULL role key) twice
            """
            INSERT INTO relation(documentId, subjectId, objectId, predicate, evidenceStart,
                evidenceEnd, evidenceText)
            SELECT documentId, subjectId, objectId, predicate, evidenceStart, evidenceEnd,
                evidenceText
            FROM relation WHERE predicate = 'co_mentioned' LIMIT 1
            """,
            // an entity without a name
            "INSERT INTO entity(id, type) VALUES ('person:x', 'person')",
            // a mention ending before it starts
            """
            INSERT INTO mention(documentId, entityId, start, "end", text)
            VALUES ('doc-ulm', 'municipality:08421000', 5, 1, 'x')
            """,
        ])
    func invariants(sql: String) throws {
        // Given the corpus
        let store = try Corpus.store()

        // When a statement that breaks an invariant runs
        // Then SQLite refuses it with a constraint error
        let error = #expect(throws: GraphStoreError.self) { try store.executeUnchecked(sql: sql) }
        guard case .sqlite(_, let code, _) = error else {
            Issue.record("expected an SQLite error, got \(String(describing: error))")
            return
        }
        #expect(code == 19)  // SQLITE_CONSTRAINT
    }
}
