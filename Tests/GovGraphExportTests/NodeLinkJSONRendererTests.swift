import Foundation
import GovGraphExport
import GovGraphModel
import Testing

@Suite("NodeLinkJSONRenderer")
struct NodeLinkJSONRendererTests {
    let renderer = NodeLinkJSONRenderer(name: "govgraph sample")

    /// The node-link document as a reader sees it.
    struct Document: Decodable {
        var directed: Bool
        var multigraph: Bool
        var graph: [String: String]
        var nodes: [Node]
        var edges: [Edge]

        struct Node: Decodable, Equatable {
            var id: String
            var label: String
            var type: String
            var keys: [String: String]
            var mentions: Int
            var documents: Int
        }

        struct Edge: Decodable {
            var source: String
            var target: String
            var key: String
            var predicate: String
            var role: String?
            var role_key: String?
            var count: Int
            var first_date: String?
            var last_date: String?
            var evidence: [Evidence]
        }

        struct Evidence: Decodable, Equatable {
            var document: String
            var date: String?
            var start: Int
            var end: Int
            var text: String
        }
    }

    func decode(_ json: String) throws -> Document {
        try JSONDecoder().decode(Document.self, from: Data(json.utf8))
    }

    @Test("The sample graph renders as recorded")
    func sampleSnapshot() throws {
        try assertSnapshot(renderer.render(.sample), named: "sampleGraph.json")
    }

    @Test("An empty graph renders as recorded")
    func emptySnapshot() throws {
        try assertSnapshot(NodeLinkJSONRenderer().render(.empty), named: "emptyGraph.json")
    }

    @Test("The top level is a directed multigraph with a name")
    func topLevel() throws {
        let document = try decode(renderer.render(.sample))
        #expect(document.directed)
        #expect(document.multigraph)
        #expect(document.graph == ["name": "govgraph sample"])
        #expect(document.nodes.map(\.id) == KnowledgeGraph.sample.nodes.map(\.id.rawValue))
        #expect(document.edges.count == KnowledgeGraph.sample.edges.count)
    }

    @Test("A node carries label, type, keys and counts")
    func node() throws {
        let document = try decode(renderer.render(.sample))
        let leipzig = try #require(document.nodes.first { $0.id == "municipality:14713000" })
        #expect(
            leipzig
                == Document.Node(
                    id: "municipality:14713000", label: "Leipzig", type: "municipality",
                    keys: ["ags": "14713000"], mentions: 3, documents: 2))
    }

    @Test("A holds_role edge carries role, role key, dates and evidence")
    func holdsRoleEdge() throws {
        let document = try decode(renderer.render(.sample))
        let edge = try #require(
            document.edges.first {
                $0.source == "person:burkhard-jung"
                    && $0.target == "organization:deutscher-staedtetag"
            })
        #expect(edge.key == "holds_role:präsident")
        #expect(edge.predicate == "holds_role")
        #expect(edge.role == "Präsident")
        #expect(edge.role_key == "präsident")
        #expect(edge.count == 2)
        #expect(edge.first_date == "2023-06-14")
        #expect(edge.last_date == "2024-02-01")
        #expect(edge.evidence.map(\.document) == ["doc-a", "doc-b"])
        let first = try #require(edge.evidence.first)
        #expect(first.end - first.start == first.text.unicodeScalars.count)
    }

    @Test("Missing values are written as null, not left out")
    func nulls() throws {
        let json = renderer.render(.sample)
        let document = try decode(json)
        let edge = try #require(
            document.edges.first {
                $0.source == "person:burkhard-jung" && $0.target == "person:markus-lewe"
            })
        #expect(edge.key == "co_mentioned")
        #expect(edge.role == nil && edge.role_key == nil && edge.first_date == nil)
        #expect(json.contains(#""role" : null"#))
        #expect(json.contains(#""first_date" : null"#))
        #expect(json.contains(#""date" : null"#))
    }

    @Test("Edge keys tell apart the edges between one source and target")
    func keysAreUnique() throws {
        let jung: EntityID = "person:burkhard-jung"
        let leipzig: EntityID = "municipality:14713000"
        let graph = KnowledgeGraph(
            nodes: [],
            edges: [
                .fixture(
                    jung, .holdsRole, leipzig, role: "OB", roleKey: "oberbürgermeister",
                    evidence: [("d", nil, 0, "OB Jung")]),
                .fixture(
                    jung, .holdsRole, leipzig, role: "Stadtrat", roleKey: "stadtrat",
                    evidence: [("d", nil, 9, "Stadtrat Jung")]),
                .fixture(jung, .holdsRole, leipzig, evidence: [("d", nil, 30, "Jung, Leipzig")]),
                .fixture(jung, .coMentioned, leipzig, evidence: [("d", nil, 0, "OB Jung")]),
            ])
        let edges = try decode(renderer.render(graph)).edges
        #expect(
            edges.map(\.key) == [
                "holds_role", "holds_role:oberbürgermeister", "holds_role:stadtrat", "co_mentioned",
            ])
    }

    @Test("Text is UTF-8, slashes are not escaped, and the output ends with one newline")
    func encoding() {
        let graph = KnowledgeGraph(
            nodes: [
                GraphNode(
                    id: "organization:amt-fuer-digitales", name: "Amt für Digitales/IT \"Süß\"",
                    type: .organization, keys: ["url": "https://example.org/ä"])
            ], edges: [])
        let json = renderer.render(graph)
        #expect(json.contains(#""label" : "Amt für Digitales/IT \"Süß\"""#))
        #expect(json.contains("https://example.org/ä"))
        #expect(!json.contains("\\u"))
        #expect(!json.contains("\\/"))
        #expect(json.hasSuffix("}\n"))
        #expect(!json.hasSuffix("\n\n"))
    }

    @Test(
        "Rendering is deterministic: twice, and from shuffled input",
        arguments: [1, 2, 3] as [UInt64])
    func deterministic(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let shuffled = KnowledgeGraph(
            nodes: KnowledgeGraph.sampleNodes.shuffled(using: &generator),
            edges: KnowledgeGraph.sampleEdges.shuffled(using: &generator))
        let first = renderer.render(.sample)
        #expect(renderer.render(.sample) == first)
        #expect(renderer.render(shuffled) == first)
    }

    @Test(
        "NetworkX loads the JSON as a multigraph with every node and edge",
        .enabled(
            if: ExternalTool.pythonWithNetworkX != nil,
            "python3 with networkx >= 3.4 is not available (pip install networkx)"),
        arguments: [("sample", KnowledgeGraph.sample), ("empty", .empty)])
    func networkXRoundTrip(name: String, graph: KnowledgeGraph) throws {
        let python = try #require(ExternalTool.pythonWithNetworkX)
        let file = FileManager.default.temporaryDirectory
            .appendingPathComponent("govgraph-\(name)-\(UUID().uuidString).json")
        try Data(renderer.render(graph).utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let script = """
            import json, sys, networkx as nx
            g = nx.node_link_graph(json.load(open(sys.argv[1], encoding="utf-8")), edges="edges")
            print(g.number_of_nodes(), g.number_of_edges(), g.is_directed(), g.is_multigraph())
            jung, staedtetag = "person:burkhard-jung", "organization:deutscher-staedtetag"
            if g.has_edge(jung, staedtetag):
                e = g.edges[jung, staedtetag, "holds_role:präsident"]
                print(e["role"], e["count"], g.nodes["law:ozg"]["keys"]["jurabk"])
            """
        let result = try ExternalTool.run(python, ["-c", script, file.path])
        #expect(result.status == 0, "python3 failed: \(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "\(graph.nodes.count) \(graph.edges.count) True True")
        if name == "sample" {
            #expect(lines.dropFirst().first == "Präsident 2 OZG")
        }
    }
}
