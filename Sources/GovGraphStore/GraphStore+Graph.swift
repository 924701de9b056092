internal import GRDB
import GovGraphModel

extension GraphStore {
    /// The whole merged graph: one node per entity (with mention and document counts), one edge
    /// per subject, predicate, object and role key (with all evidence).
    ///
    /// Each piece of holds_role evidence carries the status its sentence reads (current, new
    /// or former), so that ``KnowledgeGraph/timespans()`` can tell when a role ended. For
    /// documents saved in order, this equals `KnowledgeGraph(documents:)` of the same documents.
    public func graph() throws -> KnowledgeGraph {
        try read { db in
            let nodes = try Row.fetchAll(db, sql: Self.summarySQL + " GROUP BY e.id")
                .map { try summary($0) }
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT subjectId, objectId, predicate, role, roleKey, status, date,
                           documentId, evidenceStart, evidenceEnd, evidenceText, rule
                    FROM relation ORDER BY id
                    """)
            return KnowledgeGraph(nodes: nodes, edges: try mergedEdges(rows))
        }
    }

    /// Counts of what the store holds.
    public func stats() throws -> StoreStats {
        try read { db in
            let documents = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM document") ?? 0
            let mentions = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM mention") ?? 0
            var entitiesByType: [EntityType: Int] = [:]
            for row in try Row.fetchAll(
                db, sql: "SELECT type, COUNT(*) AS n FROM entity GROUP BY type")
            {
                let name: String = row["type"]
                guard let type = EntityType(rawValue: name) else {
                    throw GraphStoreError.invalidStoredValue(
                        path: path, table: "entity", column: "type", value: name)
                }
                entitiesByType[type] = row["n"]
            }
            var relationsByPredicate: [Predicate: Int] = [:]
            let edgeRows = try Row.fetchAll(
                db,
                sql: """
                    SELECT predicate, COUNT(*) AS n FROM (
                        SELECT DISTINCT subjectId, predicate, objectId, ifnull(roleKey, '')
                        FROM relation)
                    GROUP BY predicate
                    """)
            for row in edgeRows {
                relationsByPredicate[try predicate(row["predicate"])] = row["n"]
            }
            let dates = try Row.fetchOne(
                db, sql: "SELECT MIN(date) AS first, MAX(date) AS last FROM document")
            return StoreStats(
                documents: documents, mentions: mentions, entitiesByType: entitiesByType,
                relationsByPredicate: relationsByPredicate, firstDate: dates?["first"],
                lastDate: dates?["last"])
        }
    }
}
