internal import GRDB
import GovGraphModel

extension GraphStore {
    /// The dated facts about an entity, earliest first: each relation with a date in which it is
    /// the subject or the object, with predicate, role, status, the other entity and the
    /// sentence.
    ///
    /// A fact read several times in one document is listed once, with its first sentence.
    /// Co-mentions are not facts and are left out unless `includeCoMentions`.
    ///
    /// ```swift
    /// for entry in try store.timeline(of: "organization:deutscher-staedtetag") {
    ///     print(entry.date, entry.role ?? entry.predicate.rawValue, entry.other.name)
    /// }
    /// ```
    public func timeline(of id: EntityID, includeCoMentions: Bool = false) throws
        -> [TimelineEntry]
    {
        try read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT subjectId, objectId, predicate, role, roleKey, status, date, documentId,
                           evidenceStart, evidenceEnd, evidenceText, rule
                    FROM relation
                    WHERE (subjectId = :id OR objectId = :id) AND date IS NOT NULL
                        AND (:all OR predicate <> 'co_mentioned')
                    ORDER BY date, id
                    """,
                arguments: ["id": id.rawValue, "all": includeCoMentions])
            var seen: Set<[String]> = []
            var facts: [(row: Row, other: EntityID, outgoing: Bool)] = []
            for row in rows {
                let subject = EntityID(rawValue: row["subjectId"])
                let outgoing = subject == id
                let other = outgoing ? EntityID(rawValue: row["objectId"]) : subject
                let key: [String] = [
                    row["documentId"], row["predicate"], other.rawValue, row["roleKey"] ?? "",
                    outgoing ? ">" : "<", row["status"] ?? "",
                ]
                if seen.insert(key).inserted { facts.append((row, other, outgoing)) }
            }
            let others = try summaries(db, ids: facts.map(\.other))
            let entries = try facts.compactMap { fact -> TimelineEntry? in
                guard let other = others[fact.other] else { return nil }
                return TimelineEntry(
                    date: fact.row["date"], predicate: try predicate(fact.row["predicate"]),
                    role: fact.row["role"], roleKey: fact.row["roleKey"],
                    status: try status(fact.row["status"]), outgoing: fact.outgoing,
                    other: other, evidence: Self.evidence(fact.row))
            }
            // Stable: within a date, the predicate's rank, then text order.
            return entries.enumerated().sorted { a, b in
                (a.element.date, a.element.predicate.rank, a.offset)
                    < (b.element.date, b.element.predicate.rank, b.offset)
            }.map(\.element)
        }
    }
}
