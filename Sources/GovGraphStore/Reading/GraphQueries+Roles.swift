import GovGraphModel

extension GraphQueries {
    /// Who held a role in an organization or place: one ``RoleHolding`` per person, with dates,
    /// status, evidence and the persons they succeeded.
    ///
    /// The role is folded like the extraction folds it (``RoleKey/fold(_:)``), so "Präsidentin",
    /// "Präsident" and "präsident" ask the same; "OB" asks for "Oberbürgermeister". Without
    /// `at`, the whole history comes back, earliest first. With `at`, only holdings valid on
    /// that day: read on or before it, not marked former in the latest evidence up to it, and
    /// not closed by a successor who took the same role here on or before it.
    ///
    /// ```swift
    /// let heads = try store.roleHolders(
    ///     role: "Präsidentin", of: "organization:deutscher-staedtetag", at: "2020-01-01")
    /// heads.map(\.person.name)   // ["Burkhard Jung"]
    /// ```
    ///
    /// - Parameter at: an ISO date (`YYYY-MM-DD`), or nil for the history.
    public func roleHolders(role: String, of organization: EntityID, at date: String? = nil)
        throws -> [RoleHolding]
    {
        let key = RoleKey.fold(role)
        let rows = try reader.rows(
            """
            SELECT subjectId, role, roleKey, status, date, documentId, evidenceStart,
                   evidenceEnd, evidenceText, rule
            FROM relation
            WHERE objectId = ? AND predicate = 'holds_role' AND roleKey IS NOT NULL
            ORDER BY id
            """, .text(organization.rawValue)
        ).filter { RoleKey.matches(stored: $0.text(2), query: key) }
        var holdings: [EntityID: Holding] = [:]
        for row in rows {
            let person = EntityID(rawValue: row.text(0))
            var holding = holdings[person] ?? Holding(role: row.optionalText(1), roleKey: row.text(2))
            holding.add(
                date: row.optionalText(4), status: try status(row.optionalText(3)),
                evidence: EdgeEvidence(
                    documentID: row.text(5), date: row.optionalText(4), start: row.integer(6),
                    end: row.integer(7), text: row.text(8), rule: row.optionalText(9)))
            holdings[person] = holding
        }
        let successions = try self.successions(among: Array(holdings.keys), key: key)
        if let date {
            let known = holdings.compactMapValues { $0.upTo(date) }
            holdings = known.filter { person, holding in
                holding.latestStatus != .former
                    && !successions.contains { succession in
                        succession.predecessor == person && known[succession.successor] != nil
                            && (succession.date.map { $0 <= date } ?? false)
                    }
            }
        }
        let predecessorIDs = successions.filter { succession in
            guard let holding = holdings[succession.successor] else { return false }
            return succession.roleMatches
                || holdings[succession.predecessor] != nil
                || holding.documents.contains(succession.documentID)
        }
        let people = try summaries(
            ids: Array(holdings.keys) + predecessorIDs.map(\.predecessor))
        let result = holdings.compactMap { person, holding -> RoleHolding? in
            guard let summary = people[person] else { return nil }
            let predecessors = Set(
                predecessorIDs.filter { $0.successor == person }.map(\.predecessor))
            return RoleHolding(
                person: summary, role: holding.role, roleKey: holding.roleKey,
                status: holding.latestStatus, firstDate: holding.edge.firstDate,
                lastDate: holding.edge.lastDate, evidence: holding.edge.evidence,
                predecessors: predecessors.compactMap { people[$0] }
                    .sorted { ($0.name, $0.id) < ($1.name, $1.id) })
        }
        return result.sorted { a, b in
            switch (a.firstDate, b.firstDate) {
            case let (x?, y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return (a.person.name, a.person.id) < (b.person.name, b.person.id)
            }
        }
    }

    /// The succeeds relations whose successor or predecessor is one of `persons`.
    private func successions(among persons: [EntityID], key: String) throws -> [Succession] {
        guard !persons.isEmpty else { return [] }
        let rows = try reader.rows(
            """
            SELECT subjectId, objectId, roleKey, date, documentId FROM relation
            WHERE predicate = 'succeeds'
                AND (\(dialect.anyOf("subjectId", "?1")) OR \(dialect.anyOf("objectId", "?1")))
            ORDER BY id
            """, .texts(persons.map(\.rawValue)))
        var result: [Succession] = []
        for row in rows {
            let roleKey = row.optionalText(2)
            // A succession in another role is not one in this role.
            if let roleKey, !RoleKey.matches(stored: roleKey, query: key) { continue }
            result.append(
                Succession(
                    successor: EntityID(rawValue: row.text(0)), predecessor: EntityID(rawValue: row.text(1)),
                    date: row.optionalText(3), documentID: row.text(4), roleMatches: roleKey != nil))
        }
        return result
    }
}

/// The relations of one person holding one role, gathered row by row.
private struct Holding {
    var role: String?
    var roleKey: String
    var edge: GraphEdge
    var rows: [(date: String?, status: RoleStatus?, evidence: EdgeEvidence)] = []
    var documents: Set<String> = []

    init(role: String?, roleKey: String) {
        self.role = role
        self.roleKey = roleKey
        edge = GraphEdge(subject: "", predicate: .holdsRole, object: "")
    }

    mutating func add(date: String?, status: RoleStatus?, evidence: EdgeEvidence) {
        rows.append((date, status, evidence))
        edge.add(evidence)
        documents.insert(evidence.documentID)
    }

    /// The status of the latest dated row (a later row wins a tie), else of the last row.
    var latestStatus: RoleStatus? {
        var best: (date: String, status: RoleStatus?)?
        for row in rows where best.map({ (row.date ?? "") >= $0.date }) ?? true {
            best = (row.date ?? "", row.status)
        }
        return best?.status ?? nil
    }

    /// The holding as known on `date`: only rows dated on or before it; nil when none is.
    func upTo(_ date: String) -> Holding? {
        var copy = Holding(role: nil, roleKey: roleKey)
        for row in rows {
            guard let rowDate = row.date, rowDate <= date else { continue }
            copy.rows.append(row)
            copy.edge.add(row.evidence)
            copy.documents.insert(row.evidence.documentID)
        }
        guard !copy.rows.isEmpty else { return nil }
        copy.role = role
        return copy
    }
}

/// One succeeds relation: `successor` followed `predecessor`.
private struct Succession {
    var successor: EntityID
    var predecessor: EntityID
    var date: String?
    var documentID: String
    /// Whether the relation names this role (not only "folgt auf").
    var roleMatches: Bool
}
