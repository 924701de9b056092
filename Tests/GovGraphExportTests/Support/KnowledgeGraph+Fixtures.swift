import GovGraphModel

/// Small graphs built by hand. The facts are public (Burkhard Jung is Oberbürgermeister of
/// Leipzig and has been Präsident of the Deutscher Städtetag); the sentences and dates are
/// written for these tests.
extension KnowledgeGraph {
    static let sampleNodes: [GraphNode] = [
        GraphNode(
            id: "person:burkhard-jung", name: "Burkhard Jung", type: .person, mentionCount: 4,
            documentCount: 3),
        GraphNode(
            id: "person:markus-lewe", name: "Markus Lewe", type: .person, mentionCount: 1,
            documentCount: 1),
        GraphNode(
            id: "municipality:14713000", name: "Leipzig", type: .municipality,
            keys: ["ags": "14713000"], mentionCount: 3, documentCount: 2),
        GraphNode(
            id: "municipality:05515000", name: "Münster", type: .municipality,
            keys: ["ags": "05515000"], mentionCount: 1, documentCount: 1),
        GraphNode(
            id: "district:14729", name: "Landkreis Leipzig", type: .district,
            keys: ["ars": "14729"], mentionCount: 1, documentCount: 1),
        GraphNode(
            id: "state:14", name: "Sachsen", type: .state, keys: ["ars": "14"], mentionCount: 1,
            documentCount: 1),
        GraphNode(
            id: "country:de", name: "Deutschland", type: .country, mentionCount: 1,
            documentCount: 1),
        GraphNode(
            id: "organization:deutscher-staedtetag", name: "Deutscher Städtetag",
            type: .organization, keys: ["category": "kommunaler Spitzenverband"],
            mentionCount: 3, documentCount: 3),
        GraphNode(
            id: "law:ozg", name: "Onlinezugangsgesetz", type: .law, keys: ["jurabk": "OZG"],
            mentionCount: 2, documentCount: 2),
    ]

    static let sampleEdges: [GraphEdge] = {
        let s1 = "Städtetagspräsident Burkhard Jung mahnte, das OZG zügig umzusetzen."
        let s2 = "Der Präsident des Deutschen Städtetages, Burkhard Jung, sprach über das OZG."
        let s3 = "Leipzigs OB Burkhard Jung eröffnete das neue Bürgerbüro."
        let s4 = "Vizepräsident Markus Lewe und Burkhard Jung trafen sich in Berlin."
        let s5 = "Leipzig ist die größte Stadt in Sachsen."
        let s6 = "Der Landkreis Leipzig umschließt die Stadt Leipzig fast ganz."
        let s7 = "Auch der Landkreis Leipzig bietet wie Leipzig selbst Leistungen online an."
        let s7b = "Leipzig und der Landkreis Leipzig planen ein gemeinsames Portal."
        let s8 = "Deutschland hat das OZG im Jahr 2017 beschlossen."
        return [
            .fixture(
                "person:burkhard-jung", .holdsRole, "organization:deutscher-staedtetag",
                role: "Präsident", roleKey: "präsident",
                evidence: [("doc-a", "2023-06-14", 0, s1), ("doc-b", "2024-02-01", 120, s2)]),
            .fixture(
                "person:burkhard-jung", .holdsRole, "municipality:14713000", role: "OB",
                roleKey: "oberbürgermeister", evidence: [("doc-c", "2024-03-05", 40, s3)]),
            .fixture(
                "person:markus-lewe", .holdsRole, "organization:deutscher-staedtetag",
                role: "Vizepräsident", roleKey: "vizepräsident",
                evidence: [("doc-d", nil, 0, s4)]),
            .fixture(
                "law:ozg", .coMentioned, "person:burkhard-jung",
                evidence: [("doc-a", "2023-06-14", 0, s1), ("doc-b", "2024-02-01", 120, s2)]),
            .fixture(
                "person:burkhard-jung", .coMentioned, "person:markus-lewe",
                evidence: [("doc-d", nil, 0, s4)]),
            .fixture(
                "municipality:14713000", .coMentioned, "state:14",
                evidence: [("doc-c", "2024-03-05", 200, s5)]),
            .fixture(
                "district:14729", .coMentioned, "municipality:14713000",
                evidence: [
                    ("doc-c", "2024-03-05", 260, s6), ("doc-e", "2024-04-11", 0, s7),
                    ("doc-e", "2024-04-11", 90, s7b),
                ]),
            .fixture(
                "country:de", .coMentioned, "law:ozg", evidence: [("doc-f", "2024-05-23", 0, s8)]),
        ]
    }()

    /// Nine entities of every type, three holds_role and five co_mentioned edges.
    static let sample = KnowledgeGraph(nodes: sampleNodes, edges: sampleEdges)
}

extension GraphEdge {
    /// An edge with its evidence added one by one, so dates are derived as in merging.
    static func fixture(
        _ subject: EntityID, _ predicate: Predicate, _ object: EntityID, role: String? = nil,
        roleKey: String? = nil, evidence: [(String, String?, Int, String)]
    ) -> GraphEdge {
        var edge = GraphEdge(
            subject: subject, predicate: predicate, object: object, role: role, roleKey: roleKey)
        for (document, date, start, text) in evidence {
            edge.add(
                EdgeEvidence(
                    documentID: document, date: date, start: start,
                    end: start + text.unicodeScalars.count, text: text))
        }
        return edge
    }
}

/// A deterministic shuffle for "same graph, other input order" tests.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 | 1 }

    mutating func next() -> UInt64 {
        // xorshift64*
        state ^= state >> 12
        state ^= state << 25
        state ^= state >> 27
        return state &* 0x2545_F491_4F6C_DD1D
    }
}
