import ArgumentParser
import Foundation
import GovGraphExport
import GovGraphModel

/// The formats `govgraph export` writes.
enum ExportFormat: String, CaseIterable, ExpressibleByArgument {
    case dot, svg, png, pdf, json, graphml, gexf, popolo, neo4j, csv

    /// The file name ending of a single-file format.
    var fileExtension: String {
        switch self {
        case .popolo: "popolo.json"
        default: rawValue
        }
    }

    /// Whether Graphviz draws it from the DOT text.
    var isDiagram: Bool { [.svg, .png, .pdf].contains(self) }

    /// Whether it is written as several files (a folder for neo4j, two tables for csv).
    var isMultiFile: Bool { self == .neo4j || self == .csv }

    /// What the export holds, for `--help`.
    static let summary = """
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
enum RenderedExport {
    case single(Data)
    case files([ExportedFile])
}

extension ExportFormat {
    /// Renders `graph`; the diagram formats run Graphviz.
    func render(_ graph: KnowledgeGraph, title: String, clustering: DOTClustering?) throws
        -> RenderedExport
    {
        let dot = { DOTRenderer(title: title, clustering: clustering).render(graph) }
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
    var uniquedFormats: [ExportFormat] {
        var seen: Set<ExportFormat> = []
        return filter { seen.insert($0).inserted }
    }
}

extension DOTClustering: ExpressibleByArgument {}
