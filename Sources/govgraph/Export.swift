import ArgumentParser
import Foundation
import GovGraphExport
import GovGraphModel
import GovGraphStore

/// The formats `govgraph export` writes.
enum ExportFormat: String, CaseIterable, ExpressibleByArgument {
    case dot, json, svg

    var fileExtension: String { rawValue }
}

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the graph, or the neighbourhood of one entity, as a diagram or data.",
        discussion: """
            dot: Graphviz source (one shape and colour per entity type, roles on the edges). \
            svg: the same, rendered by Graphviz `dot` (apt-get install graphviz). \
            json: a NetworkX node-link graph (networkx.node_link_graph(data, edges="edges")). \
            Without --out the files go to exports/, named after what they hold.
            """)

    @Option(name: .shortAndLong, help: "dot, json or svg; repeat to write several (--format dot --format svg).")
    var format: [ExportFormat] = [.dot]

    @Option(name: .shortAndLong, help: "The output file, or with several formats the path without extension; - for standard output.")
    var out: String?

    @Option(help: "Export only the neighbourhood of this entity.")
    var focus: String?

    @Option(help: "With --focus: how many steps away from the entity to go.")
    var depth: Int = 1

    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        guard depth >= 0 else { throw ValidationError("--depth must be 0 or more") }
        if out == "-", format.count > 1 { throw ValidationError("standard output takes one format only") }
    }

    func run() throws {
        let store = try database.openExisting()
        var graph = try store.graph()
        var name = "graph"
        if let focus {
            let (entity, _) = try resolveEntity(focus, in: store)
            graph = graph.neighbourhood(of: entity.id, depth: depth)
            name = Slug.make(entity.name) + "-depth\(depth)"
        }
        for format in format.uniquedFormats {
            let rendered = try render(graph, as: format, title: focus.map { "govgraph: \($0)" } ?? "govgraph")
            let destination = path(for: format, defaultName: name)
            if destination == "-" {
                FileHandle.standardOutput.write(rendered)
                continue
            }
            let url = URL(fileURLWithPath: destination)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            do {
                try rendered.write(to: url)
            } catch {
                throw CLIError("\(destination): cannot write the file")
            }
            print("wrote \(destination) (\(graph.nodes.count) entities, \(graph.edges.count) edges)")
        }
    }

    private func path(for format: ExportFormat, defaultName: String) -> String {
        guard let out else { return "exports/\(defaultName).\(format.fileExtension)" }
        if out == "-" { return out }
        if self.format.uniquedFormats.count == 1 {
            return (out as NSString).pathExtension.isEmpty ? out + "." + format.fileExtension : out
        }
        let base = (out as NSString).pathExtension == format.fileExtension ? (out as NSString).deletingPathExtension : out
        return base + "." + format.fileExtension
    }

    private func render(_ graph: KnowledgeGraph, as format: ExportFormat, title: String) throws -> Data {
        switch format {
        case .dot: Data(DOTRenderer(title: title).render(graph).utf8)
        case .json: Data(NodeLinkJSONRenderer().render(graph).utf8)
        case .svg: try Graphviz.render(DOTRenderer(title: title).render(graph), to: "svg")
        }
    }
}

extension [ExportFormat] {
    var uniquedFormats: [ExportFormat] {
        var seen: Set<ExportFormat> = []
        return filter { seen.insert($0).inserted }
    }
}

/// Runs Graphviz `dot`.
enum Graphviz {
    static func render(_ source: String, to format: String) throws -> Data {
        guard let dot = executable("dot") else {
            throw CLIError("--format \(format) needs Graphviz's `dot`, which is not installed (apt-get install graphviz)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: dot)
        process.arguments = ["-T\(format)"]
        let input = Pipe()
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let writer = Thread {
            input.fileHandleForWriting.write(Data(source.utf8))
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CLIError("Graphviz dot failed: \(message.split(separator: "\n").first ?? "exit status \(process.terminationStatus)")")
        }
        return data
    }

    static func executable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
