import Foundation
import Testing

@Suite("govgraph export")
struct ExportTests {
    static var hasDot: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/dot") }
    static var hasNetworkX: Bool {
        (try? Process.run(URL(fileURLWithPath: "/usr/bin/env"), arguments: ["python3", "-c", "import networkx"]))
            .map { p in p.waitUntilExit(); return p.terminationStatus == 0 } ?? false
    }

    @Test("Without --out, exports go to exports/ named after what they hold")
    func defaultNames() throws {
        let folder = try CLI.temporaryFolder()
        let db = try QueryTests.sampleDatabase()
        let whole = try CLI.run(["export", "--db", db, "--format", "dot", "--format", "json"], in: folder)
        #expect(whole.status == 0, "\(whole.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("exports/graph.dot").path))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("exports/graph.json").path))
        let focus = try CLI.run(["export", "--db", db, "--focus", "Landkreistag", "--depth", "2"], in: folder)
        #expect(focus.status == 0)
        let dot = try String(contentsOf: folder.appendingPathComponent("exports/deutscher-landkreistag-depth2.dot"), encoding: .utf8)
        #expect(dot.contains("Reinhard Sager"))
        #expect(dot.contains("Kreis Ostholstein"))
        #expect(!dot.contains("Helmut Dedy"))
    }

    @Test("Graphviz renders the DOT export", .enabled(if: hasDot, "Graphviz dot is not installed"))
    func dotRenders() throws {
        let folder = try CLI.temporaryFolder()
        let db = try QueryTests.sampleDatabase()
        let out = folder.appendingPathComponent("s").path
        let result = try CLI.run(["export", "--db", db, "--format", "dot", "--format", "svg", "--out", out])
        #expect(result.status == 0, "\(result.stderr)")
        let svg = try String(contentsOfFile: out + ".svg", encoding: .utf8)
        #expect(svg.contains("<svg"))
        #expect(svg.contains("Präsident"))
        let check = try Process.run(URL(fileURLWithPath: "/usr/bin/dot"), arguments: ["-Tsvg", out + ".dot", "-o", out + "-check.svg"])
        check.waitUntilExit()
        #expect(check.terminationStatus == 0)
    }

    @Test("NetworkX loads the JSON export", .enabled(if: hasNetworkX, "python3 with networkx is not installed"))
    func networkx() throws {
        let folder = try CLI.temporaryFolder()
        let db = try QueryTests.sampleDatabase()
        let out = folder.appendingPathComponent("g.json").path
        #expect(try CLI.run(["export", "--db", db, "--format", "json", "--out", out]).status == 0)
        let script = """
            import json, networkx as nx
            g = nx.node_link_graph(json.load(open('\(out)')), edges='edges')
            roles = sorted(d['role'] for _, _, d in g.edges(data=True) if d['predicate'] == 'holds_role')
            print(g.number_of_nodes(), 'Landrat' in roles, g.nodes['person:reinhard-sager']['type'])
            """
        let pipe = Pipe()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        process.standardOutput = pipe
        try process.run()
        let printed = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let parts = printed.split(separator: " ").map { String($0).trimmingCharacters(in: .whitespacesAndNewlines) }
        #expect(Int(parts.first ?? "") ?? 0 > 20)
        #expect(parts.dropFirst().first == "True")
        #expect(parts.last == "person")
    }
}
