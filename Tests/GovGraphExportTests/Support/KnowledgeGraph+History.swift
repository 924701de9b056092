import GovGraphModel
import Testing

/// A graph with a history of roles: the facts are public (Katja Dörner and Claudia Kalisch
/// as Vizepräsidentin of the Deutscher Städtetag, Reinhard Sager as Landrat of Ostholstein and
/// Präsident of the Deutscher Landkreistag); the sentences and dates are written for these tests.
extension KnowledgeGraph {
    static let history: KnowledgeGraph = {
        let doerner: EntityID = "person:katja-doerner"
        let kalisch: EntityID = "person:claudia-kalisch"
        let sager: EntityID = "person:reinhard-sager"
        let dst: EntityID = "organization:deutscher-staedtetag"
        let dlt: EntityID = "organization:deutscher-landkreistag"
        let bonn: EntityID = "municipality:05314000"
        let nrw: EntityID = "state:05"
        let ostholstein: EntityID = "district:01055"
        let nodes = [
            GraphNode(id: doerner, name: "Katja Dörner", type: .person, mentionCount: 2, documentCount: 2),
            GraphNode(id: kalisch, name: "Claudia Kalisch", type: .person, mentionCount: 1, documentCount: 1),
            GraphNode(id: sager, name: "Reinhard Sager", type: .person, mentionCount: 2, documentCount: 2),
            GraphNode(
                id: bonn, name: "Bonn", type: .municipality,
                keys: ["ags": "05314000", "ars": "053140000000", "state": "05"], mentionCount: 1,
                documentCount: 1),
            GraphNode(
                id: ostholstein, name: "Kreis Ostholstein", type: .district,
                keys: ["ags": "01055", "state": "01"], mentionCount: 1, documentCount: 1),
            GraphNode(
                id: nrw, name: "Nordrhein-Westfalen", type: .state, keys: ["ags": "05", "iso": "DE-NW"],
                mentionCount: 0, documentCount: 0),
            GraphNode(
                id: dst, name: "Deutscher Städtetag", type: .organization,
                keys: ["category": "association"], mentionCount: 2, documentCount: 2),
            GraphNode(
                id: dlt, name: "Deutscher Landkreistag", type: .organization,
                keys: ["category": "association"], mentionCount: 1, documentCount: 1),
        ]
        let s1 = "Bonns Oberbürgermeisterin Katja Dörner ist Vizepräsidentin des Deutschen Städtetages."
        let s2 = "Claudia Kalisch ist neue Vizepräsidentin des Deutschen Städtetages. Sie folgt auf Katja Dörner."
        let s3 = "Landrat Reinhard Sager, Präsident des Deutschen Landkreistages, sprach in Eutin."
        let s4 = "Der frühere DLT-Präsident Reinhard Sager blickte zurück."
        func role(
            _ person: EntityID, _ role: String, _ object: EntityID,
            _ readings: [(String, String, RoleStatus, String)]
        ) -> GraphEdge {
            var edge = GraphEdge(
                subject: person, predicate: .holdsRole, object: object, role: role,
                roleKey: RoleFolding.key(role))
            for (document, date, status, text) in readings {
                edge.add(
                    EdgeEvidence(
                        documentID: document, date: date, start: 0, end: text.unicodeScalars.count,
                        text: text, status: status))
            }
            return edge
        }
        let edges = [
            role(doerner, "Vizepräsidentin", dst, [("doc-1", "2025-06-01", .current, s1)]),
            role(doerner, "Oberbürgermeisterin", bonn, [("doc-1", "2025-06-01", .current, s1)]),
            role(kalisch, "Vizepräsidentin", dst, [("doc-2", "2026-01-26", .new, s2)]),
            role(
                sager, "Präsident", dlt,
                [("doc-3", "2024-05-02", .current, s3), ("doc-4", "2026-02-10", .former, s4)]),
            role(sager, "Landrat", ostholstein, [("doc-3", "2024-05-02", .current, s3)]),
            .fixture(kalisch, .succeeds, doerner, evidence: [("doc-2", "2026-01-26", 0, s2)]),
            .fixture(bonn, .locatedIn, nrw, evidence: [("doc-1", "2025-06-01", 0, "…")]),
            .fixture(doerner, .coMentioned, dst, evidence: [("doc-1", "2025-06-01", 0, s1)]),
        ]
        return KnowledgeGraph(nodes: nodes, edges: edges)
    }()
}

/// Names that break formats that do not escape: quotes, backslashes, line breaks, markup,
/// entities, `--`, separators and control characters.
enum HostileNames {
    static let all: [String] = [
        #"Amt "Digitales""#, #"C:\Daten\N"#, #"Ende\"#, "Zeile 1\nZeile 2", "Windows\r\nZeile",
        "Glocke\u{07}\u{1B}[0m", "<b>x</b>", "a -- b", "Arbeit &amp; Soziales", "]]> & <!--",
        "x, y; z", "=SUMME(A1:A9)", "'quoted'", " Rand ", "",
    ]

    /// A person and an organization both named `name` (ids too), with a holds_role edge whose
    /// role and evidence are `name`, and a co-mention.
    static func graph(_ name: String) -> KnowledgeGraph {
        let person = EntityID("person:" + name)
        let organization = EntityID("organization:" + name)
        return KnowledgeGraph(
            nodes: [
                GraphNode(id: person, name: name, type: .person, keys: ["note": name]),
                GraphNode(id: organization, name: name, type: .organization),
            ],
            edges: [
                .fixture(
                    person, .holdsRole, organization, role: name, roleKey: name,
                    evidence: [("doc", "2025-01-01", 0, name)]),
                .fixture(organization, .coMentioned, person, evidence: [("doc", nil, 0, name)]),
            ])
    }
}

extension HostileNames {
    /// `name` as an XML reader gives it back: without the control characters XML 1.0 cannot
    /// hold (all but tab, line feed and carriage return).
    static func withoutForbiddenXML(_ name: String) -> String {
        String(
            String.UnicodeScalarView(
                name.unicodeScalars.filter { $0.value >= 0x20 || ["\t", "\n", "\r"].contains($0) }))
    }

    /// Checks what an XML graph reader printed for each hostile-name graph, in the order of
    /// ``all``: node and edge count (2, 2), then the person's label, its id, the role's label,
    /// the evidence and a key, each the name as XML can hold it.
    static func expectXMLReadBack(_ rows: [[Any]], sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(rows.count == all.count, sourceLocation: sourceLocation)
        for (name, row) in zip(all, rows) {
            let written = withoutForbiddenXML(name)
            let counts = row.prefix(2).compactMap { $0 as? Int }
            let strings = row.dropFirst(2).compactMap { $0 as? String }
            #expect(counts == [2, 2], "\(name.debugDescription)", sourceLocation: sourceLocation)
            #expect(
                strings == [written, "person:" + written, written, written, written], "\(name.debugDescription)",
                sourceLocation: sourceLocation)
        }
    }
}
