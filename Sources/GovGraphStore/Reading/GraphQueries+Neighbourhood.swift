import GovGraphModel

extension GraphQueries {
    /// The part of the graph around one entity: the entities at most `depth` steps away and the
    /// edges between them, read from the indexes without loading the whole graph.
    ///
    /// At most `maxNodes` entities are kept (the entity itself included): nearer ones first, and
    /// among those of one step the most strongly linked (role, succession and location links
    /// before co-mentions, then by the number of sentences). On a small graph this equals
    /// `graph().neighbourhood(of: id, depth: depth)`.
    ///
    /// ```swift
    /// let around = try store.neighbourhood(of: "municipality:14713000", depth: 1, maxNodes: 40)
    /// print(DOTRenderer().render(around))
    /// ```
    ///
    /// - Returns: an empty graph for an id the store does not know.
    /// - Complexity: one index search per kept entity and level, and one per kept entity for
    ///   the edges among them.
    public func neighbourhood(of id: EntityID, depth: Int = 1, maxNodes: Int = 200) throws -> KnowledgeGraph {
        guard try summaries(ids: [id])[id] != nil, maxNodes > 0 else {
            return KnowledgeGraph(nodes: [], edges: [])
        }
        let neighbours = """
            SELECT objectId AS other, MIN(CASE WHEN predicate = 'co_mentioned' THEN 1 ELSE 0 END) AS weak,
                   COUNT(*) AS n
            FROM relation WHERE subjectId = ?1 GROUP BY objectId
            UNION ALL
            SELECT subjectId, MIN(CASE WHEN predicate = 'co_mentioned' THEN 1 ELSE 0 END), COUNT(*)
            FROM relation WHERE objectId = ?1 AND subjectId <> ?1 GROUP BY subjectId
            """
        var kept: [String] = [id.rawValue]
        var seen: Set<String> = [id.rawValue]
        var frontier = [id.rawValue]
        for _ in 0..<max(0, depth) where !frontier.isEmpty && kept.count < maxNodes {
            var found: [String: (weak: Bool, count: Int)] = [:]
            for near in frontier {
                for row in try reader.rows(neighbours, .text(near)) {
                    let other = row.text(0)
                    guard !seen.contains(other) else { continue }
                    let old = found[other]
                    found[other] = ((old?.weak ?? true) && row.bool(1), (old?.count ?? 0) + row.integer(2))
                }
            }
            let ranked = found.sorted { a, b in
                if a.value.weak != b.value.weak { return !a.value.weak }
                if a.value.count != b.value.count { return a.value.count > b.value.count }
                return a.key < b.key
            }.prefix(maxNodes - kept.count).map(\.key)
            kept += ranked
            seen.formUnion(ranked)
            frontier = ranked
        }
        let nodes = try summaries(ids: kept.map(EntityID.init(rawValue:)))
        let rows = try reader.rows(
            """
            SELECT \(Self.edgeColumns)
            FROM relation
            WHERE \(dialect.anyOf("subjectId", "?1")) AND \(dialect.anyOf("objectId", "?1"))
            ORDER BY id
            """, .texts(kept))
        return KnowledgeGraph(
            nodes: kept.compactMap { nodes[EntityID(rawValue: $0)] },
            edges: try mergedEdges(rows).filter { nodes[$0.subject] != nil && nodes[$0.object] != nil })
    }
}
