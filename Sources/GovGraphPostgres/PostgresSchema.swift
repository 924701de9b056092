import Foundation
import PostgresNIO

/// The schema of a PostgreSQL graph and its versions.
///
/// Tables and columns carry the names of the SQLite store (`document`, `entity`, `mention`,
/// `relation`, `passage`; `documentId`, `mentionCount` …, written without quotes, so PostgreSQL
/// folds them to lower case and a statement reads the same on both). `passage.search` is the
/// German `tsvector` of the text, with a GIN index, for full-text search.
///
/// `govgraph_schema` holds one row per version applied. Opening a database takes an advisory
/// lock for the duration of the check, so that workers starting at once migrate it once.
enum PostgresSchema {
    /// The migrations, in order; version n is `migrations[n - 1]`. Never edit a shipped one:
    /// append.
    static let migrations: [String] = [
        """
        CREATE TABLE document (
            id text PRIMARY KEY,
            source text NOT NULL,
            title text,
            date text,
            start bigint NOT NULL,
            "end" bigint NOT NULL,
            insertedAt timestamptz NOT NULL DEFAULT now(),
            CHECK (start <= "end"));
        CREATE INDEX document_on_source ON document(source);
        CREATE TABLE entity (
            id text PRIMARY KEY,
            name text NOT NULL,
            type text NOT NULL,
            keys text NOT NULL DEFAULT '{}',
            mentionCount bigint NOT NULL DEFAULT 0,
            documentCount bigint NOT NULL DEFAULT 0);
        CREATE INDEX entity_on_type ON entity(type);
        CREATE TABLE mention (
            id bigserial PRIMARY KEY,
            documentId text NOT NULL REFERENCES document ON DELETE CASCADE,
            entityId text NOT NULL REFERENCES entity,
            start bigint NOT NULL,
            "end" bigint NOT NULL,
            text text NOT NULL,
            UNIQUE (documentId, entityId, start, "end"),
            CHECK (start <= "end"));
        CREATE INDEX mention_on_entity ON mention(entityId);
        CREATE TABLE relation (
            id bigserial PRIMARY KEY,
            documentId text NOT NULL REFERENCES document ON DELETE CASCADE,
            subjectId text NOT NULL REFERENCES entity,
            objectId text NOT NULL REFERENCES entity,
            predicate text NOT NULL,
            role text,
            roleKey text,
            status text CHECK (status IN ('current', 'new', 'former')),
            date text,
            evidenceStart bigint NOT NULL,
            evidenceEnd bigint NOT NULL,
            evidenceText text NOT NULL,
            rule text,
            CHECK (evidenceStart <= evidenceEnd));
        CREATE UNIQUE INDEX relation_on_edge_and_evidence ON relation(
            documentId, subjectId, predicate, objectId, coalesce(roleKey, ''), evidenceStart);
        CREATE INDEX relation_on_subject ON relation(subjectId, predicate, objectId);
        CREATE INDEX relation_on_object ON relation(objectId, predicate, subjectId);
        CREATE TABLE passage (
            id bigserial PRIMARY KEY,
            documentId text NOT NULL REFERENCES document ON DELETE CASCADE,
            kind text NOT NULL CHECK (kind IN ('title', 'sentence')),
            start bigint NOT NULL,
            "end" bigint NOT NULL,
            text text NOT NULL,
            search tsvector GENERATED ALWAYS AS (to_tsvector('german', text)) STORED,
            UNIQUE (documentId, kind, start, "end"),
            CHECK (start <= "end"));
        CREATE INDEX passage_on_search ON passage USING GIN (search);
        """,
        // v2: each document keeps its article text (NULL for documents stored before).
        """
        ALTER TABLE document ADD COLUMN text text;
        """,
    ]

    /// The statements of a migration, one per query (the extended protocol takes one at a time).
    static func statements(of migration: String) -> [String] {
        migration.split(separator: ";\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .map { $0.hasSuffix(";") ? String($0.dropLast()) : $0 }.filter { !$0.isEmpty }
    }

    /// The version this govgraph writes.
    static var version: Int { migrations.count }

    /// The key of the advisory lock held while the schema is checked and migrated.
    static let lockKey = 0x676F_7667_7261_7068  // "govgraph"

    /// Checks the database and brings it to ``version``: an empty database gets the schema, an
    /// older one the missing migrations. A database with other tables and one of a newer govgraph
    /// are refused and left as they are.
    static func migrate(_ session: PostgresSession) throws(PostgresStoreError) {
        try session.transaction { () throws(PostgresStoreError) in
            try session.query("SELECT pg_advisory_xact_lock($1)", [.integer(lockKey)])
            let current = try storedVersion(session)
            guard current < version else {
                if current > version {
                    throw .newerSchema(session.location.description, version: current, known: version)
                }
                return
            }
            if current == 0 {
                try session.query("CREATE TABLE govgraph_schema (version integer PRIMARY KEY, migratedAt timestamptz NOT NULL DEFAULT now())")
            }
            for next in (current + 1)...version {
                for statement in statements(of: migrations[next - 1]) { try session.query(statement) }
                try session.query("INSERT INTO govgraph_schema(version) VALUES ($1)", [.integer(next)])
            }
        }
    }

    /// The version the database holds: 0 for an empty database.
    static func storedVersion(_ session: PostgresSession) throws(PostgresStoreError) -> Int {
        let tables = try session.query(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename"
        ).compactMap { try? $0.decode(String.self) }
        guard tables.contains("govgraph_schema") else {
            if tables.isEmpty { return 0 }
            throw .notAGraphDatabase(session.location.description, tables: tables)
        }
        let rows = try session.query("SELECT coalesce(max(version), 0) FROM govgraph_schema")
        return rows.first.flatMap { try? $0.decode(Int.self) } ?? 0
    }
}
