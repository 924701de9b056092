import GovGraphModel
import Testing

@testable import GovGraphStore

@Suite("Removing and replacing documents")
struct GraphStoreRemovingTests {
    @Test("Removing a document deletes what only it supported", arguments: Backend.all)
    func remove(backend: Backend) throws {
        // Given the Städtetag history
        let store = try Corpus.freshStore(Corpus.staedtetagHistory, on: backend)

        // When the 2026 article is removed
        let removed = try #require(try store.remove(documentID: "doc-dst-2026"))

        // Then its mentions and relations are counted, and Kalisch and Lüneburg, which only it
        // named, are gone; Dörner and the Städtetag, named elsewhere, stay
        #expect(removed.documentID == "doc-dst-2026")
        #expect(removed.mentions == 4)
        #expect(removed.relations == 9)
        #expect(removed.entities == [Corpus.lueneburg, Corpus.kalisch])
        #expect(try store.entity(id: Corpus.kalisch) == nil)
        #expect(try store.entity(id: Corpus.doerner)?.mentionCount == 1)
        #expect(try store.entity(id: Corpus.staedtetag)?.documentCount == 2)
        #expect(try store.links(of: Corpus.doerner).allSatisfy { $0.predicate != .succeeds })
        #expect(try store.search("folgt") == [])
        #expect(try store.stats().documents == 2)
    }

    @Test("An entity kept alive only by a relation is kept", arguments: Backend.all)
    func entityWithRelation(backend: Backend) throws {
        // Given Sachsen, which only a located_in relation of the 2019 article names, and the
        // Sachsen article, which mentions it
        let store = try Corpus.freshStore([Corpus.jungPresident2019, Corpus.sachsenDocument], on: backend)

        // When the Sachsen article is removed
        let removed = try #require(try store.remove(documentID: "doc-sachsen"))

        // Then Sachsen stays (Leipzig lies in it); Kretschmer and Dresden go
        #expect(removed.entities == [Corpus.dresden, Corpus.kretschmer])
        #expect(try store.entity(id: Corpus.sachsen)?.mentionCount == 0)
        #expect(try store.links(of: Corpus.sachsen).map(\.other.id) == [Corpus.leipzig])
    }

    @Test("Removing an unknown document changes nothing", arguments: Backend.all)
    func unknown(backend: Backend) throws {
        let store = try Corpus.freshStore(on: backend)
        let before = try store.stats()
        #expect(try store.remove(documentID: "doc-niemand") == nil)
        #expect(try store.stats() == before)
    }

    @Test("Removing every document empties the store")
    func removeAll() throws {
        let store = try Corpus.store(Corpus.all + Corpus.staedtetagHistory)
        for document in Corpus.all + Corpus.staedtetagHistory {
            try store.remove(documentID: document.id)
        }
        #expect(
            try store.stats()
                == StoreStats(
                    documents: 0, mentions: 0, entitiesByType: [:], relationsByPredicate: [:],
                    firstDate: nil, lastDate: nil))
        #expect(try store.fetchUnchecked(sql: "SELECT COUNT(*) FROM passage") == [["0"]])
    }

    @Test("A changed version of a source replaces the old one; unchanged articles stay")
    func replace() throws {
        // Given a page of two articles, stored
        let page = "news/staedtetag.txt"
        var first = Corpus.doernerVicePresident2025
        var second = Corpus.kalischVicePresident2026
        first.source = page
        second.source = page
        let store = try GraphStore.inMemory()
        let initial = try store.replaceDocuments(fromSource: page, with: [first, second])
        #expect(initial == ReplaceResult(inserted: [first.id, second.id]))

        // When the page changes: the first article stays, the second is replaced by the 2019 one
        var replacement = Corpus.jungPresident2019
        replacement.source = page
        let result = try store.replaceDocuments(fromSource: page, with: [first, replacement])

        // Then the new article is inserted, the first one left, the second removed with Kalisch
        #expect(result.inserted == [replacement.id])
        #expect(result.unchanged == [first.id])
        #expect(result.removed.map(\.documentID) == [second.id])
        #expect(result.removed.first?.entities == [Corpus.lueneburg, Corpus.kalisch])
        #expect(try store.stats().documents == 2)
        // and the same version again changes nothing
        let again = try store.replaceDocuments(fromSource: page, with: [first, replacement])
        #expect(again == ReplaceResult(unchanged: [first.id, replacement.id]))
    }

    @Test("Replacing one source leaves the documents of other sources alone")
    func otherSources() throws {
        // Given the corpus (sources fixture/…) and a page
        let store = try Corpus.store()
        var page = Corpus.jungPresident2019
        page.source = "news/page.txt"
        try store.save(page)

        // When the page is replaced by nothing
        let result = try store.replaceDocuments(fromSource: "news/page.txt", with: [])

        // Then only the page's document is removed
        #expect(result.removed.map(\.documentID) == ["doc-dst-2019"])
        #expect(try store.stats().documents == Corpus.all.count)
        #expect(try store.entity(id: Corpus.jung)?.documentCount == 3)
    }

    @Test("Several sources replaced in one transaction give what replacing them one by one gives")
    func batchOfReplacements() throws {
        // Given two stores holding the corpus and the first version of a page
        let change = PageChange()
        let oneByOne = try change.store()
        let batched = try change.store()

        // When the page changes, Ulm's file loses its article and a part of a third file is
        // saved, one by one in one store and in one transaction in the other
        let replacements = change.replacements
        let expected: [ReplaceResult] = try replacements.map { replacement in
            if replacement.removesOthers {
                return try oneByOne.replaceDocuments(fromSource: replacement.source, with: replacement.documents)
            }
            var result = ReplaceResult()
            for document in replacement.documents {
                switch try oneByOne.save(document) {
                case .inserted: result.inserted.append(document.id)
                case .unchanged: result.unchanged.append(document.id)
                }
            }
            return result
        }
        let results: [ReplaceResult] = try batched.replaceDocuments(replacements)

        // Then the results and the stored rows are the same
        #expect(results == expected)
        #expect(results[0].removed.map(\.documentID) == [change.second.id])
        #expect(results[1].removed.map(\.documentID) == [Corpus.ulmDocument.id])
        #expect(results[2] == ReplaceResult(unchanged: [Corpus.leipzigDocument.id]))
        let batchedRows = try batched.contents()
        let expectedRows = try oneByOne.contents()
        #expect(batchedRows == expectedRows)
    }

    @Test("A failing replacement rolls back every replacement of its transaction")
    func failingReplacement() throws {
        // Given the corpus and a document whose span ends before it starts
        let store = try Corpus.store()
        let before = try store.contents()
        var bad = Corpus.jungPresident2019
        bad.start = 50
        bad.end = 5

        // When Ulm's file is emptied and another file gets the bad document, in one transaction
        let replacements = [
            SourceReplacement(source: Corpus.ulmDocument.source, documents: []),
            SourceReplacement(source: bad.source, documents: [bad]),
        ]

        // Then the replacement fails and Ulm's document is still stored
        #expect(throws: GraphStoreError.self) { try store.replaceDocuments(replacements) }
        let after = try store.contents()
        #expect(after == before)
    }
}
