import Foundation
import GovGraphExport
import GovGraphModel

/// The formats `govgraph export` writes.
public enum ExportFormat: String, CaseIterable, Sendable {
    case dot, svg, png, pdf, json, graphml, gexf, popolo, neo4j, csv

    /// The file name ending of a single-file format.
    public var fileExtension: String {
        switch self {
        case .popolo: "popolo.json"
        default: rawValue
        }
    }

    /// Whether Graphviz draws it from the DOT text.
    public var isDiagram: Bool { [.svg, .png, .pdf].contains(self) }

    /// Whether it is written as several files (a folder for neo4j, two tables for csv).
    public var isMultiFile: Bool { self == .neo4j || self == .csv }

    /// The media type of a single-file format (`text/vnd.graphviz` for DOT).
    public var mediaType: String {
        switch self {
        case .dot: "text/vnd.graphviz; charset=utf-8"
        case .svg: "image/svg+xml"
        case .png: "image/png"
        case .pdf: "application/pdf"
        case .json, .popolo: "application/json"
        case .graphml, .gexf: "application/xml"
        case .neo4j, .csv: "text/csv; charset=utf-8"
        }
    }

    /// What the export holds, for `--help`.
    public static let summary = """
        dot: Graphviz source. svg, png, pdf: the diagram drawn by Graphviz `dot`. \
        json: NetworkX node-link (networkx.node_link_graph(data, edges="edges")). \
        graphml: typed GraphML (networkx.read_graphml, Gephi, yEd). \
        gexf: GEXF 1.3 with role start and end dates (Gephi's timeline, networkx.read_gexf). \
        popolo: Popolo JSON (persons, organizations, areas with AGS, memberships). \
        neo4j: a folder of CSV files for neo4j-admin database import. \
        csv: nodes and edges tables for spreadsheets.
        """
}

/// What one format renders to: one file's bytes, or several named files.
public enum RenderedExport: Sendable {
    /// One file's bytes.
    case single(Data)
    /// Several named files.
    case files([ExportedFile])
}

extension ExportFormat {
    /// Renders `graph`; the diagram formats run Graphviz.
    ///
    /// - Parameter nodeLinks: for the diagrams, the address each node links to (SVG).
    /// - Throws: ``GraphvizError`` for a diagram when Graphviz is missing or fails.
    public func render(
        _ graph: KnowledgeGraph, title: String, clustering: DOTClustering?,
        nodeLinks: (@Sendable (GraphNode) -> String)? = nil
    ) throws -> RenderedExport {
        let dot = {
            var renderer = DOTRenderer(title: title, clustering: clustering)
            renderer.nodeLinks = nodeLinks
            return renderer.render(graph)
        }
        switch self {
        case .dot: return .single(Data(dot().utf8))
        case .svg, .png, .pdf: return .single(try Graphviz.render(dot(), to: rawValue))
        case .json: return .single(Data(NodeLinkJSONRenderer(name: title).render(graph).utf8))
        case .graphml: return .single(Data(GraphMLRenderer(name: title).render(graph).utf8))
        case .gexf: return .single(Data(GEXFRenderer(title: title).render(graph).utf8))
        case .popolo: return .single(Data(PopoloRenderer().render(graph).utf8))
        case .neo4j: return .files(Neo4jCSVRenderer().render(graph))
        case .csv: return .files(CSVRenderer().render(graph))
        }
    }
}

extension [ExportFormat] {
    /// The formats in order, each once.
    public var uniquedFormats: [ExportFormat] {
        var seen: Set<ExportFormat> = []
        return filter { seen.insert($0).inserted }
    }
}
