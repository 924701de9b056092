import GovGraphModel

extension GraphQueries {
    /// The whole merged graph: one node per entity (with mention and document counts), one edge
    /// per subject, predicate, object and role key (with all evidence).
    ///
    /// Each piece of holds_role evidence carries the status its sentence reads (current, new
    /// or former), so that ``KnowledgeGraph/timespans()`` can tell when a role ended. For
    /// documents saved in order, this equals `KnowledgeGraph(documents:)` of the same documents.
    public func graph() throws -> KnowledgeGraph {
        let nodes = try reader.rows(Self.summarySQL + " ORDER BY " + dialect.binary("e.id")).map { try summary($0) }
        let rows = try reader.rows("SELECT \(Self.edgeColumns) FROM relation ORDER BY id")
        // On PostgreSQL a worker may commit between the two statements: edges to entities the
        // first did not see wait for the next read.
        let known = Set(nodes.map(\.id))
        return KnowledgeGraph(
            nodes: nodes, edges: try mergedEdges(rows).filter { known.contains($0.subject) && known.contains($0.object) })
    }

    /// Counts of what the store holds.
    public func stats() throws -> StoreStats {
        let documents = try reader.row("SELECT COUNT(*) FROM document")?.integer(0) ?? 0
        let mentions = try reader.row("SELECT COUNT(*) FROM mention")?.integer(0) ?? 0
        var entitiesByType: [EntityType: Int] = [:]
        for row in try reader.rows("SELECT type, COUNT(*) AS n FROM entity GROUP BY type") {
            let name = row.text(0)
            guard let type = EntityType(rawValue: name) else {
                throw GraphStoreError.invalidStoredValue(path: location, table: "entity", column: "type", value: name)
            }
            entitiesByType[type] = row.integer(1)
        }
        var relationsByPredicate: [Predicate: Int] = [:]
        let edgeRows = try reader.rows(
            """
            SELECT predicate, COUNT(*) AS n FROM (
                SELECT DISTINCT subjectId, predicate, objectId, coalesce(roleKey, '')
                FROM relation) AS edge
            GROUP BY predicate
            """)
        for row in edgeRows {
            relationsByPredicate[try predicate(row.text(0))] = row.integer(1)
        }
        let dates = try reader.row("SELECT MIN(date) AS first, MAX(date) AS last FROM document")
        return StoreStats(
            documents: documents, mentions: mentions, entitiesByType: entitiesByType,
            relationsByPredicate: relationsByPredicate, firstDate: dates?.optionalText(0),
            lastDate: dates?.optionalText(1))
    }
}
