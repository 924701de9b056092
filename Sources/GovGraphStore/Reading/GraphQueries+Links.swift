import GovGraphModel

extension GraphQueries {
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
        // Each end through its own covering index, in insertion order (the first role
        // written, the latest status of a day); a relation of the entity with itself once.
        let predicate = filter.predicate == nil ? "" : " AND predicate = ?2"
        let columns = """
            id, subjectId, objectId, predicate, role, roleKey, status, date, documentId,
            evidenceStart, evidenceEnd, evidenceText, rule
            """
        var arguments: [SQLArgument] = [.text(id.rawValue)]
        if let wanted = filter.predicate { arguments.append(.text(wanted.rawValue)) }
        let rows = try reader.rows(
            """
            SELECT \(columns) FROM relation WHERE subjectId = ?1\(predicate)
            UNION ALL
            SELECT \(columns) FROM relation WHERE objectId = ?1 AND subjectId <> ?1\(predicate)
            ORDER BY id
            """, arguments)
        var edges: [LinkKey: LinkEdge] = [:]
        for row in rows {
            let date = row.optionalText(7)
            guard filter.admits(date: date) else { continue }
            let subject = row.text(1)
            let object = row.text(2)
            let outgoing = subject == id.rawValue
            let roleKey = row.optionalText(5)
            let key = LinkKey(
                predicate: try self.predicate(row.text(3)),
                other: EntityID(rawValue: outgoing ? object : subject),
                roleKey: roleKey ?? "", outgoing: outgoing)
            let status = row.optionalText(6)
            let evidence = EdgeEvidence(
                documentID: row.text(8), date: date, start: row.integer(9), end: row.integer(10),
                text: row.text(11), status: status.flatMap(RoleStatus.init(rawValue:)), rule: row.optionalText(12))
            if edges[key]?.add(evidence, status: status) == nil {
                edges[key] = LinkEdge(role: row.optionalText(4), roleKey: roleKey, first: evidence, status: status)
            }
        }
        let others = try summaries(ids: edges.keys.map(\.other))
        let links = try edges.compactMap { key, edge -> Link? in
            guard let other = others[key.other] else { return nil }
            if let type = filter.otherType, other.type != type { return nil }
            let evidence = edge.sortedEvidence()
            return Link(
                predicate: key.predicate, role: edge.role, roleKey: edge.roleKey,
                status: try status(edge.status), outgoing: key.outgoing, other: other,
                firstDate: evidence.lazy.compactMap(\.date).min(),
                lastDate: evidence.lazy.compactMap(\.date).max(), evidence: evidence)
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

/// What makes relations one ``Link`` of the queried entity.
private struct LinkKey: Hashable {
    var predicate: Predicate
    var other: EntityID
    var roleKey: String
    var outgoing: Bool
}

/// The relations of one link while they are read: the first role written, every piece of
/// evidence, and the status of the latest dated relation (a later row of the same date wins).
private struct LinkEdge {
    var role: String?
    var roleKey: String?
    var evidence: [EdgeEvidence]
    var statusDate: String
    var status: String?

    init(role: String?, roleKey: String?, first: EdgeEvidence, status: String?) {
        self.role = role
        self.roleKey = roleKey
        evidence = [first]
        statusDate = first.date ?? ""
        self.status = status
    }

    mutating func add(_ item: EdgeEvidence, status: String?) {
        evidence.append(item)
        let date = item.date ?? ""
        if date >= statusDate {
            statusDate = date
            self.status = status
        }
    }

    /// The evidence ordered by date, document and offset, each sentence once (as
    /// `GraphEdge.add` keeps it, sorted once instead of on every row).
    func sortedEvidence() -> [EdgeEvidence] {
        let sorted = evidence.sorted {
            ($0.date ?? "", $0.documentID, $0.start, $0.end) < ($1.date ?? "", $1.documentID, $1.start, $1.end)
        }
        var result: [EdgeEvidence] = []
        result.reserveCapacity(sorted.count)
        for item in sorted where result.last != item { result.append(item) }
        return result
    }
}
