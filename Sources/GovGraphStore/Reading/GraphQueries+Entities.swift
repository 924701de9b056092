import GovGraphModel

extension GraphQueries {
    /// The entity with this id, with its counts, or nil when the store does not know it.
    public func entity(id: EntityID) throws -> EntitySummary? {
        try summaries(ids: [id])[id]
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
        var sql = Self.summarySQL
        var arguments: [SQLArgument] = []
        if let type {
            sql += " WHERE e.type = ?"
            arguments.append(.text(type.rawValue))
        }
        sql += " ORDER BY e.mentionCount DESC, \(dialect.binary("e.name")), \(dialect.binary("e.id"))" + dialect.limit(limit, offset: max(0, offset))
        return try reader.rows(sql, arguments).map(summary)
    }

    /// Entities (optionally of one type) with their counts and their degree, the number of
    /// distinct entities they are linked to.
    ///
    /// The order is that of ``entities(type:limit:offset:)`` (most mentioned first), or with
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
        var sql = """
            SELECT e.id, e.name, e.type, e.keys, e.mentionCount, e.documentCount,
                   (SELECT COUNT(*) FROM (
                       SELECT objectId FROM relation WHERE subjectId = e.id
                       UNION SELECT subjectId FROM relation WHERE objectId = e.id) AS linked) AS degree
            FROM entity e
            """
        var arguments: [SQLArgument] = []
        if let type {
            sql += " WHERE e.type = ?"
            arguments.append(.text(type.rawValue))
        }
        switch ranking {
        case .mentions: sql += " ORDER BY e.mentionCount DESC, \(dialect.binary("e.name")), \(dialect.binary("e.id"))"
        case .degree: sql += " ORDER BY degree DESC, e.mentionCount DESC, \(dialect.binary("e.name")), \(dialect.binary("e.id"))"
        }
        sql += dialect.limit(limit)
        return try reader.rows(sql, arguments).map { row in
            RankedEntity(entity: try summary(row), degree: row.integer(6))
        }
    }
}
