internal import GRDB

extension GraphStore {
    /// The identifier of the first migration: a database that has not applied it is not a
    /// govgraph database.
    static let firstMigrationIdentifier = "v1-documents-entities-mentions-relations"

    /// The identifier of the second migration: role status and full-text search.
    static let secondMigrationIdentifier = "v2-relation-status-passage-search"

    /// The identifier of the third migration: stored entity counts and covering indexes for
    /// walking the graph.
    static let thirdMigrationIdentifier = "v3-entity-counts-edge-indexes"

    /// The identifier of the fourth migration: new passages and mention counts are written by
    /// the statements that save a document, not by triggers.
    static let fourthMigrationIdentifier = "v4-counts-and-search-written-per-save"

    /// The identifier of the fifth migration: each relation names the rule that read it.
    static let fifthMigrationIdentifier = "v5-relation-rule"

    /// The identifier of the sixth migration: each document keeps its article text.
    static let sixthMigrationIdentifier = "v6-document-text"

    /// The migrator that defines the schema, one registered migration per schema version.
    ///
    /// The schema carries the invariants: `NOT NULL` where the model is not optional, foreign
    /// keys from mentions and relations to their document (`ON DELETE CASCADE`) and to their
    /// entities, and unique indexes that make saving the same row twice impossible.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration(firstMigrationIdentifier) { db in
            try createDocumentTable(db)
            try createEntityTable(db)
            try createMentionTable(db)
            try createRelationTable(db)
        }
        migrator.registerMigration(secondMigrationIdentifier) { db in
            try addRelationStatus(db)
            try createPassageTables(db)
        }
        migrator.registerMigration(thirdMigrationIdentifier) { db in
            try addEntityCounts(db)
            try replaceRelationEndpointIndexes(db)
        }
        migrator.registerMigration(fourthMigrationIdentifier) { db in
            try dropInsertTriggers(db)
        }
        migrator.registerMigration(fifthMigrationIdentifier) { db in
            try addRelationRule(db)
        }
        migrator.registerMigration(sixthMigrationIdentifier) { db in
            try addDocumentText(db)
        }
        // Migrations of later versions are appended here; never edit a shipped one.
        return migrator
    }

    private static func createDocumentTable(_ db: Database) throws {
        try db.create(table: "document") { t in
            t.primaryKey("id", .text)  // a content hash
            t.column("source", .text).notNull()
            t.column("title", .text)
            t.column("date", .text)  // YYYY-MM-DD
            t.column("start", .integer).notNull()
            t.column("end", .integer).notNull()
            t.column("insertedAt", .text).notNull()
                .defaults(sql: "(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))")
            t.check(sql: #"start <= "end""#)
        }
    }

    private static func createEntityTable(_ db: Database) throws {
        try db.create(table: "entity") { t in
            t.primaryKey("id", .text)  // e.g. municipality:14713000, person:burkhard-jung
            t.column("name", .text).notNull()
            t.column("type", .text).notNull().indexed()
            t.column("keys", .text).notNull().defaults(to: "{}")  // JSON object, sorted keys
        }
    }

    private static func createMentionTable(_ db: Database) throws {
        try db.create(table: "mention") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("documentId", .text).notNull().references("document", onDelete: .cascade)
            t.column("entityId", .text).notNull().references("entity").indexed()
            t.column("start", .integer).notNull()
            t.column("end", .integer).notNull()
            t.column("text", .text).notNull()
            // Also serves as the index of the foreign key to `document`.
            t.uniqueKey(["documentId", "entityId", "start", "end"])
            t.check(sql: #"start <= "end""#)
        }
    }

    private static func createRelationTable(_ db: Database) throws {
        try db.create(table: "relation") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("documentId", .text).notNull().references("document", onDelete: .cascade)
            t.column("subjectId", .text).notNull().indexed()
            t.column("objectId", .text).notNull().indexed()
            t.column("predicate", .text).notNull()
            t.column("role", .text)
            t.column("roleKey", .text)
            t.column("date", .text)  // the relation's date, else the document's
            t.column("evidenceStart", .integer).notNull()
            t.column("evidenceEnd", .integer).notNull()
            t.column("evidenceText", .text).notNull()
            // Two explicit foreign keys to the same table.
            t.foreignKey(["subjectId"], references: "entity")
            t.foreignKey(["objectId"], references: "entity")
            t.check(sql: "evidenceStart <= evidenceEnd")
        }
        // SQLite treats NULLs as distinct in unique indexes, so the role key of relations
        // without a role (co_mentioned) is indexed as ''.
        try db.execute(
            sql: """
                CREATE UNIQUE INDEX relation_on_edge_and_evidence ON relation(
                    documentId, subjectId, predicate, objectId, ifnull(roleKey, ''), evidenceStart)
                """)
    }

    // MARK: - v2

    /// `relation.status`: current, new or former for holds_role, NULL for other predicates.
    /// Roles stored by v1 were all read as held (v1 skipped former roles), so they become
    /// `current`.
    private static func addRelationStatus(_ db: Database) throws {
        try db.alter(table: "relation") { t in
            t.add(column: "status", .text)
                .check(sql: "status IN ('current', 'new', 'former')")
        }
        try db.execute(sql: "UPDATE relation SET status = 'current' WHERE predicate = 'holds_role'")
    }

    /// `passage`: the searchable texts of a document (its title, and every evidence sentence
    /// with a span), deleted with their document; `passage_fts`: their FTS5 index, kept in sync
    /// by triggers.
    ///
    /// The index folds case and diacritics (`unicode61 remove_diacritics 2`), so "Stadtetag"
    /// finds "Städtetag".
    private static func createPassageTables(_ db: Database) throws {
        try db.create(table: "passage") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("documentId", .text).notNull().references("document", onDelete: .cascade)
            t.column("kind", .text).notNull().check(sql: "kind IN ('title', 'sentence')")
            t.column("start", .integer).notNull()
            t.column("end", .integer).notNull()
            t.column("text", .text).notNull()
            // Also serves as the index of the foreign key to `document`.
            t.uniqueKey(["documentId", "kind", "start", "end"])
            t.check(sql: #"start <= "end""#)
        }
        // The passages of the documents stored by v1.
        try db.execute(
            sql: """
                INSERT INTO passage(documentId, kind, start, "end", text)
                SELECT id, 'title', start, start, title FROM document d
                WHERE title IS NOT NULL AND trim(title) <> ''
                    AND NOT EXISTS (
                        SELECT 1 FROM relation r
                        WHERE r.documentId = d.id AND r.evidenceStart < r.evidenceEnd
                            AND trim(r.evidenceText) = trim(d.title));
                INSERT OR IGNORE INTO passage(documentId, kind, start, "end", text)
                SELECT documentId, 'sentence', evidenceStart, evidenceEnd, evidenceText
                FROM relation WHERE evidenceStart < evidenceEnd ORDER BY id;
                """)
        // Created after the rows, so that GRDB's initial rebuild indexes them.
        try db.create(virtualTable: "passage_fts", using: FTS5()) { t in
            t.synchronize(withTable: "passage")
            t.tokenizer = .unicode61(diacritics: .remove)
            t.column("text")
        }
    }

    // MARK: - v3

    /// `entity.mentionCount` and `entity.documentCount`: how often and in how many documents an
    /// entity is mentioned, kept by triggers on `mention`, so that a summary of a much mentioned
    /// entity (a Land named in every other article) is one row read, not a count over its
    /// mentions. The counts of the stored entities are filled in from their mentions.
    private static func addEntityCounts(_ db: Database) throws {
        try db.alter(table: "entity") { t in
            t.add(column: "mentionCount", .integer).notNull().defaults(to: 0)
            t.add(column: "documentCount", .integer).notNull().defaults(to: 0)
        }
        try db.execute(
            sql: """
                UPDATE entity SET
                    mentionCount = (SELECT COUNT(*) FROM mention WHERE entityId = entity.id),
                    documentCount = (
                        SELECT COUNT(DISTINCT documentId) FROM mention WHERE entityId = entity.id);

                CREATE TRIGGER mention_counts_after_insert AFTER INSERT ON mention BEGIN
                    UPDATE entity SET
                        mentionCount = mentionCount + 1,
                        documentCount = documentCount + NOT EXISTS (
                            SELECT 1 FROM mention
                            WHERE documentId = NEW.documentId AND entityId = NEW.entityId
                                AND id <> NEW.id)
                    WHERE id = NEW.entityId;
                END;

                CREATE TRIGGER mention_counts_after_delete AFTER DELETE ON mention BEGIN
                    UPDATE entity SET
                        mentionCount = mentionCount - 1,
                        documentCount = documentCount - NOT EXISTS (
                            SELECT 1 FROM mention
                            WHERE documentId = OLD.documentId AND entityId = OLD.entityId)
                    WHERE id = OLD.entityId;
                END;

                CREATE TRIGGER mention_counts_after_update
                AFTER UPDATE OF documentId, entityId ON mention BEGIN
                    UPDATE entity SET
                        mentionCount = mentionCount - 1,
                        documentCount = documentCount - NOT EXISTS (
                            SELECT 1 FROM mention
                            WHERE documentId = OLD.documentId AND entityId = OLD.entityId)
                    WHERE id = OLD.entityId;
                    UPDATE entity SET
                        mentionCount = mentionCount + 1,
                        documentCount = documentCount + NOT EXISTS (
                            SELECT 1 FROM mention
                            WHERE documentId = NEW.documentId AND entityId = NEW.entityId
                                AND id <> NEW.id)
                    WHERE id = NEW.entityId;
                END;
                """)
    }

    /// Indexes on each end of a relation that also hold its predicate and other end, so that
    /// a path search walks the graph in the indexes alone; they replace the v1 indexes on
    /// `subjectId` and `objectId`, which they start with.
    private static func replaceRelationEndpointIndexes(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE INDEX relation_on_subject_edge ON relation(subjectId, predicate, objectId);
                CREATE INDEX relation_on_object_edge ON relation(objectId, predicate, subjectId);
                DROP INDEX relation_on_subjectId;
                DROP INDEX relation_on_objectId;
                """)
    }

    // MARK: - v4

    /// Drops the triggers that index a new passage for search and count a new mention: the
    /// statements that save a document do both, once per document (see
    /// ``GraphStore/insert(_:with:counting:)``). The triggers on delete and update stay.
    ///
    /// A trigger into the FTS5 index made every later statement of the transaction flush the
    /// index's pending terms into a new segment (FTS5 does so at each statement savepoint,
    /// SQLite 3.40), and the count trigger ran an UPDATE with a subquery per mention.
    private static func dropInsertTriggers(_ db: Database) throws {
        try db.execute(
            sql: """
                DROP TRIGGER mention_counts_after_insert;
                DROP TRIGGER __passage_fts_ai;
                """)
    }

    // MARK: - v5

    /// `relation.rule`: the name of the rule that read the relation, so that `query --explain`
    /// can say why the graph holds an edge. Relations stored before have none (NULL).
    private static func addRelationRule(_ db: Database) throws {
        try db.alter(table: "relation") { t in
            t.add(column: "rule", .text)
        }
    }

    // MARK: - v6

    /// `document.text`: the article's text, `start..<end` of its input, so that the document
    /// page can show it with its mentions (a mention's span in it is its offsets minus the
    /// document's `start`). Documents stored before have none (NULL).
    private static func addDocumentText(_ db: Database) throws {
        try db.alter(table: "document") { t in
            t.add(column: "text", .text)
        }
    }
}
