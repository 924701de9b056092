import GovGraphModel
import Testing

@Suite("Edge time spans")
struct KnowledgeGraphTimespansTests {
    static let kalisch: EntityID = "person:claudia-kalisch"
    static let doerner: EntityID = "person:katja-doerner"
    static let dst: EntityID = "organization:deutscher-staedtetag"
    static let bonn: EntityID = "municipality:05314000"

    static func role(
        _ person: EntityID, _ role: String, _ object: EntityID,
        readings: [(String?, RoleStatus?)]
    ) -> GraphEdge {
        var edge = GraphEdge(
            subject: person, predicate: .holdsRole, object: object, role: role,
            roleKey: RoleFolding.key(role))
        for (index, (date, status)) in readings.enumerated() {
            edge.add(
                EdgeEvidence(
                    documentID: "d\(index)", date: date, start: 0, end: 1, text: "s",
                    status: status))
        }
        return edge
    }

    static func span(of edge: GraphEdge, with others: [GraphEdge] = []) -> EdgeTimespan? {
        KnowledgeGraph(nodes: [], edges: [edge] + others).timespans()[edge.key]
    }

    @Test(
        "A role starts at its first reading as held and ends where it is first read as former",
        arguments: [
            ([("2025-06-01", RoleStatus.current)], EdgeTimespan(start: "2025-06-01")),
            ([("2024-01-01", .new), ("2025-06-01", .current)], EdgeTimespan(start: "2024-01-01")),
            (
                [("2024-01-01", .current), ("2025-03-01", .former), ("2026-01-01", .former)],
                EdgeTimespan(start: "2024-01-01", end: "2025-03-01")
            ),
            ([("2025-03-01", .former)], EdgeTimespan(start: nil, end: "2025-03-01")),
            // Former, then held again: it holds.
            ([("2024-01-01", .former), ("2025-01-01", .current)], EdgeTimespan(start: "2025-01-01")),
            ([(nil, .current)], EdgeTimespan()),
        ] as [([(String?, RoleStatus?)], EdgeTimespan)])
    func formerRoles(readings: [(String?, RoleStatus?)], expected: EdgeTimespan) {
        let edge = Self.role(Self.doerner, "Vizepräsidentin", Self.dst, readings: readings)
        #expect(Self.span(of: edge) == expected)
    }

    @Test("A successor in the same role of the same body ends the predecessor's role")
    func succession() {
        let doerner = Self.role(Self.doerner, "Vizepräsidentin", Self.dst, readings: [("2025-06-01", .current)])
        let kalisch = Self.role(Self.kalisch, "Vizepräsidentin", Self.dst, readings: [("2026-01-26", .new)])
        var follows = GraphEdge(subject: Self.kalisch, predicate: .succeeds, object: Self.doerner)
        follows.add(EdgeEvidence(documentID: "k", date: "2026-01-26", start: 0, end: 1, text: "Sie folgt auf Katja Dörner."))
        let spans = KnowledgeGraph(nodes: [], edges: [doerner, kalisch, follows]).timespans()
        #expect(spans[doerner.key] == EdgeTimespan(start: "2025-06-01", end: "2026-01-26"))
        #expect(spans[kalisch.key] == EdgeTimespan(start: "2026-01-26"))
        #expect(spans[follows.key] == EdgeTimespan(start: "2026-01-26"))
        #expect(spans[kalisch.key]?.hasEnded == false)
    }

    @Test(
        "A succession does not end a role in another body, another role, or one read as held later",
        arguments: [
            ("Oberbürgermeisterin", bonn, "2025-06-01"),
            ("Präsidentin", dst, "2025-06-01"),
            ("Vizepräsidentin", dst, "2026-05-01"),
        ] as [(String, EntityID, String)])
    func unrelatedSuccession(role: String, object: EntityID, lastHeld: String) {
        let doerner = Self.role(Self.doerner, role, object, readings: [(lastHeld, .current)])
        let kalisch = Self.role(Self.kalisch, "Vizepräsidentin", Self.dst, readings: [("2026-01-26", .new)])
        var follows = GraphEdge(subject: Self.kalisch, predicate: .succeeds, object: Self.doerner)
        follows.add(EdgeEvidence(documentID: "k", date: "2026-01-26", start: 0, end: 1, text: "s"))
        #expect(Self.span(of: doerner, with: [kalisch, follows])?.end == nil)
    }
}
