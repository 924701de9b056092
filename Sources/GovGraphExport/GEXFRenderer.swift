import GovGraphModel

/// Renders a knowledge graph as GEXF 1.3, Gephi's format, with the time dimension.
///
/// The graph is `dynamic` with `date` times: every edge starts at its first dated reading, and a
/// role that ended (read as former, or taken over by a successor; see
/// ``GovGraphModel/KnowledgeGraph/timespans()``) ends at the date it was first read as
/// ended, so Gephi's timeline plays the graph through the years. Nodes carry no times: they are
/// there throughout. Edges have a `kind` (the predicate, with the role key for roles), which
/// tells parallel edges apart, a `label` (the role or the predicate) and a `weight` (how often
/// they were read). Nodes are coloured as in the DOT diagrams.
///
/// ```swift
/// let xml = GEXFRenderer().render(graph)
/// // <edge id="e3" source="person:katja-doerner" target="organization:deutscher-staedtetag"
/// //       kind="holds_role:vizepräsident" start="2025-06-01" end="2026-01-26" …
/// ```
///
/// ```python
/// g = nx.read_gexf("graph.gexf")
/// ```
public struct GEXFRenderer: Sendable {
    /// The description in the file's `<meta>`.
    public var title: String

    public init(title: String = "govgraph") {
        self.title = title
    }

    /// The GEXF text of `graph`, ending with a newline.
    public func render(_ graph: KnowledgeGraph) -> String {
        let nodeColumns = ExportColumns.nodeColumns(for: graph)
        let edgeColumns = ExportColumns.edgeColumns
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz""#
                + #" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance""#
                + #" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd""#
                + #" version="1.3">"#,
            "  <meta>",
            "    <creator>govgraph</creator>",
            "    <description>\(XMLEscaping.escaped(title))</description>",
            "  </meta>",
            #"  <graph mode="dynamic" defaultedgetype="directed" timeformat="date">"#,
        ]
        lines += Self.declarations("node", nodeColumns.map { ($0.name, $0.kind) })
        lines += Self.declarations("edge", edgeColumns.map { ($0.name, $0.kind) })
        lines.append("    <nodes>")
        for node in graph.nodes {
            lines.append(
                "      <node \(XMLEscaping.attribute("id", node.id.rawValue)) "
                    + "\(XMLEscaping.attribute("label", node.name))>")
            lines += Self.values(nodeColumns.map { ($0.name, $0.value(node)) })
            lines.append("        " + Self.color(DOTNodeStyle(for: node.type).fillColor))
            lines.append("      </node>")
        }
        lines.append("    </nodes>")
        lines.append("    <edges>")
        for (index, timed) in ExportColumns.timedEdges(graph).enumerated() {
            let edge = timed.edge
            var attributes = [
                ("id", "e\(index)"), ("source", edge.subject.rawValue),
                ("target", edge.object.rawValue), ("kind", NodeLinkJSONRenderer.key(of: edge)),
                ("label", ExportColumns.label(of: edge)), ("weight", "\(edge.count)"),
            ]
            if let start = timed.span.start { attributes.append(("start", start)) }
            if let end = timed.span.end { attributes.append(("end", end)) }
            let list = attributes.map { XMLEscaping.attribute($0.0, $0.1) }.joined(separator: " ")
            lines.append("      <edge \(list)>")
            lines += Self.values(edgeColumns.map { ($0.name, $0.value(timed)) })
            lines.append("      </edge>")
        }
        lines.append("    </edges>")
        lines.append("  </graph>")
        lines.append("</gexf>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// `<attributes class="…">` with one `<attribute>` per column; the column name is the id.
    static func declarations(_ domain: String, _ columns: [(String, ExportColumnKind)]) -> [String] {
        var lines = ["    <attributes class=\"\(domain)\">"]
        for (name, kind) in columns {
            let type =
                switch kind {
                case .string: "string"
                case .integer: "integer"
                }
            lines.append(
                "      <attribute \(XMLEscaping.attribute("id", name)) "
                    + "\(XMLEscaping.attribute("title", name)) type=\"\(type)\"/>")
        }
        lines.append("    </attributes>")
        return lines
    }

    /// `<attvalues>` with the known values, or nothing when none is known.
    static func values(_ values: [(String, String?)]) -> [String] {
        let known = values.compactMap { name, value in value.map { (name, $0) } }
        guard !known.isEmpty else { return [] }
        var lines = ["        <attvalues>"]
        for (name, value) in known {
            lines.append(
                "          <attvalue \(XMLEscaping.attribute("for", name)) "
                    + "\(XMLEscaping.attribute("value", value))/>")
        }
        lines.append("        </attvalues>")
        return lines
    }

    /// `<viz:color r="…" g="…" b="…"/>` of a `#RRGGBB` colour.
    static func color(_ hex: String) -> String {
        let digits = Array(hex.dropFirst())
        let channel = { (offset: Int) in Int(String(digits[offset..<offset + 2]), radix: 16) ?? 0 }
        return "<viz:color r=\"\(channel(0))\" g=\"\(channel(2))\" b=\"\(channel(4))\"/>"
    }
}
