import Foundation
import GovGraphModel
import Testing

@testable import GovGraphStore

@Suite("GraphStore")
struct GraphStoreTests {
    @Test("A new in-memory store is empty")
    func inMemoryStoreIsEmpty() throws {
        // Given a fresh in-memory store
        let store = try GraphStore.inMemory()

        // When it is asked what it holds
        let stats = try store.stats()

        // Then it holds nothing
        #expect(
            stats
                == StoreStats(
                    documents: 0, mentions: 0, entitiesByType: [:], relationsByPredicate: [:],
                    firstDate: nil, lastDate: nil))
        #expect(try store.graph() == .empty)
    }

    @Test("In-memory stores do not share data")
    func inMemoryStoresAreIndependent() throws {
        // Given two in-memory stores, one of them filled
        let filled = try Corpus.store()
        let empty = try GraphStore.inMemory()

        // When both are counted
        // Then only the filled one holds documents
        #expect(try filled.stats().documents == 5)
        #expect(try empty.stats().documents == 0)
    }

    @Test("A file store reopened later keeps its data")
    func fileStoreKeepsDataAcrossOpenings() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("graph.sqlite")

        // Given a file store that saved two documents and was then released
        do {
            let store = try GraphStore(path: path)
            try store.save(Corpus.leipzigDocument)
            try store.save(Corpus.dresdenDocument)
        }

        // When the file is opened again
        let reopened = try GraphStore(path: path)

        // Then the documents, entities and links are still there, and saving again changes nothing
        #expect(try reopened.stats().documents == 2)
        #expect(try reopened.entity(id: Corpus.jung)?.mentionCount == 3)
        #expect(try reopened.links(of: Corpus.jung).count == 6)
        #expect(try reopened.save(Corpus.leipzigDocument) == .unchanged)
        #expect(
            try reopened.graph()
                == KnowledgeGraph(documents: [Corpus.leipzigDocument, Corpus.dresdenDocument]))
    }

    @Test("Two handles on one file see each other's writes")
    func twoHandlesShareTheFile() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("graph.sqlite")

        // Given two stores opened on the same file
        let writer = try GraphStore(path: path)
        let reader = try GraphStore(path: path)

        // When one saves a document
        try writer.save(Corpus.sachsenDocument)

        // Then the other reads it
        #expect(try reader.entity(id: Corpus.kretschmer)?.name == "Michael Kretschmer")
    }
}

extension GraphStoreTests {
    @Test("A store that writes reads through a page cache of 32 MB, not a memory map; a read-only store maps the file")
    func memoryOfConnections() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let path = folder.path("g.sqlite")
        let writing = try GraphStore(path: path)
        #expect(try writing.fetchUnchecked(sql: "PRAGMA mmap_size") == [["0"]])
        #expect(try writing.fetchUnchecked(sql: "PRAGMA cache_size") == [["-32768"]])
        let reading = try GraphStore.openForReading(path: path)
        #expect(try reading.fetchUnchecked(sql: "PRAGMA mmap_size") == [["2147418112"]])
        #expect(try reading.fetchUnchecked(sql: "PRAGMA cache_size") == [["-65536"]])
    }
}
