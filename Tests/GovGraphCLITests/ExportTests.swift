import Foundation
import Testing

@Suite("govgraph export")
struct ExportTests {
    static var hasDot: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/dot") }
    static var hasNetworkX: Bool {
        (try? Process.run(URL(fileURLWithPath: "/usr/bin/env"), arguments: ["python3", "-c", "import networkx"]))
            .map { p in p.waitUntilExit(); return p.terminationStatus == 0 } ?? false
    }

    static func exists(_ path: String, in folder: URL) -> Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path)
    }

    /// Runs `python3 -c script` and returns what it printed.
    static func python(_ script: String) throws -> (status: Int32, output: String) {
        let pipe = Pipe()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        process.standardOutput = pipe
        try process.run()
        let printed = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, printed.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    @Test("Without --out, exports go to exports/ named after what they hold")
    func defaultNames() throws {
        let folder = try CLI.temporaryFolder()
        let db = try QueryTests.sampleDatabase()
        let whole = try CLI.run(["export", "--db", db, "--format", "dot", "--format", "json"], in: folder)
        #expect(whole.status == 0, "\(whole.stderr)")
        #expect(Self.exists("exports/graph.dot", in: folder))
        #expect(Self.exists("exports/graph.json", in: folder))
        let focus = try CLI.run(["export", "--db", db, "--focus", "Landkreistag", "--depth", "2"], in: folder)
        #expect(focus.status == 0)
        let dot = try String(contentsOf: folder.appendingPathComponent("exports/deutscher-landkreistag-depth2.dot"), encoding: .utf8)
        #expect(dot.contains("Reinhard Sager"))
        #expect(dot.contains("Kreis Ostholstein"))
        #expect(!dot.contains("Helmut Dedy"))
    }

    @Test("Every data format gets a name that says what it holds")
    func dataFormatNames() throws {
        let folder = try CLI.temporaryFolder()
        let db = try QueryTests.sampleDatabase()
        let formats = ["graphml", "gexf", "popolo", "neo4j", "csv"].flatMap { ["--format", $0] }
        let result = try CLI.run(["export", "--db", db] + formats, in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        for path in [
            "exports/graph.graphml", "exports/graph.gexf", "exports/graph.popolo.json",
            "exports/graph-neo4j/nodes.csv", "exports/graph-neo4j/relationships.csv",
            "exports/graph-nodes.csv", "exports/graph-edges.csv",
        ] {
            #expect(Self.exists(path, in: folder), "\(path) missing")
        }
        let filtered = try CLI.run(
            ["export", "--db", db, "--format", "gexf", "--type", "person", "--type", "state", "--relation", "holds_role",
             "--since", "2025-01-01", "--top", "5", "--min-weight", "2"], in: folder)
        #expect(filtered.status == 0, "\(filtered.stderr)")
        #expect(Self.exists("exports/graph-person-state-holds-role-since2025-01-01-top5-minweight2.gexf", in: folder))
    }

    @Test(
        "Filters shape what is written",
        arguments: [
            (["--relation", "holds_role"], "(17 entities, 10 edges)"),
            (["--type", "person"], "(10 entities, 1 edge)"),
            (["--top", "5"], "(5 entities, 4 edges)"),
            (["--since", "2025-10-01", "--relation", "holds_role"], "(5 entities, 3 edges)"),
            (["--focus", "Reinhard Sager", "--depth", "1", "--relation", "holds_role"], "(3 entities, 2 edges)"),
        ])
    func filters(arguments: [String], counts: String) throws {
        let db = try QueryTests.sampleDatabase()
        let out = try CLI.temporaryFolder().appendingPathComponent("part.csv").path
        let result = try CLI.run(["export", "--db", db, "--format", "csv", "--out", out] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(counts), "\(result.stdout)")
    }

    @Test(
        "Wrong options get one clear line",
        arguments: [
            (["--since", "2025-13-01"], "--since \"2025-13-01\" is not a date"),
            (["--depth", "2"], "--depth needs --focus NAME"),
            (["--format", "neo4j", "--out", "-"], "--format neo4j writes several files"),
            (["--top", "0"], "--top must be 1 or more"),
            (["--format", "xml"], "xml"),
        ])
    func errors(arguments: [String], message: String) throws {
        let db = try QueryTests.sampleDatabase()
        let result = try CLI.run(["export", "--db", db] + arguments)
        #expect(result.status != 0)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test("Without Graphviz, a diagram format says how to install it")
    func noGraphviz() throws {
        let db = try QueryTests.sampleDatabase()
        let out = try CLI.temporaryFolder().appendingPathComponent("x.svg").path
        let result = try CLI.run(["export", "--db", db, "--format", "svg", "--out", out], environment: ["PATH": "/nonexistent"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("Error: --format svg needs Graphviz's `dot`, which is not installed"), "\(result.stderr)")
        #expect(result.stderr.contains("apt-get install graphviz"))
    }

    @Test("Graphviz renders the DOT export", .enabled(if: hasDot, "Graphviz dot is not installed"))
    func dotRenders() throws {
        let folder = try CLI.temporaryFolder()
        let db = try QueryTests.sampleDatabase()
        let out = folder.appendingPathComponent("s").path
        let result = try CLI.run(["export", "--db", db, "--format", "dot", "--format", "svg", "--format", "png", "--format", "pdf", "--out", out])
        #expect(result.status == 0, "\(result.stderr)")
        let svg = try String(contentsOfFile: out + ".svg", encoding: .utf8)
        #expect(svg.contains("<svg"))
        #expect(svg.contains("Präsident"))
        let png = try Data(contentsOf: URL(fileURLWithPath: out + ".png"))
        #expect(png.prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]))
        let pdf = try Data(contentsOf: URL(fileURLWithPath: out + ".pdf"))
        #expect(pdf.prefix(5) == Data("%PDF-".utf8))
        let check = try Process.run(URL(fileURLWithPath: "/usr/bin/dot"), arguments: ["-Tsvg", out + ".dot", "-o", out + "-check.svg"])
        check.waitUntilExit()
        #expect(check.terminationStatus == 0)
    }

    @Test(
        "dot -Tsvg renders the Städtetag neighbourhood of the sample and its fixture, clustered by Land",
        .enabled(if: hasDot, "Graphviz dot is not installed"))
    func focusRenders() throws {
        let folder = try CLI.temporaryFolder()
        let db = try CLI.database(with: [CLI.sample, CLI.staedtetagPage])
        let result = try CLI.run(
            ["export", "--db", db, "--focus", "Deutscher Städtetag", "--depth", "2", "--cluster", "state"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let dot = folder.appendingPathComponent("exports/deutscher-staedtetag-depth2.dot").path
        let text = try String(contentsOfFile: dot, encoding: .utf8)
        for name in ["Helmut Dedy", "Claudia Kalisch", "Burkhard Jung", "Katja Dörner", "cluster_state:14"] {
            #expect(text.contains(name), "\(name) missing")
        }
        let check = try Process.run(URL(fileURLWithPath: "/usr/bin/dot"), arguments: ["-Tsvg", dot, "-o", dot + ".svg"])
        check.waitUntilExit()
        #expect(check.terminationStatus == 0)
    }

    @Test("NetworkX loads the JSON, GraphML and GEXF exports alike", .enabled(if: hasNetworkX, "python3 with networkx is not installed"))
    func networkx() throws {
        let folder = try CLI.temporaryFolder()
        let db = try QueryTests.sampleDatabase()
        let base = folder.appendingPathComponent("g").path
        let result = try CLI.run(
            ["export", "--db", db, "--format", "json", "--format", "graphml", "--format", "gexf", "--out", base])
        #expect(result.status == 0, "\(result.stderr)")
        let script = """
            import json, networkx as nx
            graphs = [nx.node_link_graph(json.load(open('\(base).json')), edges='edges'),
                      nx.read_graphml('\(base).graphml'), nx.read_gexf('\(base).gexf')]
            for g in graphs:
                roles = sorted(d['role'] for _, _, d in g.edges(data=True) if d['predicate'] == 'holds_role')
                print(g.number_of_nodes(), g.number_of_edges(), 'Landrat' in roles, g.nodes['person:reinhard-sager']['type'])
            """
        let (status, printed) = try Self.python(script)
        #expect(status == 0)
        let lines = printed.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(Set(lines).count == 1, "the readers disagree: \(lines)")
        let parts = lines.first?.split(separator: " ").map(String.init) ?? []
        #expect(Int(parts.first ?? "") ?? 0 > 20)
        #expect(parts.dropFirst(2).first == "True")
        #expect(parts.last == "person")
    }

    @Test("The Popolo export has memberships with an organization or an area, and AGS identifiers")
    func popolo() throws {
        let db = try CLI.database(with: [CLI.sample, CLI.staedtetagPage])
        let result = try CLI.run(["export", "--db", db, "--format", "popolo", "--out", "-"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let memberships = try #require(object["memberships"] as? [[String: Any]])
        let jung = memberships.filter { $0["person_id"] as? String == "person:burkhard-jung" }
        let targets = Set(jung.compactMap { ($0["organization_id"] ?? $0["area_id"]) as? String })
        #expect(targets == ["organization:deutscher-staedtetag", "municipality:14713000"])
        let areas = try #require(object["areas"] as? [[String: Any]])
        let leipzig = try #require(areas.first { $0["id"] as? String == "municipality:14713000" })
        let identifiers = leipzig["identifiers"] as? [[String: String]] ?? []
        #expect(identifiers.first == ["scheme": "ags", "identifier": "14713000"])
    }
}
