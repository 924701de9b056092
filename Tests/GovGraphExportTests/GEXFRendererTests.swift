import Foundation
import GovGraphExport
import GovGraphModel
import Testing

@Suite("GEXFRenderer")
struct GEXFRendererTests {
    let renderer = GEXFRenderer(title: "govgraph sample")

    @Test("The sample graph and the role history render as recorded")
    func snapshots() throws {
        try assertSnapshot(renderer.render(.sample), named: "sampleGraph.gexf")
        try assertSnapshot(renderer.render(.history), named: "historyGraph.gexf")
        try assertSnapshot(GEXFRenderer().render(.empty), named: "emptyGraph.gexf")
    }

    @Test("The header is GEXF 1.3, dynamic, with dates")
    func header() {
        let xml = renderer.render(.sample)
        #expect(xml.contains(#"<gexf xmlns="http://gexf.net/1.3""#))
        #expect(xml.contains(#"version="1.3">"#))
        #expect(xml.contains(#"<graph mode="dynamic" defaultedgetype="directed" timeformat="date">"#))
    }

    @Test(
        "Edges start at their first reading; ended roles end, held ones do not",
        arguments: [
            ("person:katja-doerner", "organization:deutscher-staedtetag", #"start="2025-06-01" end="2026-01-26">"#),
            ("person:reinhard-sager", "organization:deutscher-landkreistag", #"start="2024-05-02" end="2026-02-10">"#),
            ("person:claudia-kalisch", "organization:deutscher-staedtetag", #"start="2026-01-26">"#),
            ("person:katja-doerner", "municipality:05314000", #"start="2025-06-01">"#),
        ])
    func times(source: String, target: String, expected: String) throws {
        let line = try #require(
            renderer.render(.history).split(separator: "\n").first {
                $0.contains(#"source="\#(source)" target="\#(target)" kind="holds_role"#)
            })
        #expect(line.hasSuffix(expected))
    }

    @Test("Parallel edges have their own kind; weights are the counts")
    func kinds() {
        let xml = renderer.render(.history)
        #expect(xml.contains(#"kind="holds_role:vizepräsident" label="Vizepräsidentin" weight="1""#))
        #expect(xml.contains(#"kind="co_mentioned" label="co_mentioned" weight="1""#))
    }

    @Test(
        "NetworkX reads every node and edge with their times",
        .enabled(if: ExternalTool.pythonWithNetworkX != nil, "python3 with networkx is not available"))
    func networkXRoundTrip() throws {
        let python = try #require(ExternalTool.pythonWithNetworkX)
        let script = """
            import sys, networkx as nx
            for path in sys.argv[1:]:
                g = nx.read_gexf(path)
                print(g.number_of_nodes(), g.number_of_edges(), g.graph["mode"])
            g = nx.read_gexf(sys.argv[2])
            print(sorted((u, d["start"], d["end"]) for u, v, d in g.edges(data=True) if "end" in d))
            print(g.nodes["state:05"]["label"], g.nodes["state:05"]["key_iso"], g.nodes["person:reinhard-sager"]["mentions"])
            """
        let printed = try ExternalTool.runPython(
            python, script, files: [renderer.render(.sample), renderer.render(.history), renderer.render(.empty)])
        let lines = printed.split(separator: "\n").map(String.init)
        #expect(lines.prefix(3) == ["9 8 dynamic", "8 8 dynamic", "0 0 dynamic"])
        let ends =
            "[('person:katja-doerner', '2025-06-01', '2026-01-26'), "
            + "('person:reinhard-sager', '2024-05-02', '2026-02-10')]"
        #expect(lines.dropFirst(3).first == ends)
        #expect(lines.last == "Nordrhein-Westfalen DE-NW 2")
    }

    @Test(
        "Hostile names read back as written (minus the control characters XML forbids)",
        .enabled(if: ExternalTool.pythonWithNetworkX != nil, "python3 with networkx is not available"))
    func hostileNames() throws {
        let python = try #require(ExternalTool.pythonWithNetworkX)
        let files = HostileNames.all.map { GEXFRenderer(title: $0).render(HostileNames.graph($0)) }
        let script = """
            import sys, json, networkx as nx
            out = []
            for path in sys.argv[1:]:
                g = nx.read_gexf(path)
                (u, v, d), = [e for e in g.edges(data=True) if e[2]["predicate"] == "holds_role"]
                out.append([g.number_of_nodes(), g.number_of_edges(), g.nodes[u]["label"], u,
                            d["label"], d["evidence"], g.nodes[u]["key_note"]])
            print(json.dumps(out))
            """
        let printed = try ExternalTool.runPython(python, script, files: files)
        let rows = try JSONSerialization.jsonObject(with: Data(printed.utf8)) as? [[Any]] ?? []
        HostileNames.expectXMLReadBack(rows)
    }
}
