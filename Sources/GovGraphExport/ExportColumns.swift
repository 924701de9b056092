import GovGraphModel

/// One attribute of the flat formats (GraphML, GEXF, CSV, neo4j): a name, a type and how to
/// read it from a node or an edge. A nil value is left out (or empty in CSV).
struct ExportColumn<Item>: Sendable {
    typealias Kind = ExportColumnKind

    var name: String
    var kind: Kind
    var value: @Sendable (Item) -> String?
}

/// The type of an export attribute.
enum ExportColumnKind: Sendable { case string, integer }

/// An edge with its time span.
struct TimedEdge: Sendable {
    var edge: GraphEdge
    var span: EdgeTimespan
}

/// The attributes every flat format writes, in one order.
enum ExportColumns {
    /// The node attributes after id and name: type, counts, then one `key_<name>` column per
    /// official or descriptive key present in the graph, sorted by name.
    ///
    /// Key names are reduced to ASCII letters, digits and underscores, so that they are valid
    /// column names everywhere (a neo4j header treats `:` as a type).
    static func nodeColumns(for graph: KnowledgeGraph) -> [ExportColumn<GraphNode>] {
        var columns: [ExportColumn<GraphNode>] = [
            ExportColumn(name: "type", kind: .string) { $0.type.rawValue },
            ExportColumn(name: "mentions", kind: .integer) { "\($0.mentionCount)" },
            ExportColumn(name: "documents", kind: .integer) { "\($0.documentCount)" },
        ]
        let names = Set(graph.nodes.flatMap(\.keys.keys).map { "key_" + columnName($0) })
        for name in names.sorted() {
            // Keys that reduce to one name share the column; the first in order fills it.
            columns.append(
                ExportColumn(name: name, kind: .string) { node in
                    node.keys.keys.sorted().first { "key_" + columnName($0) == name }
                        .flatMap { node.keys[$0] }
                })
        }
        return columns
    }

    /// The edge attributes after source and target.
    static let edgeColumns: [ExportColumn<TimedEdge>] = [
        ExportColumn(name: "predicate", kind: .string) { $0.edge.predicate.rawValue },
        ExportColumn(name: "role", kind: .string) { $0.edge.role },
        ExportColumn(name: "role_key", kind: .string) { $0.edge.roleKey },
        ExportColumn(name: "status", kind: .string) { $0.edge.latestStatus?.rawValue },
        ExportColumn(name: "count", kind: .integer) { "\($0.edge.count)" },
        ExportColumn(name: "first_date", kind: .string) { $0.edge.firstDate },
        ExportColumn(name: "last_date", kind: .string) { $0.edge.lastDate },
        ExportColumn(name: "start_date", kind: .string) { $0.span.start },
        ExportColumn(name: "end_date", kind: .string) { $0.span.end },
        ExportColumn(name: "evidence", kind: .string) { $0.edge.evidence.first?.text },
    ]

    /// The edges of `graph` in its order, each with its time span.
    static func timedEdges(_ graph: KnowledgeGraph) -> [TimedEdge] {
        let spans = graph.timespans()
        return graph.edges.map { TimedEdge(edge: $0, span: spans[$0.key] ?? EdgeTimespan()) }
    }

    /// `name` with every character other than an ASCII letter, digit or underscore turned
    /// into `_`, and lower case.
    static func columnName(_ name: String) -> String {
        String(
            name.lowercased().unicodeScalars.map { scalar -> Character in
                let isWord = ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
                return isWord ? Character(scalar) : "_"
            })
    }

    /// The label of an edge for viewers: the role of a holds_role edge, else the predicate.
    static func label(of edge: GraphEdge) -> String {
        edge.predicate == .holdsRole
            ? (edge.role ?? edge.roleKey ?? edge.predicate.rawValue) : edge.predicate.rawValue
    }
}
