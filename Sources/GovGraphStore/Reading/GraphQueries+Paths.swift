import GovGraphModel

extension GraphQueries {
    /// A shortest chain of edges between two entities, walking edges in either direction.
    ///
    /// A chain without co-mentions is looked for first, and wins even when a chain through
    /// shared sentences is shorter (a role, a succession or a location says more than a shared
    /// sentence); only without one are co-mentions walked, and then among shortest paths the
    /// one with the fewest co_mentioned steps wins. Among those, each entity is reached over
    /// its earliest stored relation, and where the two ends' searches meet, the entity reached
    /// over the earliest stored relation wins.
    ///
    /// The search is breadth-first from both ends at once, always one level further from the
    /// end whose last level holds fewer entities, so that a chain of four steps reads the
    /// neighbours of two levels on each side instead of four levels from one, and a busy entity
    /// (a Land named with everyone) is read only when a shortest chain could pass through it.
    /// The neighbours of an entity are its distinct edges (other entity and predicate, with the
    /// first relation), read from the covering edge indexes with one prepared statement.
    ///
    /// ```swift
    /// let path = try store.shortestPath(from: "person:burkhard-jung", to: "state:14")
    /// // Burkhard Jung –holds_role→ Leipzig –co_mentioned– Sachsen
    /// ```
    ///
    /// - Returns: the steps from `from` to `to`; an empty array when both are the same known
    ///   entity; nil when either entity is unknown or no path of at most `maxLength` edges exists.
    /// - Complexity: at most `maxLength` levels in all, one indexed read per entity of each
    ///   expanded level.
    public func shortestPath(from: EntityID, to: EntityID, maxLength: Int = 6) throws -> [PathStep]?
    {
        let ends = try summaries(ids: [from, to])
        guard ends[from] != nil, ends[to] != nil else { return nil }
        if from == to { return [] }
        // A chain of roles, successions and locations says more than shared sentences: look
        // for one first, and walk co-mentions only when there is none.
        for rolesOnly in [true, false] {
            var search = PathSearch(reader, from: from, to: to, rolesOnly: rolesOnly)
            if let chain = try search.run(maxLength: maxLength) {
                return try steps(chain: chain)
            }
        }
        return nil
    }

    /// Reads the relations and entities of a chain of hops.
    /// The steps of a chain of hops; nil when an entity or relation of it is gone (removed by
    /// another process between the search and this read, which PostgreSQL's statement-level
    /// reads allow).
    private func steps(chain: [(from: EntityID, to: EntityID, relationID: Int64)]) throws -> [PathStep]? {
        let entities = try summaries(ids: chain.flatMap { [$0.from, $0.to] })
        var steps: [PathStep] = []
        for link in chain {
            guard
                let from = entities[link.from], let to = entities[link.to],
                let row = try reader.row(
                    """
                    SELECT subjectId, predicate, role, date, documentId, evidenceStart, evidenceEnd,
                           evidenceText, rule
                    FROM relation WHERE id = ?
                    """, .integer(Int(link.relationID)))
            else { return nil }
            steps.append(
                PathStep(
                    from: from, to: to, predicate: try predicate(row.text(1)), role: row.optionalText(2),
                    outgoing: EntityID(rawValue: row.text(0)) == link.from,
                    evidence: EdgeEvidence(
                        documentID: row.text(4), date: row.optionalText(3), start: row.integer(5),
                        end: row.integer(6), text: row.text(7), rule: row.optionalText(8))))
        }
        return steps
    }
}

/// One bidirectional breadth-first search of ``GraphQueries/shortestPath(from:to:maxLength:)``.
///
/// Each side keeps, for every entity it reached, the fewest co_mentioned steps of a shortest
/// chain from its end and the hop it came by. Levels are complete before they are compared, so
/// that the costs are final: the first level that meets the other side's reached entities gives
/// the length of every shortest chain, and the cheapest meeting entity gives the chain.
private struct PathSearch {
    /// How a side reached an entity: with how many co_mentioned steps from its end, from which
    /// entity (nil for the end itself), over which relation.
    struct Reach {
        var cost: Int
        var previous: String?
        var relationID: Int64
    }

    struct Side {
        var reached: [String: Reach]
        var frontier: [String]
        var depth = 0

        init(end: String) {
            reached = [end: Reach(cost: 0, previous: nil, relationID: 0)]
            frontier = [end]
        }
    }

    let reader: any SQLReader
    let neighbours: String
    var forward: Side
    var backward: Side

    init(_ reader: any SQLReader, from: EntityID, to: EntityID, rolesOnly: Bool) {
        self.reader = reader
        forward = Side(end: from.rawValue)
        backward = Side(end: to.rawValue)
        // Both ends of an entity's relations, one row per distinct other entity and predicate
        // with the earliest relation, each read in its covering index alone. Without
        // co-mentions, the index is searched predicate by predicate, so that the co-mentions of
        // a busy entity are not even skipped over.
        let kept = Predicate.allCases.filter { $0 != .coMentioned }.map { "'\($0.rawValue)'" }
        let condition = rolesOnly ? " AND predicate IN (\(kept.joined(separator: ", ")))" : ""
        neighbours = """
            SELECT objectId, predicate, MIN(id) FROM relation
            WHERE subjectId = ?1\(condition) GROUP BY predicate, objectId
            UNION ALL
            SELECT subjectId, predicate, MIN(id) FROM relation
            WHERE objectId = ?1\(condition) GROUP BY predicate, subjectId
            """
    }

    /// The hops of a shortest chain from `from` to `to` of at most `maxLength` steps, or nil.
    mutating func run(maxLength: Int) throws -> [(from: EntityID, to: EntityID, relationID: Int64)]? {
        while forward.depth + backward.depth < maxLength {
            let expandForward = forward.frontier.count <= backward.frontier.count
            let meeting =
                expandForward
                ? try expand(&forward, against: backward) : try expand(&backward, against: forward)
            if let meeting { return chain(through: meeting) }
            if forward.frontier.isEmpty || backward.frontier.isEmpty { return nil }
        }
        return nil
    }

    /// Reads the next level of `side`, and returns the cheapest entity of it that `other` has
    /// reached, if any.
    private func expand(_ side: inout Side, against other: Side) throws -> String? {
        var next: [String: Reach] = [:]
        for near in side.frontier {
            let base = side.reached[near]!.cost
            for row in try reader.rows(neighbours, .text(near)) {
                let far = row.text(0)
                guard side.reached[far] == nil else { continue }
                let reach = Reach(
                    cost: base + (row.text(1) == Predicate.coMentioned.rawValue ? 1 : 0),
                    previous: near, relationID: row.int64(2))
                if let known = next[far], !Self.isBetter(reach, than: known) { continue }
                next[far] = reach
            }
        }
        var best: (entity: String, cost: Int, relationID: Int64)?
        for (entity, reach) in next {
            side.reached[entity] = reach
            guard let meets = other.reached[entity] else { continue }
            let cost = reach.cost + meets.cost
            if let known = best, (known.cost, known.relationID) <= (cost, reach.relationID) { continue }
            best = (entity, cost, reach.relationID)
        }
        side.frontier = Array(next.keys)
        side.depth += 1
        return best?.entity
    }

    /// Fewer co_mentioned steps, then the earlier stored relation.
    private static func isBetter(_ a: Reach, than b: Reach) -> Bool {
        (a.cost, a.relationID) < (b.cost, b.relationID)
    }

    /// The hops from `from` to `to` through the entity where the two sides met.
    private func chain(through meeting: String) -> [(from: EntityID, to: EntityID, relationID: Int64)] {
        var chain: [(from: EntityID, to: EntityID, relationID: Int64)] = []
        var current = meeting
        while let reach = forward.reached[current], let previous = reach.previous {
            chain.append((EntityID(rawValue: previous), EntityID(rawValue: current), reach.relationID))
            current = previous
        }
        chain.reverse()
        current = meeting
        while let reach = backward.reached[current], let previous = reach.previous {
            chain.append((EntityID(rawValue: current), EntityID(rawValue: previous), reach.relationID))
            current = previous
        }
        return chain
    }
}
