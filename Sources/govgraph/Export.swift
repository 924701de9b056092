import ArgumentParser
import Foundation
import GovGraphExport
import GovGraphModel
import GovGraphQuery
import GovGraphStore

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the graph, or a part of it, as a diagram or as data for other tools.",
        discussion: ExportFormat.summary + """


            The filters apply to every format. Without --out the files go to exports/, named \
            after what they hold (exports/graph.graphml, exports/deutscher-staedtetag-depth2.gexf, \
            exports/graph-neo4j/).
            """)

    @Option(
        name: .shortAndLong,
        help: "The format; repeat to write several.")
    var format: [ExportFormat] = [.dot]

    @Option(
        name: .shortAndLong,
        help: "The output file (a folder for neo4j), or with several formats the path without extension; - for standard output.")
    var out: String?

    @Option(help: "Only the neighbourhood of this entity.")
    var focus: String?

    @Option(help: "With --focus: how many steps away from the entity to go (default 1).")
    var depth: Int?

    @Option(help: "Only entities of this type; repeat for several.")
    var type: [EntityType] = []

    @Option(help: "Only edges of this relation; repeat for several.")
    var relation: [GovGraphModel.Predicate] = []

    @Option(help: ArgumentHelp("Only evidence dated on or after this day.", valueName: "YYYY-MM-DD"))
    var since: String?

    @Option(help: ArgumentHelp("Only evidence dated on or before this day.", valueName: "YYYY-MM-DD"))
    var until: String?

    @Option(parsing: .unconditional, help: "Only the N entities linked to the most others.")
    var top: Int?

    @Option(help: "Hide co-mentions read in fewer than N sentences.")
    var minWeight: Int?

    @Option(help: "Diagrams: draw a box around each Land (state) or each entity type (type).")
    var cluster: DOTClustering?

    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        if let depth, depth < 0 { throw ValidationError("--depth must be 0 or more") }
        if depth != nil, focus == nil { throw ValidationError("--depth needs --focus NAME") }
        if let top, top < 1 { throw ValidationError("--top must be 1 or more, not \(top)") }
        if let minWeight, minWeight < 1 { throw ValidationError("--min-weight must be 1 or more") }
        try ISODate.validate(since, option: "--since")
        try ISODate.validate(until, option: "--until")
        if let since, let until, since > until {
            throw ValidationError("--since \(since) is after --until \(until)")
        }
        if out == "-" {
            if format.uniquedFormats.count > 1 { throw ValidationError("standard output takes one format only") }
            if let multi = format.first(where: \.isMultiFile) {
                throw ValidationError("--format \(multi.rawValue) writes several files; give --out a path, not -")
            }
        }
    }

    func run() throws {
        let store = try database.openForReading()
        var filter = GraphFilter()
        var title = "govgraph"
        var focusName: String?
        if let focus {
            let (entity, _) = try resolveEntity(focus, in: store)
            filter.focus = entity.id
            filter.depth = depth ?? 1
            focusName = entity.name
            title = "govgraph: \(entity.name)"
        }
        filter.types = Set(type)
        filter.predicates = Set(relation)
        filter.since = since
        filter.until = until
        filter.top = top
        filter.minWeight = minWeight ?? 1
        let graph = try store.graph().filtered(by: filter)
        let naming = ExportNaming(
            out: out, formatCount: format.uniquedFormats.count,
            defaultName: ExportNaming.name(for: filter, focusName: focusName))
        for format in format.uniquedFormats {
            let rendered = try format.render(graph, title: title, clustering: cluster)
            try write(rendered, as: format, naming: naming, graph: graph)
        }
    }

    private func write(
        _ rendered: RenderedExport, as format: ExportFormat, naming: ExportNaming, graph: KnowledgeGraph
    ) throws {
        let (nodes, edges) = (graph.nodes.count, graph.edges.count)
        let counts = "\(nodes) \(nodes == 1 ? "entity" : "entities"), \(edges) edge\(edges == 1 ? "" : "s")"
        switch rendered {
        case .single(let data):
            let destination = naming.path(for: format)
            if destination == "-" {
                FileHandle.standardOutput.write(data)
                return
            }
            try Self.write(data, to: destination)
            print("wrote \(destination) (\(counts))")
        case .files(let files):
            let paths = files.map { naming.path(for: format, file: $0.name) }
            for (file, path) in zip(files, paths) {
                try Self.write(Data(file.contents.utf8), to: path)
            }
            print("wrote \(paths.joined(separator: ", ")) (\(counts))")
        }
    }

    private static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        } catch {
            throw CLIError("\(path): cannot write the file")
        }
    }
}

extension ExportFormat: ExpressibleByArgument {}
extension DOTClustering: ExpressibleByArgument {}
