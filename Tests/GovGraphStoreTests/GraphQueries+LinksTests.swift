import GovGraphModel
import Testing

@testable import GovGraphStore

@Suite("Links of an entity")
struct GraphStoreLinksTests {
    @Test("Links are aggregated per predicate, other entity, role key and direction, strongest and most recent first", arguments: Backend.all)
    func aggregationAndOrder(backend: Backend) throws {
        // Given the corpus
        let store = try Corpus.store(on: backend)

        // When Jung's links are listed
        let links = try store.links(of: Corpus.jung)

        // Then roles come first, then co-mentions by count, then the most recent
        let summary = links.map {
            "\($0.predicate.rawValue) \($0.roleKey ?? "-") \($0.outgoing ? "→" : "←") \($0.other.name) ×\($0.count)"
        }
        #expect(
            summary == [
                "holds_role oberbürgermeister → Leipzig ×2",
                "holds_role präsident → Deutscher Städtetag ×1",
                "co_mentioned - ← Leipzig ×2",
                "co_mentioned - ← Deutscher Städtetag ×2",
                "co_mentioned - → Dirk Hilbert ×1",
                "co_mentioned - ← Dresden ×1",
            ])
    }

    @Test("A link keeps the first role written, its date range and all evidence in date order", arguments: Backend.all)
    func datesAndEvidence(backend: Backend) throws {
        // Given the corpus, where Jung is "Oberbürgermeister" of Leipzig in March and "OB" in September
        let store = try Corpus.store(on: backend)

        // When his link to Leipzig is read
        let link = try #require(try store.links(of: Corpus.jung).first)

        // Then it has the first role, both dates and both sentences
        #expect(link.role == "Oberbürgermeister")
        #expect(link.firstDate == "2024-03-01")
        #expect(link.lastDate == "2024-09-15")
        #expect(
            link.evidence == [
                EdgeEvidence(
                    documentID: "doc-leipzig", date: "2024-03-01", start: 0, end: 76,
                    text:
                        "Leipzigs Oberbürgermeister Burkhard Jung sprach vor dem Deutschen Städtetag.",
                    status: .current),
                EdgeEvidence(
                    documentID: "doc-leipzig-2", date: "2024-09-15", start: 0, end: 48,
                    text: "In Leipzig eröffnete OB Jung das neue Bürgeramt.", status: .current),
            ])
        #expect(
            link.other
                == EntitySummary(
                    id: Corpus.leipzig, name: "Leipzig", type: .municipality,
                    keys: ["ags": "14713000"],
                    mentionCount: 2, documentCount: 2))
    }

    @Test("Seen from the object, a role link is incoming", arguments: Backend.all)
    func incomingRole(backend: Backend) throws {
        // Given the corpus
        let store = try Corpus.store(on: backend)

        // When Dresden's links are listed
        let roles = try store.links(of: Corpus.dresden).filter { $0.predicate == .holdsRole }

        // Then Hilbert's role is the one incoming holds_role link
        #expect(roles.map(\.other.id) == [Corpus.hilbert])
        #expect(roles.map(\.outgoing) == [false])
        #expect(roles.map(\.role) == ["Oberbürgermeister"])
    }

    @Test("Entities without links", arguments: Backend.all, [Corpus.ulm, "person:niemand"])
    func noLinks(backend: Backend, id: EntityID) throws {
        // Given the corpus
        let store = try Corpus.store(on: backend)

        // When an isolated or unknown entity's links are listed
        // Then there are none
        #expect(try store.links(of: id) == [])
    }

    @Test("A relation's own date overrides the document's", arguments: Backend.all)
    func relationDate(backend: Backend) throws {
        // Given a document dated 2025 whose relation is dated 2019
        var builder = DocumentBuilder(
            id: "doc-interview", date: "2025-04-01",
            text: "Im Jahr 2019 war Burkhard Jung Präsident des Städtetages.")
        builder.entity(Corpus.jung, "Burkhard Jung", .person, mentions: ["Burkhard Jung"])
        builder.entity(
            Corpus.staedtetag, "Deutscher Städtetag", .organization, mentions: ["Städtetages"])
        builder.role(Corpus.jung, "Präsident", key: "präsident", in: Corpus.staedtetag)
        var document = builder.document
        document.relations[0].date = "2019-10-31"
        let store = try Corpus.store([document], on: backend)

        // When the link is read
        let link = try #require(try store.links(of: Corpus.jung).first)

        // Then it is dated 2019
        #expect(link.firstDate == "2019-10-31")
        #expect(link.evidence.map(\.date) == ["2019-10-31"])
    }

    @Test(
        "Links are filtered by relation, type of the other entity and date",
        arguments: [
            (
                LinkFilter.all,
                [
                    "holds_role Präsident → Deutscher Städtetag", "holds_role Oberbürgermeister → Leipzig",
                    "co_mentioned ← Deutscher Städtetag", "co_mentioned ← Leipzig",
                ]
            ),
            (LinkFilter(predicate: .holdsRole), ["holds_role Präsident → Deutscher Städtetag", "holds_role Oberbürgermeister → Leipzig"]),
            (LinkFilter(predicate: .succeeds), []),
            (
                LinkFilter(otherType: .municipality),
                ["holds_role Oberbürgermeister → Leipzig", "co_mentioned ← Leipzig"]
            ),
            (LinkFilter(predicate: .coMentioned, otherType: .organization), ["co_mentioned ← Deutscher Städtetag"]),
            (LinkFilter(since: "2020-01-01"), []),
            (LinkFilter(until: "2019-10-31"), [
                "holds_role Präsident → Deutscher Städtetag", "holds_role Oberbürgermeister → Leipzig",
                "co_mentioned ← Deutscher Städtetag", "co_mentioned ← Leipzig",
            ]),
            (LinkFilter(since: "2019-11-01", until: "2019-12-31"), []),
        ] as [(LinkFilter, [String])])
    func filters(filter: LinkFilter, expected: [String]) throws {
        // Given the Städtetag history
        let store = try Corpus.store(Corpus.staedtetagHistory)

        // When Jung's links are listed with a filter
        let links = try store.links(of: Corpus.jung, filter: filter)

        // Then only the matching links come back, in order
        #expect(
            links.map { "\($0.predicate.rawValue) \($0.role.map { $0 + " " } ?? "")\($0.outgoing ? "→" : "←") \($0.other.name)" }
                == expected)
    }

    @Test("Within a count, the most recent link comes first; dates bound the evidence", arguments: Backend.all)
    func recentFirstAndDateBounds(backend: Backend) throws {
        // Given the corpus and the Städtetag history
        let store = try Corpus.store(Corpus.all + Corpus.staedtetagHistory, on: backend)

        // When the Städtetag's role links are listed, and those of 2024 only
        let roles = try store.links(of: Corpus.staedtetag, filter: LinkFilter(predicate: .holdsRole))
        let in2024 = try store.links(
            of: Corpus.staedtetag,
            filter: LinkFilter(predicate: .holdsRole, since: "2024-01-01", until: "2024-12-31"))

        // Then Jung's Präsident link (read twice) leads, then the latest once-read role
        #expect(roles.map(\.other.name) == ["Burkhard Jung", "Claudia Kalisch", "Katja Dörner"])
        #expect(roles.map(\.status) == [.current, .new, .current])
        #expect(roles[0].count == 2)
        // and the 2024 link keeps only the 2024 sentence
        #expect(in2024.map(\.other.name) == ["Burkhard Jung"])
        #expect(in2024[0].evidence.map(\.date) == ["2024-05-10"])
        #expect(in2024[0].firstDate == "2024-05-10")
    }

    @Test("A location read from the official keys is a link in both directions", arguments: Backend.all)
    func locatedIn(backend: Backend) throws {
        // Given the 2019 article, with Leipzig located in Sachsen
        let store = try Corpus.store([Corpus.jungPresident2019], on: backend)

        // When Leipzig's and Sachsen's links are listed
        let leipzig = try store.links(of: Corpus.leipzig, filter: LinkFilter(predicate: .locatedIn))
        let sachsen = try store.links(of: Corpus.sachsen)

        // Then Leipzig lies in Sachsen, and Sachsen contains Leipzig
        #expect(leipzig.map(\.other.name) == ["Sachsen"])
        #expect(leipzig.map(\.outgoing) == [true])
        #expect(leipzig.first?.evidence.map(\.text) == ["…"])
        #expect(sachsen.map { "\($0.predicate.rawValue) \($0.outgoing)" } == ["located_in false"])
    }
}

extension GraphStoreLinksTests {
    @Test("Evidence saved out of date order comes back in date order; the latest dated status wins, the later saved on a tie", arguments: Backend.all)
    func evidenceOrderAndStatus(backend: Backend) throws {
        // Given one role read in four documents, saved out of date order; the two of March
        // 2025 disagree on the status; one sentence also names the person with herself
        let saved: [(id: String, date: String, status: RoleStatus)] = [
            ("doc-c", "2025-03-01", .new), ("doc-a", "2024-01-01", .current),
            ("doc-b", "2025-03-01", .former), ("doc-d", "2024-06-01", .current),
        ]
        let documents = saved.map { item in
            var builder = DocumentBuilder(id: item.id, date: item.date, text: "Anna Alt ist Landrätin in Xanten.")
            builder.entity("person:anna-alt", "Anna Alt", .person, mentions: ["Anna Alt"])
            builder.entity("district:xanten", "Kreis Xanten", .district, mentions: ["Xanten"])
            builder.role("person:anna-alt", "Landrätin", key: "landrat", in: "district:xanten", status: item.status)
            if item.id == "doc-a" { builder.coMentioned("person:anna-alt", "person:anna-alt") }
            return builder.document
        }
        let store = try Corpus.store(documents, on: backend)

        // When her links are listed
        let links = try store.links(of: "person:anna-alt")

        // Then the role has all four sentences by date, then document, and the status of the
        // later saved March document; the link with herself is listed once
        #expect(links.map(\.predicate) == [.holdsRole, .coMentioned])
        #expect(links[0].evidence.map(\.documentID) == ["doc-a", "doc-d", "doc-b", "doc-c"])
        #expect(links[0].firstDate == "2024-01-01")
        #expect(links[0].lastDate == "2025-03-01")
        #expect(links[0].status == .former)
        #expect(links[1].other.id == "person:anna-alt")
        #expect(links[1].count == 1)
    }
}
