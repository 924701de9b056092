import GovGraphModel
import Testing

@testable import GovGraphStore

@Suite("The merged graph and statistics")
struct GraphStoreGraphTests {
    @Test(
        "graph() equals the graph merged in memory from the same documents",
        arguments: [
            [Corpus.leipzigDocument],
            [Corpus.leipzigDocument, Corpus.leipzigFollowUp],
            Corpus.all,
            Corpus.all.reversed(),
        ])
    func graphMatchesInMemoryMerge(documents: [ExtractedDocument]) throws {
        // Given a store holding the documents
        let store = try Corpus.store(documents)

        // When the whole graph is read
        let graph = try store.graph()

        // Then it equals KnowledgeGraph(documents:)
        #expect(graph == KnowledgeGraph(documents: documents))
        #expect(!graph.isEmpty)
    }

    @Test("Statistics count documents, mentions, entities and distinct edges")
    func stats() throws {
        // Given the corpus
        let store = try Corpus.store()

        // When the statistics are read
        let stats = try store.stats()

        // Then they count every table, edges once however often they were read
        #expect(
            stats
                == StoreStats(
                    documents: 5, mentions: 14,
                    entitiesByType: [.person: 3, .municipality: 3, .state: 1, .organization: 1],
                    relationsByPredicate: [.holdsRole: 4, .coMentioned: 11],
                    firstDate: "2024-03-01", lastDate: "2024-09-15"))
        #expect(stats.entities == 8)
        #expect(stats.relationsByPredicate.values.reduce(0, +) == (try store.graph().edges.count))
    }
}
