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

    /// The corpus, and a document that starts after the start of its input (an article of a
    /// page of several, a part of a long file).
    static var documents: [ExtractedDocument] {
        var later = Corpus.dresdenDocument
        later.id = "doc-dresden-later"
        let offset = 1_000
        later.start += offset
        later.end += offset
        for e in later.entities.indices {
            for m in later.entities[e].mentions.indices {
                later.entities[e].mentions[m].start += offset
                later.entities[e].mentions[m].end += offset
            }
        }
        for r in later.relations.indices where later.relations[r].evidence.start < later.relations[r].evidence.end {
            later.relations[r].evidence.start += offset
            later.relations[r].evidence.end += offset
        }
        return Corpus.all + [later]
    }

    @Test("A document comes back with its text, which each mention's offsets less its start slice", arguments: Backend.all, documents)
    func text(backend: Backend, saved: ExtractedDocument) throws {
        // Given a store holding the document
        let store = try Corpus.store([saved], on: backend)

        // When it is read
        let document = try #require(try store.document(id: saved.id))

        // Then it has its text, and each mention's span in it is the mention's text
        #expect(document.text == saved.text)
        let scalars = Array((document.text ?? "").unicodeScalars)
        #expect(scalars.count == document.end - document.start)
        #expect(!document.mentions.isEmpty)
        for mention in document.mentions {
            let span = scalars[(mention.start - document.start)..<(mention.end - document.start)]
            #expect(String(String.UnicodeScalarView(span)) == mention.text)
        }
    }

    @Test("A document stored without a text comes back without one", arguments: Backend.all)
    func noText(backend: Backend) throws {
        var saved = Corpus.leipzigDocument
        saved.text = nil
        let document = try #require(try Corpus.store([saved], on: backend).document(id: saved.id))
        #expect(document.text == nil)
        #expect(document.mentions.count == 3)
    }

    @Test("An unknown document is nil", arguments: Backend.all)
    func unknown(backend: Backend) throws {
        #expect(try Corpus.store(on: backend).document(id: "no-such-document") == nil)
    }
}
