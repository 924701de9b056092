import GovGraphModel
import Testing

@testable import GovGraphStore

@Suite("Ingesting many sources with one commit")
struct GraphStoreIngestTests {
    @Test("Ingesting gives the results and rows of replacing the sources one by one")
    func ingestEqualsOneByOne() throws {
        // Given two stores holding the corpus and the first version of a page
        let change = PageChange()
        let oneByOne = try change.store()
        let ingested = try change.store()

        // When the page changes, Ulm's file loses its article and a part of a third file is
        // saved: in one transaction in one store, ingested in the other
        let replacements = change.replacements
        let expected = try oneByOne.replaceDocuments(replacements)
        let results = try ingested.ingest(replacements)

        // Then each document has its outcome, the same documents are removed, and the stored
        // rows are the same
        #expect(results.map(\.documents) == [[.success(.unchanged), .success(.inserted)], [], [.success(.unchanged)]])
        let removed = results.map { $0.removed.map(\.documentID) }
        #expect(removed == expected.map { $0.removed.map(\.documentID) })
        #expect(removed == [[change.second.id], [Corpus.ulmDocument.id], []])
        let succeeded = results.map(\.succeeded)
        #expect(succeeded == [true, true, true])
        let ingestedRows = try ingested.contents()
        let expectedRows = try oneByOne.contents()
        #expect(ingestedRows == expectedRows)
        try GraphStoreMigrationsTests.checkSearchIndex(ingested)
        #expect(try GraphStoreMigrationsTests.countMismatches(ingested) == [])
    }

    @Test(
        "A failing document is rolled back alone; its source removes nothing",
        arguments: GraphStoreSavingTests.BadDocument.allCases)
    func failingDocument(bad: GraphStoreSavingTests.BadDocument) throws {
        // Given a store holding Ulm's article and an older article of a page
        let page = "news/seite.txt"
        let old = Corpus.jungPresident2019.from(page)
        let store = try Corpus.store([Corpus.ulmDocument, old])
        let failing = bad.document.from(page)

        // When the page's new version (Leipzig, the failing document, Dresden) and an emptied
        // Ulm file are ingested
        let leipzig = Corpus.leipzigDocument.from(page)
        let dresden = Corpus.dresdenDocument.from(page)
        let results = try store.ingest([
            SourceReplacement(source: page, documents: [leipzig, failing, dresden]),
            SourceReplacement(source: Corpus.ulmDocument.source, documents: []),
        ])

        // Then the good documents are stored and the failing one is not, with its error; the
        // page keeps its old article, and Ulm's file is replaced
        let outcomes = results[0].documents
        #expect(outcomes.count == 3)
        #expect(outcomes[0] == .success(.inserted))
        #expect(outcomes[2] == .success(.inserted))
        guard case .failure = outcomes[1] else {
            Issue.record("the failing document was saved: \(outcomes[1])")
            return
        }
        #expect(!results[0].succeeded)
        #expect(results[0].removed.isEmpty)
        #expect(results[1].removed.map(\.documentID) == [Corpus.ulmDocument.id])
        let stored = try store.fetchUnchecked(sql: "SELECT id FROM document ORDER BY id")
        #expect(stored == [dresden.id, old.id, leipzig.id].sorted().map { [$0] })
        try GraphStoreMigrationsTests.checkSearchIndex(store)
        #expect(try GraphStoreMigrationsTests.countMismatches(store) == [])
    }

    @Test("A failure in an earlier part of a source stops the removal by its last part")
    func failureInEarlierPart() throws {
        // Given a page with an older article
        let page = "news/seite.txt"
        let store = try Corpus.store([Corpus.jungPresident2019.from(page)])
        let failing = GraphStoreSavingTests.BadDocument.unknownEntity.document.from(page)
        let leipzig = Corpus.leipzigDocument.from(page)

        // When its new version comes in two parts, the first of which fails
        let results = try store.ingest([
            SourceReplacement(source: page, documents: [failing], removesOthers: false),
            SourceReplacement(source: page, documents: [leipzig]),
        ])

        // Then the old article stays
        #expect(results[1].documents == [.success(.inserted)])
        #expect(results[1].removed.isEmpty)
        #expect(try store.fetchUnchecked(sql: "SELECT COUNT(*) FROM document") == [["2"]])
    }

    @Test("Documents saved by an earlier call and kept are not removed")
    func keeping() throws {
        // Given a page whose first part (Leipzig) was ingested before, and an older article
        let page = "news/seite.txt"
        let old = Corpus.jungPresident2019.from(page)
        let leipzig = Corpus.leipzigDocument.from(page)
        let dresden = Corpus.dresdenDocument.from(page)
        let store = try Corpus.store([old])
        try store.ingest([SourceReplacement(source: page, documents: [leipzig], removesOthers: false)])

        // When the last part (Dresden) replaces the page, keeping the first part
        let results = try store.ingest([
            SourceReplacement(source: page, documents: [dresden], keeping: [leipzig.id])
        ])

        // Then only the older article is removed
        #expect(results[0].removed.map(\.documentID) == [old.id])
        let stored = try store.fetchUnchecked(sql: "SELECT id FROM document ORDER BY id")
        #expect(stored == [dresden.id, leipzig.id].sorted().map { [$0] })
        try GraphStoreMigrationsTests.checkSearchIndex(store)
    }

    @Test("Ingesting stores each document's text, in one transaction and in savepoints")
    func texts() throws {
        // Given documents with their texts, one of which fails (so that the others are saved
        // again, each in a savepoint)
        var broken = Corpus.ulmDocument
        broken.id = "doc-broken"
        broken.text = "Ulm ist eine Stadt."
        broken.relations = [
            Relation(subject: "person:niemand", predicate: .coMentioned, object: "municipality:08421000",
                     evidence: Evidence(start: 0, end: 3, text: "Ulm")),
        ]
        for withFailure in [false, true] {
            let store = try GraphStore.inMemory()

            // When they are ingested
            let documents = Corpus.all + (withFailure ? [broken] : [])
            try store.ingest([SourceReplacement(source: "alle.txt", documents: documents, removesOthers: false)])

            // Then each stored document has its text, and the failed one is not stored
            #expect(try store.storedTexts() == Corpus.all.texts, "with a failure: \(withFailure)")
        }
    }

    @Test("Ingesting nothing does nothing")
    func empty() throws {
        let store = try GraphStore.inMemory()
        #expect(try store.ingest([]).isEmpty)
        #expect(try store.stats().documents == 0)
    }
}
