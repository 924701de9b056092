import GovGraphModel
import Testing

@testable import GovGraphStore

@Suite("Listing entities")
struct GraphStoreEntitiesTests {
    @Test(
        "Entities by type, most mentioned first, then by name",
        arguments: Backend.all, [
            (
                nil, nil,
                [
                    "Burkhard Jung", "Deutscher Städtetag", "Dresden", "Leipzig", "Dirk Hilbert",
                    "Michael Kretschmer", "Sachsen", "Ulm",
                ]
            ),
            (EntityType.person, nil, ["Burkhard Jung", "Dirk Hilbert", "Michael Kretschmer"]),
            (.municipality, nil, ["Dresden", "Leipzig", "Ulm"]),
            (.law, nil, []),
            (nil, 2, ["Burkhard Jung", "Deutscher Städtetag"]),
            (.person, 1, ["Burkhard Jung"]),
            (nil, 0, []),
        ] as [(EntityType?, Int?, [String])])
    func listing(backend: Backend, _ row: (type: EntityType?, limit: Int?, expected: [String])) throws {
        let (type, limit, expected) = row
        // Given the corpus
        let store = try Corpus.store(on: backend)

        // When entities are listed
        let names = try store.entities(type: type, limit: limit).map(\.name)

        // Then they come in order
        #expect(names == expected)
    }

    @Test(
        "Mention and document counts over all documents",
        arguments: Backend.all, [
            (Corpus.jung, 4, 3),
            (Corpus.leipzig, 2, 2),
            (Corpus.staedtetag, 2, 2),
            (Corpus.dresden, 2, 2),
            (Corpus.ulm, 1, 1),
        ])
    func counts(backend: Backend, _ row: (id: EntityID, mentions: Int, documents: Int)) throws {
        let (id, mentions, documents) = row
        let store = try Corpus.store(on: backend)
        let entity = try #require(try store.entity(id: id))
        #expect(entity.mentionCount == mentions)
        #expect(entity.documentCount == documents)
    }

    @Test("An unknown id has no entity", arguments: Backend.all)
    func unknownEntity(backend: Backend) throws {
        let store = try Corpus.store(on: backend)
        #expect(try store.entity(id: "person:niemand") == nil)
    }

    @Test("An unknown type in the database is reported, not crashed on")
    func unknownStoredType() throws {
        // Given a database with an entity of a type this version does not know
        let store = try Corpus.store([Corpus.ulmDocument])
        try store.executeUnchecked(sql: "UPDATE entity SET type = 'spaceship'")

        // When entities are listed
        // Then an invalidStoredValue error names the table, column and value
        #expect(
            throws: GraphStoreError.invalidStoredValue(
                path: ":memory:", table: "entity", column: "type", value: "spaceship")
        ) {
            _ = try store.entities()
        }
    }

    @Test(
        "Entities with their degree, by mentions or by degree",
        arguments: Backend.all, [
            (
                EntityRanking.mentions, nil,
                [
                    "Deutscher Städtetag 6", "Katja Dörner 4", "Bonn 2", "Burkhard Jung 2",
                    "Claudia Kalisch 3", "Leipzig 3", "Lüneburg 3", "Sachsen 1",
                ]
            ),
            (
                .degree, nil,
                [
                    "Deutscher Städtetag 6", "Katja Dörner 4", "Claudia Kalisch 3", "Leipzig 3",
                    "Lüneburg 3", "Bonn 2", "Burkhard Jung 2", "Sachsen 1",
                ]
            ),
            (.degree, 2, ["Deutscher Städtetag 6", "Katja Dörner 4"]),
        ] as [(EntityRanking, Int?, [String])])
    func degree(backend: Backend, _ row: (ranking: EntityRanking, limit: Int?, expected: [String])) throws {
        let (ranking, limit, expected) = row
        // Given the Städtetag history
        let store = try Corpus.store(Corpus.staedtetagHistory, on: backend)

        // When entities are ranked
        let ranked = try store.rankedEntities(by: ranking, limit: limit)

        // Then each has the number of distinct entities it is linked to
        #expect(ranked.map { "\($0.entity.name) \($0.degree)" } == expected)
    }

    @Test("Ranked entities have the counts of the plain listing, in the same order", arguments: Backend.all)
    func rankedMatchesListing(backend: Backend) throws {
        let store = try Corpus.store(on: backend)
        #expect(try store.rankedEntities(type: .person).map(\.entity) == store.entities(type: .person))
        #expect(try store.rankedEntities(limit: 0) == [])
    }

    @Test("Pages of the listing follow each other without gaps or repeats", arguments: Backend.all)
    func pages(backend: Backend) throws {
        // Given the corpus
        let store = try Corpus.store(on: backend)

        // When the listing is read two entities at a time
        let all = try store.entities()
        var paged: [EntitySummary] = []
        for offset in stride(from: 0, to: all.count + 2, by: 2) {
            paged += try store.entities(limit: 2, offset: offset)
        }

        // Then the pages put together are the whole listing
        #expect(paged == all)
    }
}
