import GovGraphModel

/// Renders a knowledge graph as GraphML, for NetworkX, Gephi, yEd and Cytoscape.
///
/// Every attribute is declared as a typed `<key>` (`string` or `int`); node ids are entity ids
/// and each edge has an id `e0`, `e1`, … in the graph's edge order. The graph is directed;
/// co_mentioned edges run from the smaller id to the larger, as stored. A `label` attribute
/// (the entity's name, the edge's role or predicate) and a `weight` (how often the edge was
/// read) are what Gephi and yEd show and lay out by. Missing values are left out.
///
/// ```swift
/// let xml = GraphMLRenderer().render(graph)
/// ```
///
/// ```python
/// g = nx.read_graphml("graph.graphml")   # a MultiDiGraph when two edges share their ends
/// ```
public struct GraphMLRenderer: Sendable {
    /// The graph's `name` attribute.
    public var name: String

    public init(name: String = "govgraph") {
        self.name = name
    }

    /// The GraphML text of `graph`, ending with a newline.
    ///
    /// - Complexity: O(n·k + e), where k is the number of key columns.
    public func render(_ graph: KnowledgeGraph) -> String {
        let nodeColumns = ExportColumns.nodeColumns(for: graph)
        let edgeColumns = ExportColumns.edgeColumns
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<graphml xmlns="http://graphml.graphdrawing.org/xmlns""#
                + #" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance""#
                + #" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns"#
                + #" http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">"#,
            Self.key("g_name", for: "graph", name: "name", kind: .string),
            Self.key("n_label", for: "node", name: "label", kind: .string),
        ]
        for column in nodeColumns {
            lines.append(Self.key("n_" + column.name, for: "node", name: column.name, kind: column.kind))
        }
        lines.append(Self.key("e_label", for: "edge", name: "label", kind: .string))
        lines.append(Self.key("e_weight", for: "edge", name: "weight", kind: .integer))
        for column in edgeColumns {
            lines.append(Self.key("e_" + column.name, for: "edge", name: column.name, kind: column.kind))
        }
        lines.append(#"  <graph id="G" edgedefault="directed">"#)
        lines.append("    " + Self.data("g_name", name))
        for node in graph.nodes {
            lines.append("    <node \(XMLEscaping.attribute("id", node.id.rawValue))>")
            lines.append("      " + Self.data("n_label", node.name))
            for column in nodeColumns {
                guard let value = column.value(node) else { continue }
                lines.append("      " + Self.data("n_" + column.name, value))
            }
            lines.append("    </node>")
        }
        for (index, timed) in ExportColumns.timedEdges(graph).enumerated() {
            let edge = timed.edge
            lines.append(
                "    <edge \(XMLEscaping.attribute("id", "e\(index)")) "
                    + "\(XMLEscaping.attribute("source", edge.subject.rawValue)) "
                    + "\(XMLEscaping.attribute("target", edge.object.rawValue))>")
            lines.append("      " + Self.data("e_label", ExportColumns.label(of: edge)))
            lines.append("      " + Self.data("e_weight", "\(edge.count)"))
            for column in edgeColumns {
                guard let value = column.value(timed) else { continue }
                lines.append("      " + Self.data("e_" + column.name, value))
            }
            lines.append("    </edge>")
        }
        lines.append("  </graph>")
        lines.append("</graphml>")
        return lines.joined(separator: "\n") + "\n"
    }

    static func key(
        _ id: String, for domain: String, name: String, kind: ExportColumnKind
    ) -> String {
        let type =
            switch kind {
            case .string: "string"
            case .integer: "int"
            }
        return "  <key \(XMLEscaping.attribute("id", id)) for=\"\(domain)\" "
            + "\(XMLEscaping.attribute("attr.name", name)) attr.type=\"\(type)\"/>"
    }

    static func data(_ key: String, _ value: String) -> String {
        "<data \(XMLEscaping.attribute("key", key))>\(XMLEscaping.escaped(value))</data>"
    }
}
