internal import GRDB
import GovGraphModel

extension GraphStore {
    /// Everything the entity is linked to, one ``Link`` per predicate, other entity, role key
    /// and direction, with all evidence.
    ///
    /// The strongest and most recent links come first: by predicate (holds_role, succeeds,
    /// located_in, then co_mentioned), then the most often read, then the latest date, then the
    /// other entity's name. A role link carries the status of its latest evidence.
    ///
    /// ```swift
    /// for link in try store.links(of: "person:burkhard-jung", filter: LinkFilter(predicate: .holdsRole)) {
    ///     print(link.role ?? link.predicate.rawValue, link.other.name, link.count)
    /// }
    /// ```
    ///
    /// - Parameter filter: which links to keep (see ``LinkFilter``); all by default.
    /// - Returns: an empty array for an entity without (matching) relations or one the store
    ///   does not know.
    public func links(of id: EntityID, filter: LinkFilter = .all) throws -> [Link] {
        try read { db in
            var sql = """
                SELECT id, subjectId, objectId, predicate, role, roleKey, status, date, documentId,
                       evidenceStart, evidenceEnd, evidenceText
                FROM relation WHERE (subjectId = :id OR objectId = :id)
                """
            var arguments: [String: (any DatabaseValueConvertible)?] = ["id": id.rawValue]
            if let predicate = filter.predicate {
                sql += " AND predicate = :predicate"
                arguments["predicate"] = predicate.rawValue
            }
            let rows = try Row.fetchAll(
                db, sql: sql + " ORDER BY id", arguments: StatementArguments(arguments))
            // Group into edges with the model's own merging, keeping the first role written.
            var edges: [LinkKey: GraphEdge] = [:]
            var statuses: [LinkKey: (date: String, status: String?)] = [:]
            for row in rows where filter.admits(date: row["date"]) {
                let subject = EntityID(rawValue: row["subjectId"])
                let object = EntityID(rawValue: row["objectId"])
                let predicate = try predicate(row["predicate"])
                let outgoing = subject == id
                let roleKey: String? = row["roleKey"]
                let key = LinkKey(
                    predicate: predicate, other: outgoing ? object : subject,
                    roleKey: roleKey ?? "", outgoing: outgoing)
                var edge =
                    edges[key]
                    ?? GraphEdge(
                        subject: subject, predicate: predicate, object: object, role: row["role"],
                        roleKey: roleKey)
                edge.add(Self.evidence(row))
                edges[key] = edge
                // Rows come in insertion order: a later row of the same date wins.
                let date: String = row["date"] ?? ""
                if statuses[key].map({ date >= $0.date }) ?? true {
                    statuses[key] = (date, row["status"])
                }
            }
            let others = try summaries(db, ids: edges.keys.map(\.other))
            let links = try edges.compactMap { key, edge -> Link? in
                guard let other = others[key.other] else { return nil }
                if let type = filter.otherType, other.type != type { return nil }
                return Link(
                    predicate: key.predicate, role: edge.role, roleKey: edge.roleKey,
                    status: try status(statuses[key]?.status), outgoing: key.outgoing,
                    other: other, firstDate: edge.firstDate, lastDate: edge.lastDate,
                    evidence: edge.evidence)
            }
            return links.sorted { a, b in
                if a.predicate != b.predicate { return a.predicate < b.predicate }
                if a.count != b.count { return a.count > b.count }
                if a.lastDate != b.lastDate { return (a.lastDate ?? "") > (b.lastDate ?? "") }
                return (a.other.name, a.other.id, a.roleKey ?? "", a.outgoing ? 0 : 1)
                    < (b.other.name, b.other.id, b.roleKey ?? "", b.outgoing ? 0 : 1)
            }
        }
    }

    /// Decodes the evidence of a relation row (`documentId, date, evidenceStart, evidenceEnd,
    /// evidenceText`).
    static func evidence(_ row: Row) -> EdgeEvidence {
        EdgeEvidence(
            documentID: row["documentId"], date: row["date"], start: row["evidenceStart"],
            end: row["evidenceEnd"], text: row["evidenceText"])
    }

    /// Decodes a stored role status (NULL is no status).
    func status(_ name: String?) throws -> RoleStatus? {
        guard let name else { return nil }
        guard let status = RoleStatus(rawValue: name) else {
            throw GraphStoreError.invalidStoredValue(
                path: path, table: "relation", column: "status", value: name)
        }
        return status
    }
}

/// What makes relations one ``Link`` of the queried entity.
private struct LinkKey: Hashable {
    var predicate: Predicate
    var other: EntityID
    var roleKey: String
    var outgoing: Bool
}
