import Foundation
import GovGraphModel
import GovGraphStore
import PostgresNIO

/// The knowledge graph in a PostgreSQL database, for a team: many `govgraph extract` workers, on
/// one machine or several, write into one graph.
///
/// ```swift
/// let store = try PostgresGraphStore(location: PostgresLocation(url: "postgres://govgraph@db/news"))
/// let results = try store.ingest([SourceReplacement(source: "a.txt", documents: documents)])
/// ```
///
/// Writing follows the SQLite store (``GovGraphStore/GraphStore/ingest(_:)``), with what many
/// writers at once need:
/// - a call is one transaction; a worker killed before its commit loses that call, never part of
///   a document, and a re-run completes it;
/// - documents are keyed by the hash of their text and inserted with `ON CONFLICT DO NOTHING`:
///   when two workers meet the same document, one stores it and the other finds it unchanged;
/// - entities are upserted by their stable id, and the mention counts are added in id order, so
///   two workers that meet the same entity make one node with the right counts and never wait
///   for each other in a circle (a deadlock the server reports anyway is retried);
/// - mentions, relations and passages go in with `COPY`.
public final class PostgresGraphStore: GraphStoring, @unchecked Sendable {
    public let location: PostgresLocation
    let session: PostgresSession
    /// One connection answers one call at a time: a store shared by threads (the server's
    /// readers) takes turns.
    private let lock = NSLock()

    /// Connects, checks the database and migrates it (an empty database gets the schema).
    ///
    /// - Throws: ``PostgresStoreError``: no server, a refused login, no such database, a database
    ///   of something else or of a newer govgraph.
    public init(location: PostgresLocation) throws(PostgresStoreError) {
        self.location = location
        session = try PostgresSession.connect(to: location)
        do {
            try PostgresSchema.migrate(session)
        } catch {
            session.close()
            throw error
        }
    }

    /// Connects to a database that holds a graph, for commands that read: a database without
    /// govgraph's tables is refused (nothing is created), one of an older govgraph is brought up
    /// to date, one of a newer govgraph is refused.
    ///
    /// - Throws: ``PostgresStoreError``, ``PostgresStoreError/noGraph(_:)`` for an empty database.
    public static func openForReading(location: PostgresLocation) throws(PostgresStoreError) -> PostgresGraphStore {
        let session = try PostgresSession.connect(to: location)
        do throws(PostgresStoreError) {
            if try PostgresSchema.storedVersion(session) == 0 { throw .noGraph(location.description) }
            try PostgresSchema.migrate(session)
        } catch {
            session.close()
            throw error
        }
        return PostgresGraphStore(location: location, session: session)
    }

    private init(location: PostgresLocation, session: PostgresSession) {
        self.location = location
        self.session = session
    }

    /// Runs `body` on the graph as PostgreSQL's default isolation gives it: each statement sees
    /// what was committed when it started, so a query that takes several statements (a path
    /// search, the statistics) may see a worker's commit between two of them.
    ///
    /// A transaction around `body` would give one snapshot for all of them, at the cost of two
    /// round trips more per call: the links of an entity on the 1M-relation graph took 2.3 ms
    /// at the median that way, 1.7 ms without. What `body` throws passes through; the server's
    /// errors are ``PostgresStoreError``s.
    public func reading<T>(_ body: (GraphQueries) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body(GraphQueries(reader: PostgresReader(session: session), location: location.description))
    }

    /// Deletes a document and everything only it supported, in one transaction, as
    /// ``GovGraphStore/GraphStore/remove(documentID:)`` does.
    ///
    /// - Returns: what was deleted, or nil when no document has this id.
    @discardableResult
    public func remove(documentID: String) throws(PostgresStoreError) -> RemovalResult? {
        lock.lock()
        defer { lock.unlock() }
        return try session.transaction { () throws(PostgresStoreError) -> RemovalResult? in
            let known = try session.query("SELECT 1 FROM document WHERE id = $1 FOR UPDATE", [.text(documentID)])
            guard !known.isEmpty else { return nil }
            return try delete(documentID: documentID)
        }
    }

    deinit { session.close() }

    /// The size of the database on the server's disk, in bytes (`pg_database_size`).
    public func databaseBytes() throws(PostgresStoreError) -> Double {
        lock.lock()
        defer { lock.unlock() }
        let rows = try session.query("SELECT pg_database_size(current_database())")
        return Double(rows.first.flatMap { try? $0.decode(Int64.self) } ?? 0)
    }

    /// The schema version of the database.
    public func schemaVersion() throws(PostgresStoreError) -> Int {
        try PostgresSchema.storedVersion(session)
    }

    /// Saves the documents of many sources in one transaction, each whole or not at all, and
    /// removes what each complete new version of a source no longer has; see
    /// ``GovGraphStore/GraphStore/ingest(_:)`` for the meaning of the results.
    ///
    /// The documents go in together; only when that fails (a constraint of one document) is the
    /// call done again with a savepoint per document, so that the failing one is rolled back
    /// alone. A deadlock or serialization failure the server reports is retried.
    @discardableResult
    public func ingest(_ replacements: [SourceReplacement]) throws(PostgresStoreError) -> [IngestResult] {
        guard !replacements.isEmpty else { return [] }
        lock.lock()
        defer { lock.unlock() }
        var attempt = 0
        var isolating = false
        while true {
            do {
                return try session.transaction { () throws(PostgresStoreError) in
                    try apply(replacements, isolating: isolating)
                }
            } catch .server(_, let state, _) where Self.retried.contains(state) && attempt < 5 {
                attempt += 1  // a deadlock or a serialization failure: the same transaction again
            } catch .server(_, _, _) where !isolating {
                isolating = true  // a document broke a constraint: again, a savepoint per document
            }
        }
    }

    /// SQLSTATEs of a transaction that may succeed when run again: a deadlock, a serialization
    /// failure.
    static let retried: Set<String> = ["40P01", "40001"]

    /// Saves one document in a transaction of its own.
    @discardableResult
    public func save(_ document: ExtractedDocument) throws(PostgresStoreError) -> SaveResult {
        let result = try ingest([SourceReplacement(source: document.source, documents: [document], removesOthers: false)])
        switch result[0].documents[0] {
        case .success(let saved):
            return saved
        case .failure(.unknownEntity(_, let documentID, let entityID)):
            throw .unknownEntity(location.description, documentID: documentID, entityID: entityID.rawValue)
        case .failure(let error):
            throw .server(location.description, state: "?", message: error.description)
        }
    }

    private func apply(_ replacements: [SourceReplacement], isolating: Bool) throws(PostgresStoreError) -> [IngestResult] {
        // Each document once, in the order given; a repeated one is unchanged.
        var batch: [ExtractedDocument] = []
        var seen: Set<String> = []
        for replacement in replacements {
            for document in replacement.documents where seen.insert(document.id).inserted { batch.append(document) }
        }
        var outcomes: [String: Result<SaveResult, GraphStoreError>] = [:]
        if isolating {
            for document in batch {
                try session.query("SAVEPOINT document")
                do {
                    outcomes.merge(try insert([document])) { first, _ in first }
                    try session.query("RELEASE SAVEPOINT document")
                } catch .server(_, let state, let message) where !Self.retried.contains(state) {
                    try session.query("ROLLBACK TO SAVEPOINT document")
                    outcomes[document.id] = .failure(.postgres(path: location.description, state: state, message: message))
                }
            }
        } else {
            outcomes = try insert(batch)
        }

        // The outcome of each document, in the order of the call.
        var reported: Set<String> = []
        var failedSources: Set<String> = []
        var results: [IngestResult] = []
        for replacement in replacements {
            var documents: [Result<SaveResult, GraphStoreError>] = []
            for document in replacement.documents {
                switch outcomes[document.id] {
                case .failure(let error)?:
                    failedSources.insert(replacement.source)
                    documents.append(.failure(error))
                case .success(.inserted)? where reported.insert(document.id).inserted:
                    documents.append(.success(.inserted))
                default:
                    documents.append(.success(.unchanged))
                }
            }
            var removed: [RemovalResult] = []
            if replacement.removesOthers, !failedSources.contains(replacement.source) {
                removed = try removeOthers(of: replacement)
            }
            results.append(IngestResult(documents: documents, removed: removed))
        }
        return results
    }

    /// Inserts the documents that are not stored yet, with everything they hold; a document with
    /// a relation to an entity nobody knows is left out and fails.
    private func insert(_ documents: [ExtractedDocument]) throws(PostgresStoreError) -> [String: Result<SaveResult, GraphStoreError>] {
        struct DocumentRow: Encodable { var id, source: String; var title, date: String?; var start, end: Int; var text: String? }
        let table = documents.map {
            DocumentRow(id: $0.id, source: $0.source, title: $0.title, date: $0.date, start: $0.start, end: $0.end, text: $0.text)
        }
        guard let json = try? String(decoding: JSONEncoder().encode(table), as: UTF8.self) else {
            throw .server(location.description, state: "json", message: "the documents cannot be encoded")
        }
        // In id order, so that two workers lock the same rows in the same order.
        let inserted = Set(try session.query(
            """
            INSERT INTO document(id, source, title, date, start, "end", text)
            SELECT id, source, title, date, start, "end", text FROM json_to_recordset($1::json)
                AS d(id text, source text, title text, date text, start bigint, "end" bigint, text text)
            ORDER BY id
            ON CONFLICT (id) DO NOTHING RETURNING id
            """, [.text(json)]
        ).compactMap { try? $0.decode(String.self) })
        let new = documents.filter { inserted.contains($0.id) }
        let failures = try unknownEntities(in: new)
        if !failures.isEmpty {
            try session.query("DELETE FROM document WHERE id = ANY($1::text[])", [.texts(failures.keys.sorted())])
        }
        try write(new.filter { failures[$0.id] == nil })
        var outcomes: [String: Result<SaveResult, GraphStoreError>] = [:]
        for document in documents {
            if let entity = failures[document.id] {
                outcomes[document.id] = .failure(.unknownEntity(path: location.description, documentID: document.id, entityID: entity))
            } else {
                outcomes[document.id] = .success(inserted.contains(document.id) ? .inserted : .unchanged)
            }
        }
        return outcomes
    }

    /// The new documents with a relation to an entity that neither they nor the graph know, with
    /// that entity.
    private func unknownEntities(in documents: [ExtractedDocument]) throws(PostgresStoreError) -> [String: EntityID] {
        let listed = Set(documents.flatMap { $0.graphEntities.map(\.id) })
        let unlisted = Set(documents.flatMap { $0.relations.flatMap { [$0.subject, $0.object] } }).subtracting(listed)
        guard !unlisted.isEmpty else { return [:] }
        let known = Set(try session.query(
            "SELECT id FROM entity WHERE id = ANY($1::text[])", [.texts(unlisted.map(\.rawValue).sorted())]
        ).compactMap { try? $0.decode(String.self) })
        var failures: [String: EntityID] = [:]
        for document in documents {
            let endpoints = document.relations.flatMap { [$0.subject, $0.object] }
            if let missing = endpoints.first(where: { !listed.contains($0) && !known.contains($0.rawValue) }) {
                failures[document.id] = missing
            }
        }
        return failures
    }

    /// Writes the entities, mentions, relations and passages of new documents, and adds their
    /// mentions to the entities' counts.
    private func write(_ documents: [ExtractedDocument]) throws(PostgresStoreError) {
        guard !documents.isEmpty else { return }
        var entities: [EntityID: Entity] = [:]
        for document in documents {
            for entity in document.graphEntities where entities[entity.id] == nil { entities[entity.id] = entity }
        }
        let ids = entities.keys.sorted { $0.rawValue < $1.rawValue }
        var keys: [String] = []
        for id in ids {
            do {
                keys.append(try StoredRows.encode(keys: entities[id]!.keys))
            } catch {
                throw .server(location.description, state: "keys", message: "the keys of \(id) cannot be encoded")
            }
        }
        try session.query(
            """
            INSERT INTO entity(id, name, type, keys)
            SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])
            ON CONFLICT (id) DO NOTHING
            """,
            [.texts(ids.map(\.rawValue)), .texts(ids.map { entities[$0]!.name }),
             .texts(ids.map { entities[$0]!.type.rawValue }), .texts(keys)])

        var mentions: [[String?]] = []
        var relations: [[String?]] = []
        var passages: [[String?]] = []
        var counts: [String: (mentions: Int, documents: Int)] = [:]
        for document in documents {
            var seen: Set<String> = []
            for entity in document.entities {
                for mention in entity.mentions where seen.insert("\(entity.id.rawValue)\t\(mention.start)\t\(mention.end)").inserted {
                    mentions.append([document.id, entity.id.rawValue, String(mention.start), String(mention.end), mention.text])
                }
            }
            for (entity, count) in StoredRows.distinctMentions(of: document) {
                counts[entity, default: (0, 0)].mentions += count
                counts[entity, default: (0, 0)].documents += 1
            }
            seen = []
            for relation in document.relations {
                let key = [relation.subject.rawValue, relation.predicate.rawValue, relation.object.rawValue,
                           relation.roleKey ?? "", String(relation.evidence.start)].joined(separator: "\t")
                guard seen.insert(key).inserted else { continue }
                relations.append([
                    document.id, relation.subject.rawValue, relation.object.rawValue, relation.predicate.rawValue,
                    relation.role, relation.roleKey, StoredRows.status(of: relation), relation.date ?? document.date,
                    String(relation.evidence.start), String(relation.evidence.end), relation.evidence.text,
                    relation.evidence.rule,
                ])
            }
            seen = []
            for passage in StoredRows.passages(of: document)
            where seen.insert("\(passage.kind)\t\(passage.start)\t\(passage.end)").inserted {
                passages.append([document.id, passage.kind, String(passage.start), String(passage.end), passage.text])
            }
        }
        try session.copy(into: "mention", columns: ["documentid", "entityid", "start", "end", "text"], rows: mentions)
        try session.copy(
            into: "relation",
            columns: ["documentid", "subjectid", "objectid", "predicate", "role", "rolekey", "status", "date",
                      "evidencestart", "evidenceend", "evidencetext", "rule"],
            rows: relations)
        try session.copy(into: "passage", columns: ["documentid", "kind", "start", "end", "text"], rows: passages)
        try addCounts(counts.map { ($0.key, $0.value.mentions, $0.value.documents) })
    }

    /// Adds (or, negative, takes away) mentions and documents to entities' counts, in id order.
    private func addCounts(_ changes: [(entity: String, mentions: Int, documents: Int)]) throws(PostgresStoreError) {
        guard !changes.isEmpty else { return }
        let sorted = changes.sorted { $0.entity < $1.entity }
        try session.query(
            """
            UPDATE entity SET mentionCount = mentionCount + d.m, documentCount = documentCount + d.c
            FROM unnest($1::text[], $2::bigint[], $3::bigint[]) AS d(id, m, c) WHERE entity.id = d.id
            """,
            [.texts(sorted.map(\.entity)), .integers(sorted.map(\.mentions)), .integers(sorted.map(\.documents))])
    }

    /// Removes the stored documents of the replacement's source that it neither saves nor keeps.
    private func removeOthers(of replacement: SourceReplacement) throws(PostgresStoreError) -> [RemovalResult] {
        let kept = Set(replacement.documents.map(\.id)).union(replacement.keeping)
        let stored = try session.query(
            "SELECT id FROM document WHERE source = $1 ORDER BY start, id", [.text(replacement.source)]
        ).compactMap { try? $0.decode(String.self) }
        var removed: [RemovalResult] = []
        for id in stored where !kept.contains(id) {
            removed.append(try delete(documentID: id))
        }
        return removed
    }

    /// Deletes one document, takes its mentions out of the counts and deletes the entities that
    /// nothing else mentions or links.
    private func delete(documentID id: String) throws(PostgresStoreError) -> RemovalResult {
        let perEntity = try session.query(
            "SELECT entityId, count(*) FROM mention WHERE documentId = $1 GROUP BY entityId ORDER BY entityId",
            [.text(id)]
        ).compactMap { try? $0.decode((String, Int).self) }
        let relations = try session.query("SELECT count(*) FROM relation WHERE documentId = $1", [.text(id)])
            .first.flatMap { try? $0.decode(Int.self) } ?? 0
        let touched = try session.query(
            """
            SELECT entityId FROM mention WHERE documentId = $1
            UNION SELECT subjectId FROM relation WHERE documentId = $1
            UNION SELECT objectId FROM relation WHERE documentId = $1
            """, [.text(id)]
        ).compactMap { try? $0.decode(String.self) }
        try addCounts(perEntity.map { ($0.0, -$0.1, -1) })
        try session.query("DELETE FROM document WHERE id = $1", [.text(id)])
        let orphans = try session.query(
            """
            DELETE FROM entity e WHERE id = ANY($1::text[])
                AND NOT EXISTS (SELECT 1 FROM mention WHERE entityId = e.id)
                AND NOT EXISTS (SELECT 1 FROM relation WHERE subjectId = e.id)
                AND NOT EXISTS (SELECT 1 FROM relation WHERE objectId = e.id)
            RETURNING id
            """, [.texts(touched.sorted())]
        ).compactMap { try? $0.decode(String.self) }
        return RemovalResult(
            documentID: id, mentions: perEntity.reduce(0) { $0 + $1.1 }, relations: relations,
            entities: orphans.sorted().map(EntityID.init(rawValue:)))
    }
}

extension PostgresGraphStore {
    /// The rows of a raw query, each column cast to text by the query (tests only, through
    /// `@testable import`).
    func fetchUnchecked(sql: String) throws(PostgresStoreError) -> [[String?]] {
        try session.texts(sql)
    }

    /// Runs raw SQL (tests only, through `@testable import`).
    func executeUnchecked(sql: String) throws(PostgresStoreError) {
        try session.query(sql)
    }
}
