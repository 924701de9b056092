import Foundation
import GovGraphExport
import GovGraphModel
import Testing

@Suite("DOTRenderer")
struct DOTRendererTests {
    let renderer = DOTRenderer(title: "govgraph sample")

    static let noGraphviz: Comment = "Graphviz `dot` is not on PATH (apt-get install graphviz)"

    @Test("The sample graph renders as recorded")
    func sampleSnapshot() throws {
        try assertSnapshot(renderer.render(.sample), named: "sampleGraph.dot")
    }

    @Test("An empty graph is a valid digraph without legend")
    func emptySnapshot() throws {
        let dot = DOTRenderer().render(.empty)
        try assertSnapshot(dot, named: "emptyGraph.dot")
        #expect(!dot.contains("cluster_legend"))
        #expect(DOTStructure(dot).problems.isEmpty)
    }

    @Test("The legend lists only the entity types present, in declared order")
    func legendOnlyPresentTypes() {
        let graph = KnowledgeGraph(
            nodes: [
                GraphNode(id: "law:ozg", name: "Onlinezugangsgesetz", type: .law),
                GraphNode(id: "person:burkhard-jung", name: "Burkhard Jung", type: .person),
            ], edges: [])
        let legend = renderer.render(graph).split(separator: "\n")
            .filter { $0.contains("\"legend:") }
        #expect(legend.count == 2)
        #expect(legend.first?.contains("\"legend:person\"") == true)
        #expect(legend.last?.contains("\"legend:law\"") == true)
    }

    @Test(
        "A holds_role edge is a dark arrow labelled with the role as written, dated in its tooltip")
    func holdsRoleEdge() throws {
        let line = try #require(
            edgeLine(from: "person:burkhard-jung", to: "organization:deutscher-staedtetag"))
        #expect(line.contains(#"label="Präsident""#))
        #expect(line.contains(##"color="#333333""##))
        #expect(!line.contains("dir="))
        #expect(
            line.contains(
                #"tooltip="Präsident: 2 sentences\nfirst seen 2023-06-14\nlast seen 2024-02-01""#))

        let abbreviated = try #require(
            edgeLine(from: "person:burkhard-jung", to: "municipality:14713000"))
        #expect(abbreviated.contains(#"label="OB""#))
        #expect(abbreviated.contains(#"tooltip="OB: 1 sentence\nfirst seen 2024-03-05""#))

        let undated = try #require(
            edgeLine(from: "person:markus-lewe", to: "organization:deutscher-staedtetag"))
        #expect(undated.contains(#"tooltip="Vizepräsident: 1 sentence""#))
    }

    @Test("A holds_role edge without a written role falls back to its role key")
    func holdsRoleFallback() {
        let edge = GraphEdge(
            subject: "person:a", predicate: .holdsRole, object: "organization:b",
            roleKey: "präsident")
        let dot = renderer.render(KnowledgeGraph(nodes: [], edges: [edge]))
        #expect(dot.contains(#""person:a" -> "organization:b" [label="präsident""#))
    }

    @Test("A co_mentioned edge is an unlabelled grey line, weighted by its count")
    func coMentionedEdge() throws {
        let line = try #require(edgeLine(from: "district:14729", to: "municipality:14713000"))
        #expect(line.contains(#"dir="none""#))
        #expect(line.contains(##"color="#9E9E9E""##))
        #expect(line.contains(#"weight="3""#))
        #expect(line.contains(#"penwidth="1.2""#))
        #expect(line.contains(#"tooltip="co-mentioned: 3 sentences"#))
        #expect(!line.contains("label="))
    }

    @Test("Nodes are labelled with their names, typed by shape and colour")
    func nodeStatement() throws {
        let dot = renderer.render(.sample)
        let line = try #require(
            dot.split(separator: "\n").first { $0.hasPrefix(#"    "law:ozg" ["#) })
        let expected =
            ##"    "law:ozg" [label="Onlinezugangsgesetz", shape="note", style="filled", "##
            + ##"fillcolor="#EEDD88", tooltip="law:ozg\n2 mentions in 2 documents"];"##
        #expect(line == expected)
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

    @Test("The sample graph is well-formed DOT")
    func sampleStructure() {
        let structure = DOTStructure(renderer.render(.sample))
        #expect(structure.problems == [])
        #expect(structure.strings.contains("Deutscher Städtetag"))
    }

    @Test(
        "Graphviz lays out the sample graph: every node and edge drawn once",
        .enabled(
            if: ExternalTool.dot != nil, Self.noGraphviz)
    )
    func sampleThroughGraphviz() throws {
        let svg = try layOut(renderer.render(.sample))
        // Nine entities and their seven legend entries.
        #expect(occurrences(of: #"class="node""#, in: svg) == 9 + 7)
        #expect(occurrences(of: #"class="edge""#, in: svg) == 8)
        #expect(svg.contains("Deutscher Städtetag"))
    }

    // MARK: - Hostile names

    static let hostileNames: [(name: String, written: String)] = [
        (#"Amt "Digitales""#, #"Amt "Digitales""#),
        (#"C:\Daten\N"#, #"C:\Daten\N"#),
        (#"Ende\"#, #"Ende\"#),
        ("Zeile 1\nZeile 2", "Zeile 1\nZeile 2"),
        ("Windows\r\nZeile", "Windows\nZeile"),
        ("Glocke\u{07}\u{1B}[0m", "Glocke[0m"),
        ("<b>x</b>", "<b>x</b>"),
        ("a -- b", "a -- b"),
        ("a -> b", "a -> b"),
        ("{}", "{}"),
        ("x; y", "x; y"),
        ("Arbeit &amp; Soziales", "Arbeit &amp; Soziales"),
        ("subgraph", "subgraph"),
        ("", ""),
    ]

    /// A graph whose ids, names and roles are all `name`, with one holds_role edge.
    static func hostileGraph(_ name: String) -> KnowledgeGraph {
        let person = EntityID("person:" + name)
        let organization = EntityID("organization:" + name)
        return KnowledgeGraph(
            nodes: [
                GraphNode(id: person, name: name, type: .person),
                GraphNode(id: organization, name: name, type: .organization),
            ],
            edges: [
                .fixture(
                    person, .holdsRole, organization, role: name, roleKey: name,
                    evidence: [("doc", nil, 0, name)]),
                .fixture(organization, .coMentioned, person, evidence: [("doc", nil, 0, name)]),
            ])
    }

    @Test(
        "Hostile names keep the DOT well-formed and read back as written", arguments: hostileNames)
    func hostileStructure(name: String, written: String) {
        let dot = DOTRenderer(title: name).render(Self.hostileGraph(name))
        let structure = DOTStructure(dot)
        #expect(structure.problems == [], "\(dot)")
        #expect(structure.strings.contains(written))
        #expect(structure.strings.contains("person:" + written))
        #expect(structure.strings.contains("organization:" + written))
    }

    @Test(
        "Graphviz accepts hostile names, drawing exactly the nodes and edges of the graph",
        .enabled(
            if: ExternalTool.dot != nil, Self.noGraphviz),
        arguments: hostileNames)
    func hostileThroughGraphviz(name: String, written: String) throws {
        let svg = try layOut(DOTRenderer(title: name).render(Self.hostileGraph(name)))
        // Two entities and two legend entries: an id escaped differently in a node and an edge
        // statement would show up as an extra node.
        #expect(occurrences(of: #"class="node""#, in: svg) == 2 + 2)
        #expect(occurrences(of: #"class="edge""#, in: svg) == 2)
    }

    // MARK: - Helpers

    func edgeLine(from subject: String, to object: String) -> String? {
        let head = "    \"\(subject)\" -> \"\(object)\" ["
        return renderer.render(.sample).split(separator: "\n").first { $0.hasPrefix(head) }
            .map(String.init)
    }

    /// Runs `dot -Tsvg`, failing the test with Graphviz's message when it rejects the input.
    func layOut(_ dot: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let executable = try #require(ExternalTool.dot)
        let result = try ExternalTool.run(executable, ["-Tsvg"], input: dot)
        #expect(
            result.status == 0, "dot failed: \(result.stderr)\n\(dot)",
            sourceLocation: sourceLocation)
        #expect(
            result.stderr.isEmpty, "dot warned: \(result.stderr)", sourceLocation: sourceLocation)
        return result.stdout
    }

    func occurrences(of needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }
}

extension DOTRendererTests {
    @Test("A role that ended is grey and says until when; a held one is not")
    func endedRole() throws {
        let lines = DOTRenderer().render(.history).split(separator: "\n")
        let doerner = try #require(
            lines.first { $0.contains(#""person:katja-doerner" -> "organization:deutscher-staedtetag""#) })
        #expect(doerner.contains(#"label="Vizepräsidentin (bis 2026-01-26)""#))
        #expect(doerner.contains(##"color="#888888""##))
        let kalisch = try #require(
            lines.first { $0.contains(#""person:claudia-kalisch" -> "organization:deutscher-staedtetag""#) })
        #expect(kalisch.contains(##"label="Vizepräsidentin", color="#333333""##))
    }
}
