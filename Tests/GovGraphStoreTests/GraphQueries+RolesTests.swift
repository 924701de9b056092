import GovGraphModel
import Testing

@testable import GovGraphStore

@Suite("Role holders")
struct GraphStoreRolesTests {
    @Test(
        "Every form of a role asks for the same holders",
        arguments: Backend.all, [
            ("Präsident", Corpus.staedtetag, ["Burkhard Jung"]),
            ("Präsidentin", Corpus.staedtetag, ["Burkhard Jung"]),
            ("PRÄSIDENT", Corpus.staedtetag, ["Burkhard Jung"]),
            ("Vizepräsidentin", Corpus.staedtetag, ["Katja Dörner", "Claudia Kalisch"]),
            ("Vizepräsident", Corpus.staedtetag, ["Katja Dörner", "Claudia Kalisch"]),
            ("OB", Corpus.leipzig, ["Burkhard Jung"]),
            ("Oberbürgermeisterin", Corpus.lueneburg, ["Claudia Kalisch"]),
            ("Oberbürgermeister", Corpus.bonn, ["Katja Dörner"]),
            ("Hauptgeschäftsführer", Corpus.staedtetag, []),
            ("Präsident", Corpus.leipzig, []),
        ] as [(String, EntityID, [String])])
    func folding(backend: Backend, _ row: (role: String, organization: EntityID, expected: [String])) throws {
        let (role, organization, expected) = row
        // Given the Städtetag history
        let store = try Corpus.store(Corpus.staedtetagHistory, on: backend)

        // When the holders of a role form are asked for
        let holders = try store.roleHolders(role: role, of: organization)

        // Then the history comes back, earliest first
        #expect(holders.map(\.person.name) == expected)
    }

    @Test("A holding has dates, status, evidence and the persons it succeeded", arguments: Backend.all)
    func holding(backend: Backend) throws {
        // Given the Städtetag history
        let store = try Corpus.store(Corpus.staedtetagHistory, on: backend)

        // When the Vizepräsidentinnen are asked for
        let holders = try store.roleHolders(role: "Vizepräsidentin", of: Corpus.staedtetag)

        // Then Kalisch is new since 2026 and succeeded Dörner
        let kalisch = try #require(holders.last)
        #expect(kalisch.role == "Vizepräsidentin")
        #expect(kalisch.roleKey == "vizepräsident")
        #expect(kalisch.status == .new)
        #expect(kalisch.firstDate == "2026-01-26")
        #expect(kalisch.lastDate == "2026-01-26")
        #expect(kalisch.evidence.map(\.documentID) == ["doc-dst-2026"])
        #expect(kalisch.predecessors.map(\.name) == ["Katja Dörner"])
        // and Dörner succeeded nobody
        #expect(holders.first?.predecessors == [])
    }

    @Test(
        "With a date, only the holdings valid on that day",
        arguments: [
            ("Vizepräsident", "2025-05-31", [String]()),
            ("Vizepräsident", "2025-06-01", ["Katja Dörner"]),
            ("Vizepräsident", "2026-01-25", ["Katja Dörner"]),
            // Kalisch's succession closes Dörner's role
            ("Vizepräsident", "2026-01-26", ["Claudia Kalisch"]),
            ("Vizepräsident", "2030-01-01", ["Claudia Kalisch"]),
            ("Präsident", "2019-10-30", []),
            ("Präsident", "2019-10-31", ["Burkhard Jung"]),
            ("Präsident", "2026-01-26", ["Burkhard Jung"]),
        ])
    func atDate(role: String, date: String, expected: [String]) throws {
        let store = try Corpus.store(Corpus.staedtetagHistory)
        #expect(
            try store.roleHolders(role: role, of: Corpus.staedtetag, at: date).map(\.person.name)
                == expected)
    }

    @Test("A role marked former is not held after that date, until it is read as held again", arguments: Backend.all)
    func former(backend: Backend) throws {
        // Given Dörner's role, read as held in 2025 and as former in 2026 (no succession)
        var builder = DocumentBuilder(
            id: "doc-former", date: "2026-02-01",
            text: "Die frühere Vizepräsidentin Katja Dörner sprach in Bonn.")
        builder.entity(Corpus.doerner, "Katja Dörner", .person, mentions: ["Katja Dörner"])
        builder.entity(Corpus.staedtetag, "Deutscher Städtetag", .organization, mentions: [])
        builder.role(
            Corpus.doerner, "Vizepräsidentin", key: "vizepräsident", in: Corpus.staedtetag,
            status: .former)
        var again = DocumentBuilder(
            id: "doc-again", date: "2027-05-01",
            text: "Katja Dörner ist wieder Vizepräsidentin des Städtetages.")
        again.entity(Corpus.doerner, "Katja Dörner", .person, mentions: ["Katja Dörner"])
        again.entity(Corpus.staedtetag, "Deutscher Städtetag", .organization, mentions: ["Städtetages"])
        again.role(
            Corpus.doerner, "Vizepräsidentin", key: "vizepräsident", in: Corpus.staedtetag,
            status: .new)
        let store = try Corpus.store(
            [Corpus.doernerVicePresident2025, builder.document, again.document], on: backend)

        // When her role is asked for on several days
        func holders(_ date: String) throws -> [String] {
            try store.roleHolders(role: "Vizepräsidentin", of: Corpus.staedtetag, at: date)
                .map(\.person.name)
        }

        // Then she holds it before, not after it was marked former, and again when re-elected
        #expect(try holders("2025-12-31") == ["Katja Dörner"])
        #expect(try holders("2026-02-01") == [])
        #expect(try holders("2027-05-01") == ["Katja Dörner"])
        // and the history shows the latest status
        #expect(
            try store.roleHolders(role: "Vizepräsidentin", of: Corpus.staedtetag).map(\.status)
                == [.new])
    }

    @Test("A succession in another role does not name a predecessor", arguments: Backend.all)
    func successionInAnotherRole(backend: Backend) throws {
        // Given Kalisch's succession of Dörner, read with the role Oberbürgermeister
        var document = Corpus.kalischVicePresident2026
        for index in document.relations.indices where document.relations[index].predicate == .succeeds {
            document.relations[index].role = "Oberbürgermeisterin"
            document.relations[index].roleKey = "oberbürgermeister"
        }
        let store = try Corpus.store([Corpus.doernerVicePresident2025, document], on: backend)

        // When the Vizepräsidentinnen are asked for
        let holders = try store.roleHolders(role: "Vizepräsidentin", of: Corpus.staedtetag)

        // Then Kalisch has no predecessor, and Dörner's role is not closed by it
        #expect(holders.map(\.predecessors) == [[], []])
        #expect(
            try store.roleHolders(role: "Vizepräsidentin", of: Corpus.staedtetag, at: "2026-02-01")
                .map(\.person.name) == ["Katja Dörner", "Claudia Kalisch"])
    }
}
