import GovGraphModel
import Testing

@testable import GovGraphStore

@Suite("The merged graph and statistics")
struct GraphStoreGraphTests {
    @Test(
        "graph() equals the graph merged in memory from the same documents",
        arguments: Backend.all, [
            [Corpus.leipzigDocument],
            [Corpus.leipzigDocument, Corpus.leipzigFollowUp],
            Corpus.all,
            Corpus.all.reversed(),
        ])
    func graphMatchesInMemoryMerge(backend: Backend, documents: [ExtractedDocument]) throws {
        // Given a store holding the documents
        let store = try Corpus.store(documents, on: backend)

        // When the whole graph is read
        let graph = try store.graph()

        // Then it equals KnowledgeGraph(documents:)
        #expect(graph == KnowledgeGraph(documents: documents))
        #expect(!graph.isEmpty)
    }

    @Test("graph() carries each reading's role status, so a role closed by a successor ends", arguments: Backend.all)
    func roleStatusAndEnd(backend: Backend) throws {
        // Given the Städtetag history: Dörner Vizepräsidentin in 2025, Kalisch new in 2026
        // and succeeding her
        let store = try Corpus.store(Corpus.staedtetagHistory, on: backend)

        // When the graph is read
        let graph = try store.graph()

        // Then it equals the in-memory merge, statuses included
        #expect(graph == KnowledgeGraph(documents: Corpus.staedtetagHistory))
        let kalisch = try #require(
            graph.edges.first { $0.subject == Corpus.kalisch && $0.object == Corpus.staedtetag })
        let statuses: [RoleStatus?] = kalisch.evidence.map(\.status)
        #expect(statuses == [.new])
        let doerner = try #require(
            graph.edges.first { $0.subject == Corpus.doerner && $0.object == Corpus.staedtetag })
        let spans = graph.timespans()
        let doernerSpan = try #require(spans[doerner.key])
        #expect(doernerSpan == EdgeTimespan(start: "2025-06-01", end: "2026-01-26"))
        let kalischSpan = try #require(spans[kalisch.key])
        #expect(kalischSpan == EdgeTimespan(start: "2026-01-26", end: nil))
    }

    @Test("Statistics count documents, mentions, entities and distinct edges", arguments: Backend.all)
    func stats(backend: Backend) throws {
        // Given the corpus
        let store = try Corpus.store(on: backend)

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
