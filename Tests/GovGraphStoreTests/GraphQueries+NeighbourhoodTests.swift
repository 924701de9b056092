import GovGraphModel
import Testing

@testable import GovGraphStore

@Suite("The neighbourhood of an entity")
struct GraphStoreNeighbourhoodTests {
    @Test("Without a bound it equals the neighbourhood of the whole graph", arguments: Backend.all, [0, 1, 2, 3])
    func equalsWholeGraph(backend: Backend, depth: Int) throws {
        // Given the corpus
        let store = try Corpus.store(on: backend)

        // When Leipzig's neighbourhood is read from the store and cut from the whole graph
        let read = try store.neighbourhood(of: Corpus.leipzig, depth: depth, maxNodes: 1000)
        let cut = try store.graph().neighbourhood(of: Corpus.leipzig, depth: depth)

        // Then both hold the same entities and edges
        #expect(Set(read.nodes.map(\.id)) == Set(cut.nodes.map(\.id)))
        #expect(Set(read.edges) == Set(cut.edges))
        #expect(read.nodes.contains { $0.id == Corpus.leipzig })
    }

    @Test("The bound keeps the entity and its strongest links first", arguments: Backend.all)
    func bounded(backend: Backend) throws {
        // Given the corpus
        let store = try Corpus.store(on: backend)

        // When at most two entities are kept around Leipzig
        let read = try store.neighbourhood(of: Corpus.leipzig, depth: 2, maxNodes: 2)

        // Then Leipzig and one entity linked by a role or location (not a mere co-mention) stay
        #expect(read.nodes.count == 2)
        #expect(read.nodes.contains { $0.id == Corpus.leipzig })
        #expect(read.edges.contains { $0.predicate != .coMentioned })
    }

    @Test("An unknown entity has an empty neighbourhood", arguments: Backend.all)
    func unknown(backend: Backend) throws {
        let read = try Corpus.store(on: backend).neighbourhood(of: "person:nobody", depth: 1)
        #expect(read.nodes.isEmpty && read.edges.isEmpty)
    }
}
