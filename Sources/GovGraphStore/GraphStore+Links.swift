internal import GRDB
import GovGraphModel

extension GraphStore {
    /// Everything the entity is linked to, one ``Link`` per predicate, other entity, role key
    /// and direction, with all evidence.
    ///
    /// Roles (holds_role) come first, then co-mentions; within each, the most often read links
    /// first, then the other entity's name.
    ///
    /// ```swift
    /// for link in try store.links(of: "person:burkhard-jung") {
    ///     print(link.role ?? link.predicate.rawValue, link.other.name, link.count)
    /// }
    /// ```
    ///
    /// Returns an empty array for an entity without relations or one the store does not know.
    public func links(of id: EntityID) throws -> [Link] {
        try read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT subjectId, objectId, predicate, role, roleKey, date, documentId,
                           evidenceStart, evidenceEnd, evidenceText
                    FROM relation WHERE subjectId = :id OR objectId = :id ORDER BY id
                    """,
                arguments: ["id": id.rawValue])
            // Group into edges with the model's own merging, keeping the first role written.
            var edges: [LinkKey: GraphEdge] = [:]
            for row in rows {
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
            }
            let others = try summaries(db, ids: edges.keys.map(\.other))
            let links = edges.compactMap { key, edge -> Link? in
                guard let other = others[key.other] else { return nil }
                return Link(
                    predicate: key.predicate, role: edge.role, roleKey: edge.roleKey,
                    outgoing: key.outgoing, other: other, firstDate: edge.firstDate,
                    lastDate: edge.lastDate, evidence: edge.evidence)
            }
            return links.sorted { a, b in
                if a.predicate != b.predicate { return a.predicate < b.predicate }
                if a.count != b.count { return a.count > b.count }
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
}

/// What makes relations one ``Link`` of the queried entity.
private struct LinkKey: Hashable {
    var predicate: Predicate
    var other: EntityID
    var roleKey: String
    var outgoing: Bool
}
