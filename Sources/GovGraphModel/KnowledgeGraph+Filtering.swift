/// Which part of a graph to keep: the filters every export format shares.
///
/// An empty filter keeps the whole graph. The parts apply in this order:
///
/// 1. `since`/`until` keep the evidence dated within the range (undated evidence goes), and
///    the edges with evidence left;
/// 2. `predicates` keeps the edges of those predicates;
/// 3. `minWeight` hides co_mentioned edges read in fewer sentences;
/// 4. after a date or predicate filter, only the entities that an edge left still connects
///    stay (and the focus);
/// 5. `focus` and `depth` keep the neighbourhood of one entity in what is left;
/// 6. `types` keeps the entities of those types (and the focus);
/// 7. `top` keeps the `top` entities with the most neighbours (then most mentions, then type
///    and id), and the focus besides.
///
/// Edges are kept only between kept entities.
///
/// ```swift
/// var filter = GraphFilter()
/// filter.predicates = [.holdsRole]
/// filter.since = "2025-01-01"
/// let roles = graph.filtered(by: filter)
/// ```
public struct GraphFilter: Sendable, Hashable {
    /// Entity types to keep; empty keeps all.
    public var types: Set<EntityType> = []
    /// Predicates to keep; empty keeps all.
    public var predicates: Set<Predicate> = []
    /// The first and last article date to keep (`YYYY-MM-DD`, inclusive).
    public var since: String?
    public var until: String?
    /// How many entities to keep, the most connected first.
    public var top: Int?
    /// The fewest sentences a co_mentioned edge must have been read in.
    public var minWeight: Int = 1
    /// The entity whose neighbourhood to keep.
    public var focus: EntityID?
    /// With `focus`: how many steps away to go.
    public var depth: Int = 1

    public init() {}

    /// Whether the filter keeps every graph whole.
    public var keepsEverything: Bool { self == GraphFilter() }
}

extension KnowledgeGraph {
    /// The part of the graph that `filter` keeps (see ``GraphFilter``).
    ///
    /// - Complexity: O((n + e) log n), where n is the number of nodes and e of edges.
    public func filtered(by filter: GraphFilter) -> KnowledgeGraph {
        var edges = self.edges
        if filter.since != nil || filter.until != nil {
            edges = edges.compactMap { $0.restricted(since: filter.since, until: filter.until) }
        }
        if !filter.predicates.isEmpty {
            edges = edges.filter { filter.predicates.contains($0.predicate) }
        }
        if filter.minWeight > 1 {
            edges = edges.filter { $0.predicate != .coMentioned || $0.count >= filter.minWeight }
        }
        var nodes = self.nodes
        if filter.since != nil || filter.until != nil || !filter.predicates.isEmpty {
            var touched = Set(edges.flatMap { [$0.subject, $0.object] })
            if let focus = filter.focus { touched.insert(focus) }
            nodes = nodes.filter { touched.contains($0.id) }
        }
        var graph = KnowledgeGraph(nodes: nodes, edges: edges)
        if let focus = filter.focus {
            graph = graph.neighbourhood(of: focus, depth: filter.depth)
        }
        if !filter.types.isEmpty {
            graph = graph.keeping { filter.types.contains($0.type) || $0.id == filter.focus }
        }
        if let top = filter.top {
            let degrees = graph.degrees()
            let ranked = graph.nodes.sorted { a, b in
                let (da, db) = (degrees[a.id, default: 0], degrees[b.id, default: 0])
                if da != db { return da > db }
                if a.mentionCount != b.mentionCount { return a.mentionCount > b.mentionCount }
                return (a.type, a.id) < (b.type, b.id)
            }
            var kept = Set(ranked.prefix(max(0, top)).map(\.id))
            if let focus = filter.focus, graph.node(focus) != nil { kept.insert(focus) }
            graph = graph.keeping { kept.contains($0.id) }
        }
        return graph
    }

    /// The number of distinct entities each entity is linked to, by any edge.
    public func degrees() -> [EntityID: Int] {
        var neighbours: [EntityID: Set<EntityID>] = [:]
        for edge in edges where edge.subject != edge.object {
            neighbours[edge.subject, default: []].insert(edge.object)
            neighbours[edge.object, default: []].insert(edge.subject)
        }
        return neighbours.mapValues(\.count)
    }

    /// The nodes that `isIncluded` keeps and the edges between them.
    public func keeping(_ isIncluded: (GraphNode) -> Bool) -> KnowledgeGraph {
        let nodes = self.nodes.filter(isIncluded)
        let ids = Set(nodes.map(\.id))
        return KnowledgeGraph(
            nodes: nodes, edges: edges.filter { ids.contains($0.subject) && ids.contains($0.object) })
    }
}

extension GraphEdge {
    /// The edge with only the evidence dated from `since` to `until` (inclusive), its dates
    /// recomputed; nil when no evidence is left.
    public func restricted(since: String?, until: String?) -> GraphEdge? {
        var copy = self
        copy.evidence = []
        copy.firstDate = nil
        copy.lastDate = nil
        for item in evidence {
            guard let date = item.date else { continue }
            if let since, date < since { continue }
            if let until, date > until { continue }
            copy.add(item)
        }
        return copy.evidence.isEmpty ? nil : copy
    }
}
