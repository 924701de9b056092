internal import GRDB
import GovGraphModel

extension GraphStore {
    /// A shortest chain of edges between two entities, walking edges in either direction.
    ///
    /// A breadth-first search that asks SQL for the relations of one level's entities at a
    /// time, so that only the explored part of the graph is read. A chain without co-mentions is
    /// looked for first, and wins even when a chain through shared sentences is shorter (a role,
    /// a succession or a location says more than a shared sentence); only without one are
    /// co-mentions walked, and then among shortest paths the one with the fewest co_mentioned
    /// steps wins; among those, the one through the earliest stored relations.
    ///
    /// ```swift
    /// let path = try store.shortestPath(from: "person:burkhard-jung", to: "state:14")
    /// // Burkhard Jung –holds_role→ Leipzig –co_mentioned– Sachsen
    /// ```
    ///
    /// - Returns: the steps from `from` to `to`; an empty array when both are the same known
    ///   entity; nil when either entity is unknown or no path of at most `maxLength` edges exists.
    /// - Complexity: at most `maxLength` levels, each one query per 500 entities of the level.
    public func shortestPath(from: EntityID, to: EntityID, maxLength: Int = 6) throws -> [PathStep]?
    {
        try read { db in
            let ends = try summaries(db, ids: [from, to])
            guard ends[from] != nil, ends[to] != nil else { return nil }
            if from == to { return [] }
            // A chain of roles, successions and locations says more than shared sentences: look
            // for one first, and walk co-mentions only when there is none.
            for rolesOnly in [true, false] {
                if let path = try search(db, from: from, to: to, maxLength: maxLength, rolesOnly: rolesOnly) {
                    return path
                }
            }
            return nil
        }
    }

    /// One breadth-first search; `rolesOnly` leaves out co_mentioned edges.
    private func search(_ db: Database, from: EntityID, to: EntityID, maxLength: Int, rolesOnly: Bool) throws
        -> [PathStep]?
    {
        // The cost of a reached entity counts its path's co_mentioned steps.
        var cost: [EntityID: Int] = [from: 0]
        var hops: [EntityID: Hop] = [:]
        var frontier: [EntityID] = [from]
        for _ in 0..<max(0, maxLength) {
            // The target's own relations tell whether it lies one step beyond the frontier, and
            // by which hop: the same hop as the whole next level would give it, for a fraction of
            // the rows (the next level is the largest one read).
            if let hop = try hop(db, into: to, from: frontier, cost: cost, rolesOnly: rolesOnly) {
                hops[to] = hop
                return try steps(db, to: to, from: from, hops: hops)
            }
            let next = try nextLevel(db, frontier: frontier, cost: cost, rolesOnly: rolesOnly)
            if next.isEmpty { return nil }
            for (id, reached) in next {
                cost[id] = reached.cost
                hops[id] = reached.hop
            }
            if next[to] != nil { return try steps(db, to: to, from: from, hops: hops) }
            frontier = next.keys.sorted()
        }
        return nil
    }

    /// The cheapest hop from `frontier` into `target`, chosen as ``nextLevel(_:frontier:cost:rolesOnly:)``
    /// would choose it (the same chunks, rows in the same order), or nil when no relation joins
    /// them.
    private func hop(
        _ db: Database, into target: EntityID, from frontier: [EntityID], cost: [EntityID: Int],
        rolesOnly: Bool
    ) throws -> Hop? {
        var best: (cost: Int, hop: Hop)?
        for chunk in Self.chunks(of: frontier.map(\.rawValue)) {
            let list = Self.placeholders(chunk.count)
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT id, subjectId, objectId, predicate FROM relation
                    WHERE ((subjectId = ? AND objectId IN (\(list)))
                        OR (objectId = ? AND subjectId IN (\(list))))
                    \(rolesOnly ? "AND predicate != 'co_mentioned'" : "") ORDER BY id
                    """,
                arguments: StatementArguments([target.rawValue] + Array(chunk) + [target.rawValue] + Array(chunk)))
            for row in rows {
                let subject = EntityID(rawValue: row["subjectId"])
                let near = subject == target ? EntityID(rawValue: row["objectId"]) : subject
                guard let base = cost[near] else { continue }
                let total = base + (try predicate(row["predicate"]) == .coMentioned ? 1 : 0)
                if let known = best, known.cost <= total { continue }
                best = (total, Hop(previous: near, relationID: row["id"]))
            }
        }
        return best?.hop
    }

    /// The entities one edge beyond `frontier` that were not reached before, each with its
    /// cheapest hop.
    private func nextLevel(
        _ db: Database, frontier: [EntityID], cost: [EntityID: Int], rolesOnly: Bool
    ) throws -> [EntityID: (cost: Int, hop: Hop)] {
        var next: [EntityID: (cost: Int, hop: Hop)] = [:]
        for chunk in Self.chunks(of: frontier.map(\.rawValue)) {
            let list = Self.placeholders(chunk.count)
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT id, subjectId, objectId, predicate FROM relation
                    WHERE (subjectId IN (\(list)) OR objectId IN (\(list)))
                    \(rolesOnly ? "AND predicate != 'co_mentioned'" : "") ORDER BY id
                    """,
                arguments: StatementArguments(Array(chunk) + Array(chunk)))
            for row in rows {
                let subject = EntityID(rawValue: row["subjectId"])
                let object = EntityID(rawValue: row["objectId"])
                let step = try predicate(row["predicate"]) == .coMentioned ? 1 : 0
                for (near, far) in [(subject, object), (object, subject)] {
                    guard let base = cost[near], cost[far] == nil else { continue }
                    let total = base + step
                    if let known = next[far], known.cost <= total { continue }
                    next[far] = (total, Hop(previous: near, relationID: row["id"]))
                }
            }
        }
        return next
    }

    /// Walks the hops back from `to` and reads the relations of the path.
    private func steps(_ db: Database, to: EntityID, from: EntityID, hops: [EntityID: Hop]) throws
        -> [PathStep]
    {
        var chain: [(from: EntityID, to: EntityID, relationID: Int64)] = []
        var current = to
        while current != from, let hop = hops[current] {
            chain.append((hop.previous, current, hop.relationID))
            current = hop.previous
        }
        chain.reverse()
        let entities = try summaries(db, ids: chain.flatMap { [$0.from, $0.to] })
        return try chain.map { link in
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT subjectId, predicate, role, date, documentId, evidenceStart, evidenceEnd,
                           evidenceText
                    FROM relation WHERE id = ?
                    """,
                arguments: [link.relationID])!
            return PathStep(
                from: entities[link.from]!, to: entities[link.to]!,
                predicate: try predicate(row["predicate"]), role: row["role"],
                outgoing: EntityID(rawValue: row["subjectId"]) == link.from,
                evidence: Self.evidence(row))
        }
    }
}

/// How the search reached an entity: from which entity, over which relation.
private struct Hop {
    var previous: EntityID
    var relationID: Int64
}
