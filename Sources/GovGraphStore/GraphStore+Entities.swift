import class Foundation.JSONEncoder
internal import GRDB
import GovGraphModel

extension GraphStore {
    /// The entity with this id, with its counts, or nil when the store does not know it.
    public func entity(id: EntityID) throws -> EntitySummary? {
        try read { db in try summaries(db, ids: [id])[id] }
    }

    /// Entities (optionally of one type) with their mention and document counts, most
    /// mentioned first, then by name; with `offset`, the first `offset` of them are skipped
    /// (for pages of a list).
    ///
    /// ```swift
    /// let topPersons = try store.entities(type: .person, limit: 10)
    /// let nextPage = try store.entities(type: .person, limit: 10, offset: 10)
    /// ```
    public func entities(type: EntityType? = nil, limit: Int? = nil, offset: Int = 0) throws -> [EntitySummary] {
        if let limit, limit <= 0 { return [] }
        return try read { db in
            var sql = Self.summarySQL
            var arguments: StatementArguments = []
            if let type {
                sql += " WHERE e.type = ?"
                arguments += [type.rawValue]
            }
            sql += " ORDER BY e.mentionCount DESC, e.name, e.id"
            sql += " LIMIT ? OFFSET ?"
            arguments += [limit ?? -1, max(0, offset)]
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map(summary)
        }
    }

    /// Entities (optionally of one type) with their counts and their degree, the number of
    /// distinct entities they are linked to.
    ///
    /// The order is that of ``entities(type:limit:)`` (most mentioned first), or with
    /// `by: .degree` the most linked first, then the most mentioned, then by name.
    ///
    /// ```swift
    /// let hubs = try store.rankedEntities(by: .degree, limit: 5)
    /// hubs.map { "\($0.entity.name): \($0.degree)" }
    /// ```
    public func rankedEntities(
        type: EntityType? = nil, by ranking: EntityRanking = .mentions, limit: Int? = nil
    ) throws -> [RankedEntity] {
        if let limit, limit <= 0 { return [] }
        return try read { db in
            var sql = """
                SELECT e.id, e.name, e.type, e.keys,
                       e.mentionCount, e.documentCount,
                       (SELECT COUNT(*) FROM (
                           SELECT objectId FROM relation WHERE subjectId = e.id
                           UNION SELECT subjectId FROM relation WHERE objectId = e.id)) AS degree
                FROM entity e
                """
            var arguments: StatementArguments = []
            if let type {
                sql += " WHERE e.type = ?"
                arguments += [type.rawValue]
            }
            switch ranking {
            case .mentions: sql += " ORDER BY mentionCount DESC, e.name, e.id"
            case .degree: sql += " ORDER BY degree DESC, mentionCount DESC, e.name, e.id"
            }
            if let limit {
                sql += " LIMIT ?"
                arguments += [limit]
            }
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                RankedEntity(entity: try summary(row), degree: row["degree"])
            }
        }
    }

    // MARK: - Building blocks of the other queries

    /// Selects `id, name, type, keys, mentionCount, documentCount` of entities `e`; append
    /// `WHERE …` (a trailing `GROUP BY e.id`, which the counts once needed, changes nothing).
    ///
    /// The counts are stored with the entity (added by each save, taken off by triggers on
    /// delete), so a summary is one row read however often the entity is mentioned.
    static let summarySQL = """
        SELECT e.id, e.name, e.type, e.keys, e.mentionCount, e.documentCount
        FROM entity e
        """

    /// The summaries of the entities with these ids (unknown ids are left out).
    func summaries(_ db: Database, ids: some Collection<EntityID>) throws -> [EntityID:
        EntitySummary]
    {
        var result: [EntityID: EntitySummary] = [:]
        let wanted = Array(Set(ids.map(\.rawValue)))
        guard !wanted.isEmpty else { return result }
        // One prepared statement for any number of ids: they come as one JSON array.
        let statement = try db.cachedStatement(
            sql: Self.summarySQL + " WHERE e.id IN (SELECT value FROM json_each(?))")
        let list = String(decoding: try JSONEncoder().encode(wanted), as: UTF8.self)
        let rows = try Row.fetchCursor(statement, arguments: [list])
        while let row = try rows.next() {
            let summary = try summary(row)
            result[summary.id] = summary
        }
        return result
    }

    /// Decodes a row selected with ``summarySQL``.
    func summary(_ row: Row) throws -> EntitySummary {
        let typeName: String = row["type"]
        guard let type = EntityType(rawValue: typeName) else {
            throw GraphStoreError.invalidStoredValue(
                path: path, table: "entity", column: "type", value: typeName)
        }
        let keysJSON: String? = row["keys"]
        guard let keys = EntityRecord.decode(keys: keysJSON) else {
            throw GraphStoreError.invalidStoredValue(
                path: path, table: "entity", column: "keys", value: keysJSON ?? "")
        }
        return EntitySummary(
            id: EntityID(rawValue: row["id"]), name: row["name"], type: type, keys: keys,
            mentionCount: row["mentionCount"], documentCount: row["documentCount"])
    }

    /// Decodes a stored predicate.
    func predicate(_ name: String) throws -> Predicate {
        guard let predicate = Predicate(rawValue: name) else {
            throw GraphStoreError.invalidStoredValue(
                path: path, table: "relation", column: "predicate", value: name)
        }
        return predicate
    }

    /// Splits values for `IN (…)` lists, well below SQLite's limit on statement arguments.
    static func chunks<T>(of values: [T], size: Int = 500) -> [ArraySlice<T>] {
        stride(from: 0, to: values.count, by: size).map {
            values[$0..<min($0 + size, values.count)]
        }
    }

    /// `?, ?, ?` for `count` arguments.
    static func placeholders(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ", ")
    }
}
