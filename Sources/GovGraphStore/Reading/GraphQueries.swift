import GovGraphModel

/// The questions a stored graph answers, written once for both backends.
///
/// The SQLite store hands a value of this type out inside a read transaction, so that all its
/// queries read one snapshot of the graph; the PostgreSQL store on its connection, where each
/// statement sees what was committed when it started. Its queries are SQL that both databases read alike (see ``SQLDialect``); where they cannot be
/// (the full-text index), each backend's own SQL is chosen by the dialect.
///
/// Most callers use the methods of ``GraphReading``, which run one query each;
/// ``GraphReading/reading(_:)`` runs several on one connection (on SQLite, in one snapshot):
///
/// ```swift
/// let (entity, links) = try store.reading { graph in
///     (try graph.entity(id: "person:burkhard-jung"), try graph.links(of: "person:burkhard-jung"))
/// }
/// ```
public struct GraphQueries {
    let reader: any SQLReader
    /// The database named in error messages: a file path or a PostgreSQL URL without password.
    let location: String

    package init(reader: any SQLReader, location: String) {
        self.reader = reader
        self.location = location
    }

    var dialect: SQLDialect { reader.dialect }

    // MARK: - Building blocks of the queries

    /// Selects `id, name, type, keys, mentionCount, documentCount` of entities `e`; append
    /// `WHERE …`.
    ///
    /// The counts are stored with the entity (added by each save, taken off on removal), so a
    /// summary is one row read however often the entity is mentioned.
    static let summarySQL = """
        SELECT e.id, e.name, e.type, e.keys, e.mentionCount, e.documentCount
        FROM entity e
        """

    /// The summaries of the entities with these ids (unknown ids are left out), in one query
    /// for any number of ids.
    func summaries(ids: some Collection<EntityID>) throws -> [EntityID: EntitySummary] {
        var result: [EntityID: EntitySummary] = [:]
        let wanted = Array(Set(ids.map(\.rawValue)))
        guard !wanted.isEmpty else { return result }
        for row in try reader.rows(Self.summarySQL + " WHERE " + dialect.anyOf("e.id"), .texts(wanted)) {
            let summary = try summary(row)
            result[summary.id] = summary
        }
        return result
    }

    /// The entities scored in `best` (a lower score is a better match), best first, then the
    /// more mentioned, then by name and id; at most `limit` of them.
    func ranked<Score: Comparable>(_ best: [EntityID: Score], limit: Int) throws -> [EntitySummary] {
        let ranked = try summaries(ids: best.keys).values.sorted { a, b in
            let (scoreA, scoreB) = (best[a.id]!, best[b.id]!)
            if scoreA != scoreB { return scoreA < scoreB }
            if a.mentionCount != b.mentionCount { return a.mentionCount > b.mentionCount }
            return (a.name, a.id) < (b.name, b.id)
        }
        return Array(ranked.prefix(limit))
    }

    /// Decodes a row selected with ``summarySQL`` (its first six columns).
    func summary(_ row: SQLRow) throws -> EntitySummary {
        let typeName = row.text(2)
        guard let type = EntityType(rawValue: typeName) else {
            throw GraphStoreError.invalidStoredValue(path: location, table: "entity", column: "type", value: typeName)
        }
        let keysJSON = row.optionalText(3)
        guard let keys = EntityRecord.decode(keys: keysJSON) else {
            throw GraphStoreError.invalidStoredValue(
                path: location, table: "entity", column: "keys", value: keysJSON ?? "")
        }
        return EntitySummary(
            id: EntityID(rawValue: row.text(0)), name: row.text(1), type: type, keys: keys,
            mentionCount: row.integer(4), documentCount: row.integer(5))
    }

    /// Decodes a stored predicate.
    func predicate(_ name: String) throws -> Predicate {
        guard let predicate = Predicate(rawValue: name) else {
            throw GraphStoreError.invalidStoredValue(path: location, table: "relation", column: "predicate", value: name)
        }
        return predicate
    }

    /// Decodes a stored role status (NULL is no status).
    func status(_ name: String?) throws -> RoleStatus? {
        guard let name else { return nil }
        guard let status = RoleStatus(rawValue: name) else {
            throw GraphStoreError.invalidStoredValue(path: location, table: "relation", column: "status", value: name)
        }
        return status
    }

    /// The columns of a relation row that ``edgeRow(_:)`` decodes, in its order.
    static let edgeColumns = """
        subjectId, objectId, predicate, role, roleKey, status, date,
        documentId, evidenceStart, evidenceEnd, evidenceText, rule
        """

    /// Decodes a row selected with ``edgeColumns`` first.
    func edgeRow(_ row: SQLRow) throws -> (edge: GraphEdge, evidence: EdgeEvidence) {
        let edge = GraphEdge(
            subject: EntityID(rawValue: row.text(0)), predicate: try predicate(row.text(2)),
            object: EntityID(rawValue: row.text(1)), role: row.optionalText(3), roleKey: row.optionalText(4))
        let evidence = EdgeEvidence(
            documentID: row.text(7), date: row.optionalText(6), start: row.integer(8), end: row.integer(9),
            text: row.text(10), status: try status(row.optionalText(5)), rule: row.optionalText(11))
        return (edge, evidence)
    }

    /// Relation rows selected with ``edgeColumns``, in the order they were stored, merged into
    /// the edges of a graph, each piece of evidence with its status.
    ///
    /// Equal to adding each row's evidence with `GraphEdge.add`, but the evidence of an edge is
    /// sorted once, not at every row: an edge read in 15,000 sentences (a Land and its capital
    /// on a large graph) took minutes that way.
    func mergedEdges(_ rows: [SQLRow]) throws -> [GraphEdge] {
        var edges: [GraphEdge.Key: (edge: GraphEdge, evidence: [EdgeEvidence], seen: Set<EdgeEvidence>)] = [:]
        for row in rows {
            let (fresh, evidence) = try edgeRow(row)
            var entry = edges.removeValue(forKey: fresh.key) ?? (fresh, [], [])
            if entry.seen.insert(evidence).inserted { entry.evidence.append(evidence) }
            edges[fresh.key] = entry
        }
        return edges.values.map { entry in
            var edge = entry.edge
            edge.evidence = entry.evidence.sorted {
                ($0.date ?? "", $0.documentID, $0.start, $0.end) < ($1.date ?? "", $1.documentID, $1.start, $1.end)
            }
            let dates = edge.evidence.lazy.compactMap(\.date)
            edge.firstDate = dates.min()
            edge.lastDate = dates.max()
            return edge
        }
    }
}
