import GovGraphModel
import Testing

struct KnowledgeGraphTests {
    static let jung: EntityID = "person:burkhard-jung"
    static let dst: EntityID = "organization:deutscher-staedtetag"
    static let leipzig: EntityID = "municipality:14713000"
    static let sachsen: EntityID = "state:14"

    static func document(_ id: String, date: String?, sentence: (Int, Int, String), relations: [(EntityID, Predicate, String?, EntityID)]) -> ExtractedDocument {
        let evidence = Evidence(start: sentence.0, end: sentence.1, text: sentence.2)
        return ExtractedDocument(
            id: id, source: "\(id).txt", title: nil, date: date, start: 0, end: 100,
            entities: [
                Entity(id: jung, name: "Burkhard Jung", type: .person, mentions: [Mention(text: "Burkhard Jung", start: 0, end: 13)]),
                Entity(id: dst, name: "Deutscher Städtetag", type: .organization, mentions: [
                    Mention(text: "Deutschen Städtetags", start: 30, end: 50), Mention(text: "DST", start: 60, end: 63),
                ]),
                Entity(id: leipzig, name: "Leipzig", type: .municipality, keys: ["ags": "14713000"], mentions: [Mention(text: "Leipzig", start: 70, end: 77)]),
            ],
            relations: relations.map { Relation(subject: $0.0, predicate: $0.1, role: $0.2, roleKey: $0.2?.lowercased(), object: $0.3, date: date, evidence: evidence) })
    }

    @Test("Documents merge into one node per id and one edge per key, keeping all evidence")
    func merging() throws {
        let a = Self.document("a", date: "2019-10-31", sentence: (0, 80, "Burkhard Jung, Präsident des Deutschen Städtetags …"),
                              relations: [(Self.jung, .holdsRole, "Präsident", Self.dst), (Self.jung, .holdsRole, "OB", Self.leipzig)])
        let b = Self.document("b", date: "2023-06-01", sentence: (5, 90, "Der Präsident des Deutschen Städtetags, Burkhard Jung …"),
                              relations: [(Self.jung, .holdsRole, "Präsident", Self.dst)])
        let graph = KnowledgeGraph(documents: [b, a])
        #expect(graph.nodes.map(\.id) == [Self.jung, Self.leipzig, Self.dst])
        let dstNode = try #require(graph.node(Self.dst))
        #expect(dstNode.mentionCount == 4)
        #expect(dstNode.documentCount == 2)
        #expect(graph.edges.count == 2)
        let president = try #require(graph.edges.first { $0.object == Self.dst })
        #expect(president.count == 2)
        #expect(president.firstDate == "2019-10-31")
        #expect(president.lastDate == "2023-06-01")
        #expect(president.evidence.map(\.documentID) == ["a", "b"])
    }

    @Test("The same evidence twice is kept once")
    func duplicateEvidence() {
        let a = Self.document("a", date: nil, sentence: (0, 10, "x"), relations: [(Self.jung, .coMentioned, nil, Self.leipzig)])
        let graph = KnowledgeGraph(documents: [a, a])
        #expect(graph.edges.first?.count == 1)
        #expect(graph.edges.first?.firstDate == nil)
    }

    @Test("A neighbourhood holds the entities within the depth and the edges among them", arguments: [
        (0, [jung]), (1, [jung, dst]), (2, [jung, leipzig, dst]), (5, [jung, leipzig, dst]),
    ])
    func neighbourhood(depth: Int, expected: [EntityID]) {
        let a = Self.document("a", date: nil, sentence: (0, 10, "x"), relations: [
            (Self.jung, .holdsRole, "Präsident", Self.dst), (Self.dst, .coMentioned, nil, Self.leipzig),
        ])
        let graph = KnowledgeGraph(documents: [a])
        let part = graph.neighbourhood(of: Self.jung, depth: depth)
        #expect(part.nodes.map(\.id) == expected)
        #expect(part.edges.allSatisfy { expected.contains($0.subject) && expected.contains($0.object) })
        #expect(graph.neighbourhood(of: Self.sachsen, depth: 2).isEmpty)
    }
}
