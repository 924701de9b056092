import GovGraphModel
import Testing

/// A small graph about the Deutscher Städtetag: Jung (Präsident, OB of Leipzig), Dedy
/// (Hauptgeschäftsführer), Leipzig in Sachsen, and co-mentions read once or three times.
@Suite("Graph filters")
struct KnowledgeGraphFilteringTests {
    static let jung: EntityID = "person:burkhard-jung"
    static let dedy: EntityID = "person:helmut-dedy"
    static let dst: EntityID = "organization:deutscher-staedtetag"
    static let leipzig: EntityID = "municipality:14713000"
    static let sachsen: EntityID = "state:14"
    static let ozg: EntityID = "law:ozg"

    static func edge(
        _ subject: EntityID, _ predicate: Predicate, _ object: EntityID, role: String? = nil,
        dates: [String?]
    ) -> GraphEdge {
        var edge = GraphEdge(
            subject: subject, predicate: predicate, object: object, role: role,
            roleKey: role?.lowercased())
        for (index, date) in dates.enumerated() {
            edge.add(
                EdgeEvidence(documentID: "d\(index)", date: date, start: index, end: index + 1, text: "s"))
        }
        return edge
    }

    static let graph = KnowledgeGraph(
        nodes: [
            GraphNode(id: jung, name: "Burkhard Jung", type: .person, mentionCount: 5),
            GraphNode(id: dedy, name: "Helmut Dedy", type: .person, mentionCount: 2),
            GraphNode(id: dst, name: "Deutscher Städtetag", type: .organization, mentionCount: 4),
            GraphNode(id: leipzig, name: "Leipzig", type: .municipality, mentionCount: 3),
            GraphNode(id: sachsen, name: "Sachsen", type: .state, mentionCount: 1),
            GraphNode(id: ozg, name: "Onlinezugangsgesetz", type: .law, mentionCount: 1),
        ],
        edges: [
            edge(jung, .holdsRole, dst, role: "Präsident", dates: ["2019-10-31"]),
            edge(jung, .holdsRole, leipzig, role: "Oberbürgermeister", dates: ["2024-03-14"]),
            edge(dedy, .holdsRole, dst, role: "Hauptgeschäftsführer", dates: ["2025-02-03"]),
            edge(leipzig, .locatedIn, sachsen, dates: ["2024-03-14"]),
            edge(dst, .coMentioned, jung, dates: ["2019-10-31", "2024-03-14", nil]),
            edge(jung, .coMentioned, ozg, dates: ["2024-03-14"]),
        ])

    func ids(_ graph: KnowledgeGraph) -> Set<EntityID> { Set(graph.nodes.map(\.id)) }

    @Test("An empty filter keeps the graph whole")
    func emptyFilter() {
        let filter = GraphFilter()
        #expect(filter.keepsEverything)
        #expect(Self.graph.filtered(by: filter) == Self.graph)
    }

    @Test(
        "Types keep the entities of those types and the edges among them",
        arguments: [
            ([EntityType.person, .organization], [jung, dedy, dst], 3),
            ([.person], [jung, dedy], 0),
            ([.municipality, .state], [leipzig, sachsen], 1),
        ] as [([EntityType], [EntityID], Int)])
    func types(types: [EntityType], expected: [EntityID], edgeCount: Int) {
        var filter = GraphFilter()
        filter.types = Set(types)
        let part = Self.graph.filtered(by: filter)
        #expect(ids(part) == Set(expected))
        #expect(part.edges.count == edgeCount)
    }

    @Test("A relation filter keeps its edges and only the entities they connect")
    func relation() {
        var filter = GraphFilter()
        filter.predicates = [.holdsRole]
        let part = Self.graph.filtered(by: filter)
        #expect(ids(part) == [Self.jung, Self.dedy, Self.dst, Self.leipzig])
        let predicates = Set(part.edges.map(\.predicate))
        #expect(predicates == [.holdsRole])
    }

    @Test(
        "Dates keep the evidence in the range and the edges with evidence left",
        arguments: [
            ("2024-01-01", nil, 5, 1),
            (nil, "2023-12-31", 2, 1),
            ("2024-03-14", "2024-03-14", 4, 1),
            ("2026-01-01", nil, 0, 0),
        ] as [(String?, String?, Int, Int)])
    func dates(since: String?, until: String?, edgeCount: Int, coMentionCount: Int) throws {
        var filter = GraphFilter()
        filter.since = since
        filter.until = until
        let part = Self.graph.filtered(by: filter)
        #expect(part.edges.count == edgeCount)
        let allInRange = part.edges.allSatisfy { edge in
            edge.evidence.allSatisfy { item in
                guard let date = item.date else { return false }
                return date >= (since ?? "") && date <= (until ?? "9999")
            }
        }
        #expect(allInRange)
        let coMention = part.edges.first { $0.predicate == .coMentioned && $0.object == Self.jung }
        let count = coMention?.count ?? 0
        #expect(count == coMentionCount)
        if let coMention {
            #expect(coMention.firstDate == coMention.evidence.first?.date)
        }
    }

    @Test("A minimum weight hides co-mentions read in fewer sentences, and only those")
    func minWeight() {
        var filter = GraphFilter()
        filter.minWeight = 2
        let part = Self.graph.filtered(by: filter)
        #expect(part.edges.count == Self.graph.edges.count - 1)
        let weak = part.edges.contains { $0.object == Self.ozg }
        #expect(!weak)
        #expect(part.nodes.count == Self.graph.nodes.count)
    }

    @Test(
        "Top N keeps the most connected entities, then the most mentioned",
        arguments: [
            (1, [jung]),
            (2, [jung, dst]),
            (3, [jung, dst, leipzig]),
            (0, []),
        ] as [(Int, [EntityID])])
    func top(count: Int, expected: [EntityID]) {
        var filter = GraphFilter()
        filter.top = count
        let part = Self.graph.filtered(by: filter)
        #expect(ids(part) == Set(expected))
    }

    @Test("Degrees count distinct neighbours")
    func degrees() {
        let degrees = Self.graph.degrees()
        #expect(degrees[Self.jung] == 3)
        #expect(degrees[Self.dst] == 2)
        #expect(degrees[Self.sachsen] == 1)
    }

    @Test("Focus, type and top combine, keeping the focus")
    func focusCombined() {
        var filter = GraphFilter()
        filter.focus = Self.dst
        filter.depth = 2
        filter.types = [.person]
        let part = Self.graph.filtered(by: filter)
        #expect(ids(part) == [Self.dst, Self.jung, Self.dedy])
        filter.top = 2
        let top = Self.graph.filtered(by: filter)
        #expect(ids(top) == [Self.dst, Self.jung])
    }

    @Test("A focus on the relation-filtered graph walks only those relations")
    func focusAfterRelation() {
        var filter = GraphFilter()
        filter.focus = Self.leipzig
        filter.depth = 1
        filter.predicates = [.locatedIn]
        #expect(ids(Self.graph.filtered(by: filter)) == [Self.leipzig, Self.sachsen])
    }
}
