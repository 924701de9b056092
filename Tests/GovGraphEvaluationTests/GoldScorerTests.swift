import GovGraphEvaluation
import GovGraphModel
import Testing

struct GoldScorerTests {
    /// Gold for "Kiels Kämmerin Ute Muster sprach mit dem Städtetag Schleswig-Holstein."
    static let gold = GoldArticle(
        id: "kiel",
        entities: [
            GoldEntity(name: "Ute Muster", type: .person, mentions: ["Ute Muster", "Frau Muster"]),
            GoldEntity(name: "Kiel", type: .municipality, mentions: ["Kiels"]),
            GoldEntity(name: "Städtetag Schleswig-Holstein", type: .organization, mentions: ["Städtetag"], aliases: ["STSH"]),
            GoldEntity(name: "Schleswig-Holstein", type: .state, mentions: ["Schleswig-Holstein"], optional: true),
            GoldEntity(name: "Nils Knipser", type: .person, mentions: ["Nils Knipser"], incidental: true),
        ],
        relations: [
            GoldRelation(subject: "Ute Muster", role: "Kämmerin", object: "Kiel"),
            GoldRelation(subject: "Ute Muster", role: "Vorsitzende", object: "Städtetag Schleswig-Holstein"),
        ])

    static func score(
        _ entities: [(type: EntityType, name: String, mentions: [String])],
        roles: [(subject: String, role: String, key: String?, object: String)] = [], keepIncidental: Bool = false
    ) -> GoldReport {
        // Two documents from one page: entities count once per text.
        let first = ExtractedDocument.fixture(entities: entities, roles: roles)
        let second = ExtractedDocument.fixture(entities: Array(entities.prefix(1)))
        return GoldScorer(keepIncidental: keepIncidental).score(
            [GoldComparison(gold: gold, source: "kiel.txt", documents: [first, second])])
    }

    @Test(
        "A gold entity is found by name or by a mention text of the same type",
        arguments: [
            ((EntityType.municipality, "Kiel", ["Kiel"]), true),  // the gold name
            ((.municipality, "Landeshauptstadt Kiel", ["Kiels"]), true),  // a gold mention
            ((.organization, "Städtetag SH", ["STSH"]), false),  // a gold alias, but the type is wrong
            ((.municipality, "Kiel-Holtenau", ["Holtenau"]), false),
        ] as [((EntityType, String, [String]), Bool)])
    func found(entity: (EntityType, String, [String]), expected: Bool) {
        let report = Self.score([entity])
        let row = report.entities[EntityType.municipality.rawValue]
        #expect(row?.found == (expected ? 1 : 0))
        #expect(report.entities.overall.gold == 3)
    }

    @Test("Found entities are correct; unmatched ones are false hits; optional ones count neither way")
    func precision() {
        let report = Self.score([
            (.person, "Ute Muster", ["Frau Muster"]),
            (.organization, "Städtetag Schleswig-Holstein", ["STSH"]),
            (.state, "Schleswig-Holstein", ["Schleswig-Holstein"]),  // optional
            (.municipality, "Muster", ["Muster"]),  // a surname read as a place
        ])
        #expect(report.entities.overall == Score(gold: 3, found: 2, predicted: 3, correct: 2))
        #expect(report.misses.map(\.name) == ["Kiel"])
        #expect(report.falseHits.map(\.name) == ["Muster"])
        #expect(report.falseHits.first?.source == "kiel.txt")
        #expect(report.entities.rows.map(\.label) == ["person", "municipality", "organization"])
    }

    @Test("Incidental entities are dropped unless kept", arguments: [false, true])
    func incidental(keep: Bool) {
        let report = Self.score([(.person, "Nils Knipser", ["Nils Knipser"])], keepIncidental: keep)
        #expect(report.entities.overall.gold == (keep ? 4 : 3))
        #expect(report.entities.overall.predicted == (keep ? 1 : 0))
        #expect(report.falseHits.isEmpty)
    }

    @Test(
        "Relations match on subject, object and folded role; the relaxed score ignores the role",
        arguments: [
            ("Kämmerer", nil, 1, 1, 0),  // fold of the written role
            ("Kämmerin", "kämmerer", 1, 1, 0),  // the extraction's key
            ("Dezernentin", "dezernent", 0, 1, 1),  // wrong role: relaxed only
        ] as [(String, String?, Int, Int, Int)])
    func relations(role: String, key: String?, strict: Int, relaxed: Int, falseHits: Int) {
        let report = Self.score(
            [(.person, "Ute Muster", ["Ute Muster"]), (.municipality, "Kiel", ["Kiels"])],
            roles: [(subject: "Ute Muster", role: role, key: key, object: "Kiel")])
        #expect(report.relations.gold == 2)
        #expect(report.relations.found == strict)
        #expect(report.relations.correct == strict)
        #expect(report.relationsIgnoringRole.found == relaxed)
        #expect(report.relationFalseHits.count == falseHits)
        #expect(report.relationMisses.count == 2 - strict)
    }

    @Test("An extracted name that is a gold mention form matches the gold name in a relation")
    func relationByMentionForm() {
        let report = Self.score(
            [(.person, "Ute Muster", ["Ute Muster"]), (.organization, "STSH", ["STSH"])],
            roles: [(subject: "Ute Muster", role: "Vorsitzende", key: "vorsitzender", object: "STSH")])
        #expect(report.relations.found == 1)
        #expect(report.relations.predicted == 1)
    }
}
