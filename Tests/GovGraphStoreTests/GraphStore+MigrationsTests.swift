import GovGraphModel
import Testing

@testable import GovGraphStore

@Suite("Schema")
struct GraphStoreMigrationsTests {
    static let allMigrations = [
        [GraphStore.firstMigrationIdentifier], [GraphStore.secondMigrationIdentifier],
        [GraphStore.thirdMigrationIdentifier], [GraphStore.fourthMigrationIdentifier],
        [GraphStore.fifthMigrationIdentifier], [GraphStore.sixthMigrationIdentifier],
    ]

    @Test("A v3 database is upgraded on opening: its insert triggers go, counts and search stay right")
    func upgradeFromV3() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("v3.sqlite")

        // Given a database with three migrations, holding an article v3 saved with its triggers
        try GraphStore.migrateUnchecked(path: path, upTo: GraphStore.thirdMigrationIdentifier)
        try GraphStore.executeUnchecked(
            path: path,
            sql: """
                INSERT INTO document(id, source, title, date, start, "end") VALUES
                    ('doc-a', 'alt/a.txt', 'Städtetag', '2019-10-31', 0, 60);
                INSERT INTO entity(id, name, type, keys) VALUES
                    ('person:burkhard-jung', 'Burkhard Jung', 'person', '{}');
                INSERT INTO mention(documentId, entityId, start, "end", text) VALUES
                    ('doc-a', 'person:burkhard-jung', 0, 13, 'Burkhard Jung');
                INSERT INTO passage(documentId, kind, start, "end", text) VALUES
                    ('doc-a', 'sentence', 0, 60, 'Burkhard Jung leitet den Städtetag.');
                """)

        // When the current store opens it and saves more documents
        let store = try GraphStore(path: path)
        try store.save(Corpus.leipzigDocument)
        try store.ingest([SourceReplacement(source: "neu.txt", documents: Corpus.staedtetagHistory)])

        // Then the insert triggers are gone, the other triggers stay, and counts and search
        // cover the old and the new rows
        #expect(
            try store.fetchUnchecked(sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid")
                == Self.allMigrations)
        let triggers = try store.fetchUnchecked(
            sql: "SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name")
        #expect(
            triggers == [
                ["__passage_fts_ad"], ["__passage_fts_au"], ["mention_counts_after_delete"],
                ["mention_counts_after_update"],
            ])
        let jung: EntitySummary? = try store.entity(id: Corpus.jung)
        #expect(jung?.documentCount == 3)
        #expect(try store.search("leitet").map(\.documentID) == ["doc-a"])
        #expect(try store.search("folgt").map(\.documentID) == ["doc-dst-2026"])
        #expect(try Self.countMismatches(store) == [])
        try Self.checkSearchIndex(store)
    }

    @Test("A v4 database is upgraded on opening: its relations keep no rule, new ones name theirs")
    func upgradeFromV4() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("v4.sqlite")

        // Given a database with four migrations, holding a relation stored without a rule
        try GraphStore.migrateUnchecked(path: path, upTo: GraphStore.fourthMigrationIdentifier)
        try GraphStore.executeUnchecked(
            path: path,
            sql: """
                INSERT INTO document(id, source, title, date, start, "end") VALUES
                    ('doc-a', 'alt/a.txt', 'Städtetag', '2019-10-31', 0, 60);
                INSERT INTO entity(id, name, type, keys) VALUES
                    ('person:burkhard-jung', 'Burkhard Jung', 'person', '{}'),
                    ('organization:deutscher-staedtetag', 'Deutscher Städtetag', 'organization', '{}');
                INSERT INTO relation(documentId, subjectId, objectId, predicate, role, roleKey, status,
                    date, evidenceStart, evidenceEnd, evidenceText) VALUES
                    ('doc-a', 'person:burkhard-jung', 'organization:deutscher-staedtetag', 'holds_role',
                     'Präsident', 'präsident', 'current', '2019-10-31', 0, 60, 'Burkhard Jung leitet den Städtetag.');
                """)

        // When the current store opens it and saves a document whose relation names its rule
        let store = try GraphStore(path: path)
        var document = Corpus.leipzigDocument
        for index in document.relations.indices { document.relations[index].evidence.rule = "role.test-rule" }
        try store.save(document)

        // Then the old relation has no rule and the new ones have theirs
        #expect(
            try store.fetchUnchecked(sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid")
                == Self.allMigrations)
        #expect(try store.fetchUnchecked(sql: "SELECT rule FROM relation WHERE documentId = 'doc-a'") == [[nil]])
        let rules = try store.fetchUnchecked(sql: "SELECT DISTINCT rule FROM relation WHERE documentId <> 'doc-a'")
        #expect(!document.relations.isEmpty)
        #expect(rules == [["role.test-rule"]])
    }

    @Test("A v5 database is upgraded on opening: its documents keep their rows and have no text, new ones have theirs")
    func upgradeFromV5() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("v5.sqlite")

        // Given a database with five migrations, holding a document with a mention
        try GraphStore.migrateUnchecked(path: path, upTo: GraphStore.fifthMigrationIdentifier)
        try GraphStore.executeUnchecked(
            path: path,
            sql: """
                INSERT INTO document(id, source, title, date, start, "end") VALUES
                    ('doc-a', 'alt/a.txt', 'Städtetag', '2019-10-31', 0, 60);
                INSERT INTO entity(id, name, type, keys, mentionCount, documentCount) VALUES
                    ('person:burkhard-jung', 'Burkhard Jung', 'person', '{}', 1, 1);
                INSERT INTO mention(documentId, entityId, start, "end", text) VALUES
                    ('doc-a', 'person:burkhard-jung', 0, 13, 'Burkhard Jung');
                INSERT INTO passage(documentId, kind, start, "end", text) VALUES
                    ('doc-a', 'sentence', 0, 35, 'Burkhard Jung leitet den Städtetag.');
                """)

        // When the current store opens it and saves a document with its text
        let store = try GraphStore(path: path)
        try store.save(Corpus.leipzigDocument)

        // Then every migration is applied, the old document keeps its row, passage and mention
        // and has no text, and the new one has its text
        #expect(
            try store.fetchUnchecked(sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid")
                == Self.allMigrations)
        #expect(
            try store.fetchUnchecked(sql: #"SELECT id, source, title, date, start, "end", text FROM document WHERE id = 'doc-a'"#)
                == [["doc-a", "alt/a.txt", "Städtetag", "2019-10-31", "0", "60", nil]])
        let old = try #require(try store.document(id: "doc-a"))
        #expect(old.text == nil)
        #expect(old.mentions.map(\.text) == ["Burkhard Jung"])
        #expect(old.passages.map(\.text) == ["Burkhard Jung leitet den Städtetag."])
        #expect(try store.document(id: Corpus.leipzigDocument.id)?.text == Corpus.leipzigDocument.text)
        let jung: EntitySummary? = try store.entity(id: Corpus.jung)
        #expect(jung?.documentCount == 2)
    }

    /// The entities whose stored counts differ from counting their mentions.
    static func countMismatches(_ store: GraphStore) throws -> [[String?]] {
        try store.fetchUnchecked(
            sql: """
                SELECT e.id FROM entity e
                WHERE e.mentionCount <> (SELECT COUNT(*) FROM mention WHERE entityId = e.id)
                    OR e.documentCount <> (
                        SELECT COUNT(DISTINCT documentId) FROM mention WHERE entityId = e.id)
                """)
    }

    /// Fails unless the full-text index holds exactly the stored passages (FTS5's integrity
    /// check, comparing with the passage table).
    static func checkSearchIndex(_ store: GraphStore) throws {
        try store.executeUnchecked(sql: "INSERT INTO passage_fts(passage_fts, rank) VALUES ('integrity-check', 1)")
    }

    @Test("A v2 database is upgraded on opening: data intact, counts filled in and kept")
    func upgradeFromV2() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("v2.sqlite")

        // Given a database with the first two migrations, holding two articles as v2 wrote them
        try GraphStore.migrateUnchecked(path: path, upTo: GraphStore.secondMigrationIdentifier)
        try GraphStore.executeUnchecked(
            path: path,
            sql: """
                INSERT INTO document(id, source, title, date, start, "end") VALUES
                    ('doc-a', 'alt/a.txt', 'Städtetag', '2019-10-31', 0, 60),
                    ('doc-b', 'alt/b.txt', NULL, '2020-01-15', 0, 50);
                INSERT INTO entity(id, name, type, keys) VALUES
                    ('person:burkhard-jung', 'Burkhard Jung', 'person', '{}'),
                    ('municipality:14713000', 'Leipzig', 'municipality', '{"ags":"14713000"}');
                INSERT INTO mention(documentId, entityId, start, "end", text) VALUES
                    ('doc-a', 'person:burkhard-jung', 0, 13, 'Burkhard Jung'),
                    ('doc-a', 'person:burkhard-jung', 40, 44, 'Jung'),
                    ('doc-a', 'municipality:14713000', 20, 27, 'Leipzig'),
                    ('doc-b', 'person:burkhard-jung', 0, 13, 'Burkhard Jung');
                INSERT INTO relation(documentId, subjectId, objectId, predicate, role, roleKey,
                    status, date, evidenceStart, evidenceEnd, evidenceText) VALUES
                    ('doc-a', 'person:burkhard-jung', 'municipality:14713000', 'holds_role',
                     'Oberbürgermeister', 'oberbürgermeister', 'current', '2019-10-31', 0, 60,
                     'Burkhard Jung, Oberbürgermeister von Leipzig, sprach in Berlin.');
                """)

        // When the current store opens it
        let store = try GraphStore(path: path)

        // Then every migration is applied, the rows are intact and the counts are filled in
        #expect(
            try store.fetchUnchecked(sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid")
                == Self.allMigrations)
        let stats = try store.stats()
        #expect(stats.documents == 2)
        #expect(stats.mentions == 4)
        let jung: EntitySummary? = try store.entity(id: Corpus.jung)
        #expect(jung?.mentionCount == 3)
        #expect(jung?.documentCount == 2)
        let leipzig: EntitySummary? = try store.entity(id: Corpus.leipzig)
        #expect(leipzig?.mentionCount == 1)
        #expect(leipzig?.keys == ["ags": "14713000"])
        let holders = try store.roleHolders(role: "OB", of: Corpus.leipzig).map(\.person.id)
        #expect(holders == [Corpus.jung])

        // and the counts follow new documents and removals
        try store.save(Corpus.leipzigDocument)
        #expect(try store.entity(id: Corpus.jung)?.documentCount == 3)
        try store.remove(documentID: "doc-a")
        let after: EntitySummary? = try store.entity(id: Corpus.jung)
        #expect(after?.mentionCount == 2)
        #expect(after?.documentCount == 2)
    }

    @Test("Stored counts equal counting the mentions, after saves, removals and raw deletes")
    func countsMatchMentions() throws {
        // Given the corpus and the Städtetag history, one document removed, one deleted raw
        let store = try Corpus.store(Corpus.all + Corpus.staedtetagHistory)
        try store.remove(documentID: "doc-sachsen")
        try store.executeUnchecked(sql: "DELETE FROM document WHERE id = 'doc-dst-2026'")
        try store.executeUnchecked(
            sql: "DELETE FROM mention WHERE id = (SELECT MIN(id) FROM mention)")

        // When the stored counts are compared with counts over the mentions
        let mismatches = try Self.countMismatches(store)

        // Then they agree for every entity
        #expect(mismatches == [])
        let total = try store.fetchUnchecked(sql: "SELECT SUM(mentionCount) FROM entity")
        #expect(total == [[String(try store.stats().mentions)]])
    }

    @Test("The path search reads relations through the covering edge indexes")
    func edgeIndexes() throws {
        let store = try GraphStore.inMemory()
        let indexes = try store.fetchUnchecked(
            sql: """
                SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'relation'
                    AND name NOT LIKE 'sqlite_%' ORDER BY name
                """)
        #expect(
            indexes == [
                ["relation_on_edge_and_evidence"], ["relation_on_object_edge"],
                ["relation_on_subject_edge"],
            ])
    }
    @Test("The migrations create the tables and the full-text index")
    func tables() throws {
        let store = try GraphStore.inMemory()
        let tables = try store.fetchUnchecked(
            sql: """
                SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
                    AND name NOT LIKE 'passage_fts_%'
                ORDER BY name
                """
        )
        #expect(
            tables == [
                ["document"], ["entity"], ["grdb_migrations"], ["mention"], ["passage"],
                ["passage_fts"], ["relation"],
            ])
        #expect(
            try store.fetchUnchecked(sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid")
                == Self.allMigrations)
    }

    @Test("A v1 database is upgraded on opening: data intact, roles current, passages searchable")
    func upgradeFromV1() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("v1.sqlite")

        // Given a database with only the first migration, holding one article as v1 wrote it
        try GraphStore.migrateUnchecked(path: path, upTo: GraphStore.firstMigrationIdentifier)
        try GraphStore.executeUnchecked(
            path: path,
            sql: """
                INSERT INTO document(id, source, title, date, start, "end")
                VALUES ('doc-v1', 'alt/seite.txt', 'Städtetag wählt neuen Präsidenten', '2019-10-31', 0, 77);
                INSERT INTO entity(id, name, type, keys) VALUES
                    ('person:burkhard-jung', 'Burkhard Jung', 'person', '{}'),
                    ('organization:deutscher-staedtetag', 'Deutscher Städtetag', 'organization', '{}');
                INSERT INTO mention(documentId, entityId, start, "end", text) VALUES
                    ('doc-v1', 'person:burkhard-jung', 0, 13, 'Burkhard Jung'),
                    ('doc-v1', 'organization:deutscher-staedtetag', 51, 72, 'Deutschen Städtetages');
                INSERT INTO relation(documentId, subjectId, objectId, predicate, role, roleKey, date,
                    evidenceStart, evidenceEnd, evidenceText) VALUES
                    ('doc-v1', 'person:burkhard-jung', 'organization:deutscher-staedtetag',
                     'holds_role', 'Präsident', 'präsident', '2019-10-31', 0, 77,
                     'Burkhard Jung ist seit Herbst Präsident des Deutschen Städtetages in Berlin.'),
                    ('doc-v1', 'organization:deutscher-staedtetag', 'person:burkhard-jung',
                     'co_mentioned', NULL, NULL, '2019-10-31', 0, 77,
                     'Burkhard Jung ist seit Herbst Präsident des Deutschen Städtetages in Berlin.');
                """)

        // When the current store opens it
        let store = try GraphStore(path: path)

        // Then both migrations are applied and the data is intact
        #expect(
            try store.fetchUnchecked(sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid")
                == Self.allMigrations)
        let stats = try store.stats()
        #expect(stats.documents == 1)
        #expect(stats.mentions == 2)
        #expect(stats.relationsByPredicate == [.holdsRole: 1, .coMentioned: 1])
        // and upgraded: the role is current, the co-mention has no status
        let links = try store.links(of: Corpus.jung)
        #expect(links.map(\.status) == [.current, nil])
        #expect(
            try store.roleHolders(role: "Präsidentin", of: Corpus.staedtetag).map(\.person.id)
                == [Corpus.jung])
        // and the sentence and the title are searchable
        let sentence = try store.search("Herbst")
        #expect(sentence.map(\.kind) == [.sentence])
        #expect(Set(sentence.flatMap(\.entities).map(\.id)) == [Corpus.jung, Corpus.staedtetag])
        #expect(try store.search("wählt").map(\.kind) == [.title])
        // and new documents are saved next to the old ones
        #expect(try store.save(Corpus.leipzigDocument) == .inserted)
        let jung: EntitySummary? = try store.entity(id: Corpus.jung)
        #expect(jung?.documentCount == 2)
    }

    @Test("Deleting a document also deletes its passages from the full-text index")
    func cascadePassages() throws {
        // Given the Städtetag history
        let store = try Corpus.store(Corpus.staedtetagHistory)
        #expect(try store.search("Vizepräsidentin").count == 3)

        // When the 2026 document is deleted by raw SQL
        try store.executeUnchecked(sql: "DELETE FROM document WHERE id = 'doc-dst-2026'")

        // Then its passages are gone from the table and from the index
        #expect(
            try store.fetchUnchecked(
                sql: "SELECT COUNT(*) FROM passage WHERE documentId = 'doc-dst-2026'") == [["0"]])
        #expect(try store.search("Vizepräsidentin").map(\.documentID) == ["doc-bonn-2025"])
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
            // a status that is not current, new or former
            "UPDATE relation SET status = 'acting' WHERE predicate = 'holds_role'",
            // a passage of an unknown document
            """
            INSERT INTO passage(documentId, kind, start, "end", text)
            VALUES ('doc-niemand', 'sentence', 0, 1, 'x')
            """,
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
