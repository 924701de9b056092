import Foundation
import GovGraphModel

/// Renders a knowledge graph as NetworkX node-link JSON.
///
/// The result loads with `networkx.node_link_graph(data, edges="edges")` (NetworkX 3.4 or
/// later) as a directed multigraph: one node per entity, one edge per graph edge, keyed so that
/// the edges between one pair of entities stay apart (`holds_role:präsident`, `co_mentioned`).
/// Every attribute is always present; unknown values are `null`.
///
/// The output is pretty-printed with sorted keys, non-ASCII text as UTF-8 (not `\u` escapes),
/// unescaped slashes and a trailing newline, so equal graphs give equal bytes.
///
/// ```swift
/// let json = NodeLinkJSONRenderer().render(graph)
/// // {
/// //   "directed" : true,
/// //   "edges" : [ { "key" : "holds_role:präsident", "predicate" : "holds_role", … } ],
/// //   …
/// ```
///
/// ```python
/// g = nx.node_link_graph(json.load(open("graph.json")), edges="edges")
/// ```
public struct NodeLinkJSONRenderer: Sendable {
    /// The graph's `name` attribute.
    public var name: String

    public init(name: String = "govgraph") {
        self.name = name
    }

    /// The node-link JSON text of `graph`, ending with a newline.
    public func render(_ graph: KnowledgeGraph) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            let data = try encoder.encode(NodeLinkGraph(graph, name: name))
            return String(decoding: data, as: UTF8.self) + "\n"
        } catch {
            // Strings, integers, booleans and nulls only: encoding cannot fail.
            preconditionFailure("node-link JSON encoding failed: \(error)")
        }
    }

    /// The edge's `key`: the predicate, then `:` and the role key when there is one.
    ///
    /// Unique between one source and target, because a graph edge is identified by subject,
    /// predicate, object and role key.
    public static func key(of edge: GraphEdge) -> String {
        guard let roleKey = edge.roleKey, !roleKey.isEmpty else { return edge.predicate.rawValue }
        return "\(edge.predicate.rawValue):\(roleKey)"
    }
}
