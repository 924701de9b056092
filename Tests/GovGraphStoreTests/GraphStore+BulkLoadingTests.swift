import GovGraphModel
import Testing

@testable import GovGraphStore

@Suite("Bulk loading")
struct GraphStoreBulkLoadingTests {
    /// The corpus and the Städtetag history, with a document repeated.
    static let documents =
        Corpus.all + Corpus.staedtetagHistory + [Corpus.leipzigDocument]

    @Test(
        "A bulk load stores what saving document by document stores",
        arguments: [0, 3, documents.count])
    func sameAsSaving(savedFirst: Int) throws {
        // Given a store that holds the first `savedFirst` documents, saved one by one
        let expected = try Corpus.store(Self.documents)
        let store = try Corpus.store(Array(Self.documents.prefix(savedFirst)))
        let schema = try Self.schema(store)

        // When the others are bulk loaded, in two batches
        let rest = Array(Self.documents.dropFirst(savedFirst))
        var results: [SaveResult] = []
        try store.bulkLoad { loader in
            results += try loader.save(contentsOf: Array(rest.prefix(2)))
            for document in rest.dropFirst(2) { results.append(try loader.save(document)) }
        }

        // Then the rows, the counts, the full-text index and the schema are as after saving
        #expect(results == rest.indices.map { savedFirst + $0 == Self.documents.count - 1 ? .unchanged : .inserted })
        #expect(try store.contents() == expected.contents())
        #expect(try Self.schema(store) == schema)
        try store.executeUnchecked(sql: "INSERT INTO passage_fts(passage_fts) VALUES('integrity-check')")
        for words in ["Oberbürgermeister", "Städtetag", "Dresden", "Vizepräsidentin", "Bauanträge"] {
            #expect(try store.search(words) == expected.search(words), "\(words)")
        }
        #expect(try store.links(of: Corpus.jung) == expected.links(of: Corpus.jung))
        #expect(try store.entities() == expected.entities())
    }

    @Test("A bulk load stores each document's text")
    func texts() throws {
        let store = try GraphStore.inMemory()
        try store.bulkLoad { loader in try loader.save(contentsOf: Self.documents) }
        #expect(try store.storedTexts() == Self.documents.texts)
        #expect(Self.documents.texts.values.allSatisfy { $0 != nil })
    }

    @Test("A document that fails ends the load and leaves the store as it was, even when the error is caught")
    func failure() throws {
        // Given a store with the corpus, and a document that links an entity nobody knows
        let store = try Corpus.store()
        let before = try store.contents()
        let schema = try Self.schema(store)
        var broken = DocumentBuilder(id: "doc-broken", date: "2025-01-01", text: "Anna Alt.")
        broken.entity("person:anna-alt", "Anna Alt", .person, mentions: ["Anna Alt"])
        broken.role("person:anna-alt", "Bürgermeisterin", key: "bürgermeister", in: "municipality:00000000")

        // When a bulk load saves a new document, then the broken one, and catches the error
        #expect(throws: GraphStoreError.self) {
            try store.bulkLoad { loader in
                try loader.save(Corpus.staedtetagHistory[0])
                _ = try? loader.save(broken.document)
                try loader.save(Corpus.staedtetagHistory[1])
            }
        }

        // Then nothing of the load is stored and the schema is whole
        #expect(try store.contents() == before)
        #expect(try Self.schema(store) == schema)
    }

    /// Every index and trigger with its SQL.
    static func schema(_ store: GraphStore) throws -> [[String?]] {
        try store.fetchUnchecked(
            sql: "SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') ORDER BY name")
    }
}
