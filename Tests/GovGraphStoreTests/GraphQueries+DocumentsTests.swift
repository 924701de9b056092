import GovGraphModel
import Testing

@testable import GovGraphStore

@Suite("A stored document")
struct GraphStoreDocumentsTests {
    @Test("A document comes back with its metadata, its sentences and its mentions in text order", arguments: Backend.all)
    func leipzig(backend: Backend) throws {
        // Given the corpus
        let store = try Corpus.store(on: backend)

        // When the Leipzig document is read
        let document = try #require(try store.document(id: "doc-leipzig"))

        // Then it has its date, its evidence sentence and each mention with its entity
        #expect(document.date == "2024-03-01")
        #expect(document.passages.filter { $0.kind == .sentence }.map(\.text)
            == ["Leipzigs Oberbürgermeister Burkhard Jung sprach vor dem Deutschen Städtetag."])
        #expect(document.mentions.map(\.text) == ["Leipzigs", "Burkhard Jung", "Deutschen Städtetag"])
        #expect(document.mentions.map(\.entity.id) == [Corpus.leipzig, Corpus.jung, Corpus.staedtetag])
        #expect(document.mentions.map(\.start) == document.mentions.map(\.start).sorted())
    }

    @Test("An unknown document is nil", arguments: Backend.all)
    func unknown(backend: Backend) throws {
        #expect(try Corpus.store(on: backend).document(id: "no-such-document") == nil)
    }
}
