import GovGraphModel
import Testing

@testable import GovGraphExport

@Suite("DOT clusters")
struct DOTRendererClustersTests {
    @Test("Places, bodies and persons fall into the Land they lie or hold roles in")
    func states() {
        let states = DOTRenderer.states(.history)
        #expect(states["state:05"] == "state:05")
        #expect(states["municipality:05314000"] == "state:05")
        #expect(states["district:01055"] == "state:01")
        // Sager's roles lie in Ostholstein and in a federal body: no single Land.
        #expect(states["person:reinhard-sager"] == nil)
        // Dörner's roles: Bonn (NRW) and the Städtetag (no Land).
        #expect(states["person:katja-doerner"] == nil)
        #expect(states["organization:deutscher-staedtetag"] == nil)
    }

    @Test("A chain of located_in edges reaches the Land")
    func chains() {
        let graph = KnowledgeGraph(
            nodes: [
                GraphNode(id: "municipality:14522080", name: "Freiberg", type: .municipality),
                GraphNode(id: "district:14522", name: "Landkreis Mittelsachsen", type: .district),
                GraphNode(id: "state:14", name: "Sachsen", type: .state),
                GraphNode(id: "person:sven-krueger", name: "Sven Krüger", type: .person),
            ],
            edges: [
                .fixture("municipality:14522080", .locatedIn, "district:14522", evidence: [("d", nil, 0, "…")]),
                .fixture("district:14522", .locatedIn, "state:14", evidence: [("d", nil, 0, "…")]),
                .fixture(
                    "person:sven-krueger", .holdsRole, "municipality:14522080", role: "Oberbürgermeister",
                    roleKey: "oberbürgermeister", evidence: [("d", nil, 0, "OB Sven Krüger")]),
            ])
        let states = DOTRenderer.states(graph)
        #expect(Set(states.values) == ["state:14"])
        #expect(states.count == 4)
    }

    @Test("--cluster state draws one box per Land, with the rest outside")
    func stateBoxes() {
        let dot = DOTRenderer(clustering: .state).render(.history)
        #expect(dot.contains(#"subgraph "cluster_state:01" {"#))
        #expect(dot.contains(#"subgraph "cluster_state:05" {"#))
        #expect(dot.contains(#"graph [label="Nordrhein-Westfalen", style="rounded""#))
        // The Land 01 is not a node here: its box still has its name.
        #expect(dot.contains(#"graph [label="Schleswig-Holstein""#))
        #expect(DOTStructure(dot).problems.isEmpty)
    }

    @Test("--cluster type draws one box per type present, in declared order")
    func typeBoxes() {
        let dot = DOTRenderer(clustering: .type).render(.sample)
        let boxes = dot.split(separator: "\n").filter { $0.contains("subgraph \"cluster_type:") }
        #expect(boxes.count == 7)
        #expect(boxes.first?.contains("cluster_type:person") == true)
        #expect(boxes.last?.contains("cluster_type:law") == true)
    }

    @Test(
        "Graphviz lays out clustered diagrams without warnings",
        .enabled(if: ExternalTool.dot != nil, "Graphviz `dot` is not on PATH"),
        arguments: DOTClustering.allCases)
    func throughGraphviz(clustering: DOTClustering) throws {
        let dot = try #require(ExternalTool.dot)
        for graph in [KnowledgeGraph.sample, .history] {
            let result = try ExternalTool.run(dot, ["-Tsvg"], input: DOTRenderer(clustering: clustering).render(graph))
            #expect(result.status == 0 && result.stderr.isEmpty, "\(result.stderr)")
        }
    }
}
