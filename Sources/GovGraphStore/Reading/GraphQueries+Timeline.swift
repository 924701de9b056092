import GovGraphModel

extension GraphQueries {
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
        let rows = try reader.rows(
            """
            SELECT \(Self.edgeColumns)
            FROM relation
            WHERE (subjectId = ?1 OR objectId = ?1) AND date IS NOT NULL
                AND (?2 = 1 OR predicate <> 'co_mentioned')
            ORDER BY date, id
            """, .text(id.rawValue), .integer(includeCoMentions ? 1 : 0))
        var seen: Set<[String]> = []
        var facts: [(row: SQLRow, other: EntityID, outgoing: Bool)] = []
        for row in rows {
            let subject = EntityID(rawValue: row.text(0))
            let outgoing = subject == id
            let other = outgoing ? EntityID(rawValue: row.text(1)) : subject
            let key: [String] = [
                row.text(7), row.text(2), other.rawValue, row.optionalText(4) ?? "",
                outgoing ? ">" : "<", row.optionalText(5) ?? "",
            ]
            if seen.insert(key).inserted { facts.append((row, other, outgoing)) }
        }
        let others = try summaries(ids: facts.map(\.other))
        let entries = try facts.compactMap { fact -> TimelineEntry? in
            guard let other = others[fact.other] else { return nil }
            let row = fact.row
            return TimelineEntry(
                date: row.text(6), predicate: try predicate(row.text(2)), role: row.optionalText(3),
                roleKey: row.optionalText(4), status: try status(row.optionalText(5)), outgoing: fact.outgoing,
                other: other,
                evidence: EdgeEvidence(
                    documentID: row.text(7), date: row.optionalText(6), start: row.integer(8),
                    end: row.integer(9), text: row.text(10), rule: row.optionalText(11)))
        }
        // Stable: within a date, the predicate's rank, then text order.
        return entries.enumerated().sorted { a, b in
            (a.element.date, a.element.predicate.rank, a.offset)
                < (b.element.date, b.element.predicate.rank, b.offset)
        }.map(\.element)
    }
}
