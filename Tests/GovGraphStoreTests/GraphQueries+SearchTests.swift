import GovGraphModel
import Testing

@testable import GovGraphStore

@Suite("Finding entities by name")
struct GraphStoreSearchTests {
    @Test(
        "Exact, inflected and partial queries find the entity",
        arguments: Backend.all, [
            ("Leipzig", Corpus.leipzig),  // exact name
            ("leipzig", Corpus.leipzig),  // case
            ("Leipzigs", Corpus.leipzig),  // exact mention text
            ("Deutscher Städtetag", Corpus.staedtetag),  // exact name
            ("deutscher staedtetag", Corpus.staedtetag),  // transliterated umlaut
            ("Deutschen Städtetag", Corpus.staedtetag),  // exact mention text
            ("Deutschem Städtetag", Corpus.staedtetag),  // inflected name
            ("Städtetags", Corpus.staedtetag),  // inflected word of the name
            ("Städtetag", Corpus.staedtetag),  // part of the name
            ("Jung", Corpus.jung),  // exact mention text
            ("Burkhard", Corpus.jung),  // prefix
            ("Kretschmers", Corpus.kretschmer),  // genitive
            ("  michael   KRETSCHMER ", Corpus.kretschmer),  // spacing and case
            ("Dresd", Corpus.dresden),  // prefix
            ("Sachsen", Corpus.sachsen),  // exact name
        ])
    func findsEntity(backend: Backend, _ row: (query: String, expected: EntityID)) throws {
        let (query, expected) = row
        // Given the corpus
        let store = try Corpus.store(on: backend)

        // When a query is looked up
        let hits = try store.findEntities(matching: query)

        // Then the expected entity is the best hit
        #expect(hits.first?.id == expected)
    }

    @Test(
        "Queries that match nothing", arguments: Backend.all, ["Hamburg", "", "   ", "%", "_", "Städtetagung"])
    func findsNothing(backend: Backend, query: String) throws {
        // Given the corpus
        let store = try Corpus.store(on: backend)

        // When a query that names no entity is looked up
        // Then nothing is found
        #expect(try store.findEntities(matching: query) == [])
    }

    @Test("Exact names beat prefixes; within a tier, mention counts decide, then names", arguments: Backend.all)
    func ranking(backend: Backend) throws {
        // Given "Leipzig" (1 mention), "Leipziger Messe" (3) and "Landkreis Leipzig" (2)
        var builder = DocumentBuilder(
            id: "doc-messe", date: "2025-03-03",
            text: "Die Leipziger Messe, die Messe in Leipzig und der Landkreis Leipzig werben. "
                + "Die Leipziger Messe wächst; die Leipziger Messe stellt ein. Landkreis Leipzig.")
        builder.entity(
            "organization:leipziger-messe", "Leipziger Messe", .organization,
            mentions: ["Leipziger Messe", "Leipziger Messe", "Leipziger Messe"])
        builder.entity(Corpus.leipzig, "Leipzig", .municipality, mentions: ["Leipzig"])
        builder.entity(
            "district:14729", "Landkreis Leipzig", .district,
            mentions: ["Landkreis Leipzig", "Landkreis Leipzig"])
        let store = try Corpus.store([builder.document], on: backend)

        // When "Leipzig" and "Leip" are looked up
        let exact = try store.findEntities(matching: "Leipzig").map(\.name)
        let prefix = try store.findEntities(matching: "Leip").map(\.name)

        // Then the exact name comes first, then the prefix match, then the substring match;
        // among prefix matches the more mentioned comes first
        #expect(exact == ["Leipzig", "Leipziger Messe", "Landkreis Leipzig"])
        #expect(prefix == ["Leipziger Messe", "Leipzig", "Landkreis Leipzig"])
    }

    @Test("The limit caps the hits", arguments: Backend.all, [(0, 0), (1, 1), (2, 2), (10, 2)])
    func limit(backend: Backend, _ row: (limit: Int, expectedCount: Int)) throws {
        let (limit, expectedCount) = row
        // Given the corpus, where "de" starts "Deutscher Städtetag" and is inside "Dresden"
        let store = try Corpus.store(on: backend)

        // When "de" is looked up with a limit
        let all = try store.findEntities(matching: "de", limit: 10)
        let hits = try store.findEntities(matching: "de", limit: limit)

        // Then at most `limit` hits come back, the best ones
        #expect(all.map(\.id) == [Corpus.staedtetag, Corpus.dresden])
        #expect(hits.count == expectedCount)
        #expect(hits == Array(all.prefix(limit)))
    }

    @Test("Hits carry the entity's counts", arguments: Backend.all)
    func hitsCarryCounts(backend: Backend) throws {
        // Given the corpus
        let store = try Corpus.store(on: backend)

        // When Jung is looked up
        let hit = try #require(try store.findEntities(matching: "Burkhard Jung").first)

        // Then the hit has his mention and document counts
        #expect(
            hit
                == EntitySummary(
                    id: Corpus.jung, name: "Burkhard Jung", type: .person, mentionCount: 4,
                    documentCount: 3))
    }
}
