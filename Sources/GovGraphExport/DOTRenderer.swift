import GovGraphModel

/// Renders a knowledge graph as a Graphviz DOT `digraph`.
///
/// The output is meant to be laid out with `dot -Tsvg` and read by a person: left-to-right
/// ranks, one shape and colour per entity type with a legend of the types present, dark
/// labelled `holds_role` arrows (person → organization or place; grey with "bis DATE" when the
/// role ended, see ``GovGraphModel/KnowledgeGraph/timespans()``) and thin grey undirected
/// `co_mentioned` lines whose width grows slowly with the number of shared sentences.
/// Tooltips (shown by SVG viewers) carry ids, counts and dates.
///
/// The renderer is pure and deterministic: nodes come in the graph's (type, id) order and
/// edges in its stored order, attributes in a fixed order, and every id and label goes through
/// ``quoted(_:)``.
///
/// ```swift
/// let dot = DOTRenderer(title: "Städtetag 2024").render(graph)
/// // digraph "Städtetag 2024" {
/// //     "person:burkhard-jung" -> "organization:deutscher-staedtetag" [label="Präsident", …];
/// ```
public struct DOTRenderer: Sendable {
    /// The graph's name and the caption drawn above it.
    public var title: String
    /// Boxes around the nodes of one Land or one type; nil draws none.
    public var clustering: DOTClustering?
    /// The address each node links to, when set: Graphviz makes the node a link in SVG
    /// (`URL` and `target="_top"`), as the server's diagrams do.
    public var nodeLinks: (@Sendable (GraphNode) -> String)?

    public init(title: String = "govgraph", clustering: DOTClustering? = nil) {
        self.title = title
        self.clustering = clustering
    }

    /// The DOT text of `graph`, ending with a newline.
    ///
    /// - Complexity: O(n + e), where n is the number of nodes and e the number of edges.
    public func render(_ graph: KnowledgeGraph) -> String {
        var lines: [String] = []
        lines.append("digraph \(Self.quoted(title)) {")
        lines.append(Self.statement("graph", graphAttributes))
        lines.append(Self.statement("node", Self.nodeDefaults))
        lines.append(Self.statement("edge", Self.edgeDefaults))
        let types = Set(graph.nodes.map(\.type))
        if !types.isEmpty {
            lines.append("")
            lines += legend(types: EntityType.allCases.filter(types.contains))
        }
        if let clustering {
            let (clusters, loose) = Self.clusters(graph, by: clustering)
            for cluster in clusters {
                lines.append("")
                lines.append("    subgraph \(Self.quoted(cluster.id)) {")
                lines.append(
                    Self.statement("graph", [("label", cluster.label)] + Self.clusterAttributes, depth: 2))
                for node in cluster.members {
                    lines.append(
                        Self.statement(Self.quoted(node.id.rawValue), nodeAttributes(node), depth: 2))
                }
                lines.append("    }")
            }
            lines += nodeLines(loose)
        } else {
            lines += nodeLines(graph.nodes)
        }
        if !graph.edges.isEmpty { lines.append("") }
        let spans = graph.timespans()
        for edge in graph.edges {
            let head =
                Self.quoted(edge.subject.rawValue) + " -> " + Self.quoted(edge.object.rawValue)
            lines.append(Self.statement(head, edgeAttributes(edge, endedOn: spans[edge.key]?.end)))
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Node statements grouped by type, each group after a `// <types>` comment.
    func nodeLines(_ nodes: [GraphNode]) -> [String] {
        var lines: [String] = []
        var currentType: EntityType?
        for node in nodes {
            if node.type != currentType {
                lines.append("")
                lines.append("    // \(node.type.plural)")
                currentType = node.type
            }
            lines.append(Self.statement(Self.quoted(node.id.rawValue), nodeAttributes(node)))
        }
        return lines
    }

    // MARK: - Statements

    static let fontName = "Helvetica"

    /// `head [key="value", …];` indented by `depth` levels, with every value quoted.
    static func statement(
        _ head: String, _ attributes: [(String, String)], depth: Int = 1
    ) -> String {
        let list = attributes.map { "\($0.0)=\(quoted($0.1))" }.joined(separator: ", ")
        return String(repeating: "    ", count: depth) + "\(head) [\(list)];"
    }

    var graphAttributes: [(String, String)] {
        [
            ("label", title), ("labelloc", "t"), ("fontname", Self.fontName), ("fontsize", "16"),
            ("rankdir", "LR"), ("overlap", "false"), ("splines", "true"), ("nodesep", "0.3"),
            ("ranksep", "0.8"),
        ]
    }

    static let nodeDefaults = [
        ("fontname", fontName), ("fontsize", "11"), ("style", "filled"), ("penwidth", "0.8"),
    ]

    static let edgeDefaults = [("fontname", fontName), ("fontsize", "9"), ("arrowsize", "0.7")]

    static let legendAttributes = [
        ("label", "Legend"), ("style", "rounded"), ("color", "#BBBBBB"), ("fontsize", "10"),
        ("margin", "6"),
    ]

    /// The legend: one sample node per entity type present, in declared type order.
    ///
    /// Legend nodes have no edges, so `dot` puts them in the first rank, a column on the left.
    func legend(types: [EntityType]) -> [String] {
        var lines = ["    subgraph \(Self.quoted("cluster_legend")) {"]
        lines.append(Self.statement("graph", Self.legendAttributes, depth: 2))
        for type in types {
            let style = DOTNodeStyle(for: type)
            let attributes = [
                ("label", type.rawValue), ("shape", style.shape), ("style", style.style),
                ("fillcolor", style.fillColor), ("fontsize", "9"), ("height", "0.3"),
                ("margin", "0.05"), ("tooltip", "entity type"),
            ]
            lines.append(
                Self.statement(Self.quoted("legend:\(type.rawValue)"), attributes, depth: 2))
        }
        lines.append("    }")
        return lines
    }

    func nodeAttributes(_ node: GraphNode) -> [(String, String)] {
        let style = DOTNodeStyle(for: node.type)
        let tooltip =
            "\(node.id.rawValue)\n"
            + "\(Self.counted(node.mentionCount, "mention")) in "
            + Self.counted(node.documentCount, "document")
        let link = nodeLinks.map { [("URL", $0(node)), ("target", "_top")] } ?? []
        return [
            ("label", node.name), ("shape", style.shape), ("style", style.style),
            ("fillcolor", style.fillColor), ("tooltip", tooltip),
        ] + link
    }

    /// The attributes of an edge; a role that ended (`endedOn`) is drawn grey and labelled
    /// "Präsident (bis 2026-01-26)".
    func edgeAttributes(_ edge: GraphEdge, endedOn end: String? = nil) -> [(String, String)] {
        switch edge.predicate {
        case .holdsRole:
            let role = edge.role ?? edge.roleKey ?? "holds role"
            if let end {
                return [
                    ("label", "\(role) (bis \(end))"), ("color", DOTEdgeStyle.endedRoleColor),
                    ("fontcolor", DOTEdgeStyle.endedRoleColor),
                    ("tooltip", Self.tooltip(role, edge: edge, unit: "sentence") + "\nended by \(end)"),
                ]
            }
            return [
                ("label", role), ("color", DOTEdgeStyle.roleColor),
                ("fontcolor", DOTEdgeStyle.roleColor), ("penwidth", "1.2"),
                ("tooltip", Self.tooltip(role, edge: edge, unit: "sentence")),
            ]
        case .succeeds:
            return [
                ("label", "folgt auf"), ("style", "dashed"), ("color", DOTEdgeStyle.roleColor),
                ("fontcolor", DOTEdgeStyle.roleColor), ("tooltip", Self.tooltip("succeeds", edge: edge, unit: "sentence")),
            ]
        case .locatedIn:
            return [
                ("style", "dotted"), ("color", DOTEdgeStyle.roleColor), ("arrowhead", "empty"),
                ("tooltip", Self.tooltip("located in", edge: edge, unit: "source")),
            ]
        case .coMentioned:
            let width = DOTEdgeStyle.coMentionPenWidth(count: edge.count)
            return [
                ("dir", "none"), ("color", DOTEdgeStyle.coMentionColor),
                ("penwidth", Self.decimal(width)), ("weight", "\(max(edge.count, 1))"),
                ("tooltip", Self.tooltip("co-mentioned", edge: edge, unit: "sentence")),
            ]
        }
    }

    /// `"Präsident: 2 sentences\nfirst seen 2019-06-06\nlast seen 2024-01-10"`; date lines only
    /// when known, the last one only when it differs from the first.
    static func tooltip(_ what: String, edge: GraphEdge, unit: String) -> String {
        var lines = ["\(what): \(counted(edge.count, unit))"]
        if let first = edge.firstDate { lines.append("first seen \(first)") }
        if let last = edge.lastDate, last != edge.firstDate { lines.append("last seen \(last)") }
        return lines.joined(separator: "\n")
    }

    /// `"1 mention"`, `"3 mentions"`.
    static func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}
