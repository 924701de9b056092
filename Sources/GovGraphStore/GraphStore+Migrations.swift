internal import GRDB

extension GraphStore {
    /// The identifier of the first migration: a database that has not applied it is not a
    /// govgraph database.
    static let firstMigrationIdentifier = "v1-documents-entities-mentions-relations"

    /// The identifier of the second migration: role status and full-text search.
    static let secondMigrationIdentifier = "v2-relation-status-passage-search"

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
}
