import Foundation

/// When an edge held, as far as the articles tell: from the first article that reads it to the
/// article that reads it as ended.
///
/// Both ends are article dates (`YYYY-MM-DD`), not the dates of the events themselves: a role
/// read in 2019 may be older, and a role read as "former" in 2025 ended on or before that day.
public struct EdgeTimespan: Sendable, Hashable {
    /// The first article date that reads the edge as holding; nil when none is dated or every
    /// reading is of a role already given up.
    public var start: String?
    /// For a role that ended: the date it was first read as ended. Nil while it holds.
    public var end: String?

    public init(start: String? = nil, end: String? = nil) {
        self.start = start
        self.end = end
    }

    /// Whether the edge is known to have ended.
    public var hasEnded: Bool { end != nil }
}

extension KnowledgeGraph {
    /// The time span of every edge, by edge key.
    ///
    /// An edge starts at its first dated reading. A holds_role edge ends
    ///
    /// - when its latest dated reading reads the role as `former` ("die frühere Präsidentin"): at
    ///   the first former reading after the last reading as held; or
    /// - when a successor took it over: a `succeeds` edge from someone who holds the same role
    ///   (folded) in the same organization or place, dated on or after the last reading as
    ///   held, ends it at the succession's first date.
    ///
    /// Other edges never end.
    ///
    /// ```swift
    /// let spans = graph.timespans()
    /// spans[edge.key]?.end  // "2026-01-26" for Katja Dörner's Vizepräsidentin
    /// ```
    ///
    /// - Complexity: O(e + s·h), where e is the number of edges, s the number of successions
    ///   and h the number of holds_role edges.
    public func timespans() -> [GraphEdge.Key: EdgeTimespan] {
        let roles = edges.filter { $0.predicate == .holdsRole }
        let successions = edges.filter { $0.predicate == .succeeds }
        var result: [GraphEdge.Key: EdgeTimespan] = [:]
        for edge in edges {
            guard edge.predicate == .holdsRole else {
                result[edge.key] = EdgeTimespan(start: edge.firstDate)
                continue
            }
            result[edge.key] = Self.timespan(ofRole: edge, roles: roles, successions: successions)
        }
        return result
    }

    static func timespan(ofRole edge: GraphEdge, roles: [GraphEdge], successions: [GraphEdge])
        -> EdgeTimespan
    {
        let dated = edge.evidence.filter { $0.date != nil }
        let held = dated.filter { $0.status != .former }
        var span = EdgeTimespan(start: held.first?.date)
        let lastHeld = held.last?.date
        if edge.latestStatus == .former {
            let ended = dated.first { reading in
                reading.status == .former && (lastHeld.map { reading.date! >= $0 } ?? true)
            }
            span.end = ended?.date
            return span
        }
        let key = comparableRole(edge.roleKey ?? edge.role ?? "")
        let closing = successions.compactMap { succession -> String? in
            guard succession.object == edge.subject, let date = succession.firstDate,
                lastHeld.map({ date >= $0 }) ?? true
            else { return nil }
            if let named = succession.roleKey, comparableRole(named) != key { return nil }
            let successorHoldsIt = roles.contains {
                $0.subject == succession.subject && $0.object == edge.object
                    && comparableRole($0.roleKey ?? $0.role ?? "") == key
            }
            return successorHoldsIt ? date : nil
        }
        span.end = closing.min()
        return span
    }

    /// A role key folded, case and diacritics ignored, so that "Landrätin" and "landrat" agree.
    static func comparableRole(_ role: String) -> String {
        RoleFolding.key(role).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
    }
}
