import Foundation
import GovGraphExport
import GovGraphModel
import Testing

@Suite("GraphMLRenderer")
struct GraphMLRendererTests {
    let renderer = GraphMLRenderer(name: "govgraph sample")

    static let noNetworkX: Comment =
        "python3 with networkx >= 3.4 is not available (pip install networkx)"

    @Test("The sample graph and the role history render as recorded")
    func snapshots() throws {
        try assertSnapshot(renderer.render(.sample), named: "sampleGraph.graphml")
        try assertSnapshot(renderer.render(.history), named: "historyGraph.graphml")
        try assertSnapshot(GraphMLRenderer().render(.empty), named: "emptyGraph.graphml")
    }

    @Test("Keys are typed: counts are int, the rest string")
    func typedKeys() {
        let xml = renderer.render(.sample)
        #expect(xml.contains(#"<key id="n_mentions" for="node" attr.name="mentions" attr.type="int"/>"#))
        #expect(xml.contains(#"<key id="e_count" for="edge" attr.name="count" attr.type="int"/>"#))
        #expect(xml.contains(#"<key id="n_key_ags" for="node" attr.name="key_ags" attr.type="string"/>"#))
        #expect(xml.contains(#"<key id="e_end_date" for="edge" attr.name="end_date" attr.type="string"/>"#))
    }

    @Test("Rendering is deterministic: twice, and from shuffled input", arguments: [1, 2] as [UInt64])
    func deterministic(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let shuffled = KnowledgeGraph(
            nodes: KnowledgeGraph.sampleNodes.shuffled(using: &generator),
            edges: KnowledgeGraph.sampleEdges.shuffled(using: &generator))
        #expect(renderer.render(shuffled) == renderer.render(.sample))
    }

    @Test(
        "NetworkX reads every node and edge with typed attributes and end dates",
        .enabled(if: ExternalTool.pythonWithNetworkX != nil, Self.noNetworkX))
    func networkXRoundTrip() throws {
        let python = try #require(ExternalTool.pythonWithNetworkX)
        let script = """
            import sys, networkx as nx
            for path in sys.argv[1:]:
                g = nx.read_graphml(path)
                print(g.number_of_nodes(), g.number_of_edges(), g.is_directed(), g.is_multigraph())
            g = nx.read_graphml(sys.argv[2])
            ends = sorted((u, d["role"], d["end_date"]) for u, v, d in g.edges(data=True) if "end_date" in d)
            print(ends)
            print(g.nodes["municipality:05314000"]["key_ags"], type(g.nodes["person:katja-doerner"]["mentions"]).__name__)
            """
        let printed = try ExternalTool.runPython(
            python, script, files: [renderer.render(.sample), renderer.render(.history)])
        let lines = printed.split(separator: "\n").map(String.init)
        let sample = KnowledgeGraph.sample
        #expect(lines.first == "\(sample.nodes.count) \(sample.edges.count) True False")
        #expect(lines.dropFirst().first == "8 8 True True")
        let expectedEnds =
            "[('person:katja-doerner', 'Vizepräsidentin', '2026-01-26'), "
            + "('person:reinhard-sager', 'Präsident', '2026-02-10')]"
        #expect(lines.dropFirst(2).first == expectedEnds)
        #expect(lines.last == "05314000 int")
    }

    @Test(
        "Hostile names read back as written (minus the control characters XML forbids)",
        .enabled(if: ExternalTool.pythonWithNetworkX != nil, Self.noNetworkX))
    func hostileNames() throws {
        let python = try #require(ExternalTool.pythonWithNetworkX)
        let files = HostileNames.all.map { renderer.render(HostileNames.graph($0)) }
        let script = """
            import sys, json, networkx as nx
            out = []
            for path in sys.argv[1:]:
                g = nx.read_graphml(path)
                (u, v, d), = [e for e in g.edges(data=True) if e[2]["predicate"] == "holds_role"]
                out.append([g.number_of_nodes(), g.number_of_edges(), g.nodes[u].get("label", ""),
                            u, d.get("role", ""), d.get("evidence", ""), g.nodes[u].get("key_note", "")])
            print(json.dumps(out))
            """
        let printed = try ExternalTool.runPython(python, script, files: files)
        let rows = try JSONSerialization.jsonObject(with: Data(printed.utf8)) as? [[Any]] ?? []
        HostileNames.expectXMLReadBack(rows)
    }
}
