import class Foundation.JSONEncoder
internal import GRDB
import GovGraphModel

extension GraphStore {
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
        try read { db in
            guard try summaries(db, ids: [id])[id] != nil, maxNodes > 0 else {
                return KnowledgeGraph(nodes: [], edges: [])
            }
            let neighbours = try db.cachedStatement(
                sql: """
                    SELECT objectId AS other, MIN(predicate = 'co_mentioned') AS weak, COUNT(*) AS n
                    FROM relation WHERE subjectId = ?1 GROUP BY objectId
                    UNION ALL
                    SELECT subjectId, MIN(predicate = 'co_mentioned'), COUNT(*)
                    FROM relation WHERE objectId = ?1 AND subjectId <> ?1 GROUP BY subjectId
                    """)
            var kept: [String] = [id.rawValue]
            var seen: Set<String> = [id.rawValue]
            var frontier = [id.rawValue]
            for _ in 0..<max(0, depth) where !frontier.isEmpty && kept.count < maxNodes {
                var found: [String: (weak: Bool, count: Int)] = [:]
                for near in frontier {
                    let rows = try Row.fetchCursor(neighbours, arguments: [near])
                    while let row = try rows.next() {
                        let other: String = row[0]
                        guard !seen.contains(other) else { continue }
                        let weak: Bool = row[1]
                        let count: Int = row[2]
                        let old = found[other]
                        found[other] = (
                            (old?.weak ?? true) && weak, (old?.count ?? 0) + count
                        )
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
            let nodes = try summaries(db, ids: kept.map(EntityID.init(rawValue:)))
            let list = String(decoding: try JSONEncoder().encode(kept), as: UTF8.self)
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT subjectId, objectId, predicate, role, roleKey, status, date,
                           documentId, evidenceStart, evidenceEnd, evidenceText, rule
                    FROM relation
                    WHERE subjectId IN (SELECT value FROM json_each(?1))
                        AND objectId IN (SELECT value FROM json_each(?1))
                    ORDER BY id
                    """,
                arguments: [list])
            return KnowledgeGraph(
                nodes: kept.compactMap { nodes[EntityID(rawValue: $0)] }, edges: try mergedEdges(rows))
        }
    }

    /// Relation rows (`subjectId, objectId, predicate, role, roleKey, status` and the evidence
    /// columns), in the order they were stored, merged into the edges of a graph, each piece of
    /// evidence with its status.
    ///
    /// Equal to adding each row's evidence with `GraphEdge.add`, but the evidence of an edge is
    /// sorted once, not at every row: an edge read in 15,000 sentences (a Land and its capital
    /// on a large graph) took minutes that way.
    func mergedEdges(_ rows: [Row]) throws -> [GraphEdge] {
        var edges: [GraphEdge.Key: (edge: GraphEdge, evidence: [EdgeEvidence], seen: Set<EdgeEvidence>)] = [:]
        for row in rows {
            let fresh = GraphEdge(
                subject: EntityID(rawValue: row["subjectId"]),
                predicate: try predicate(row["predicate"]),
                object: EntityID(rawValue: row["objectId"]), role: row["role"],
                roleKey: row["roleKey"])
            var evidence = Self.evidence(row)
            evidence.status = try status(row["status"])
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
