import Dispatch
import GovGraphModel
import Testing

@testable import GovGraphPostgres
@testable import GovGraphStore

/// The PostgreSQL store against the SQLite one: the same calls must leave the same rows.
@Suite("PostgreSQL store", .enabled(if: TestPostgres.enabled, Comment(rawValue: TestPostgres.skipMessage)), .serialized)
struct PostgresGraphStoreTests {
    @Test("Ingesting gives the results and rows of the SQLite store")
    func sameAsSQLite() throws {
        try TestPostgres.withDatabase { location throws in
            // Given both stores holding the corpus and the first version of a page
            let change = PageChange()
            let sqlite = try change.store()
            let postgres = try PostgresGraphStore(location: location)
            try postgres.ingest(Corpus.all.map { SourceReplacement(source: $0.source, documents: [$0], removesOthers: false) })
            try postgres.ingest([SourceReplacement(source: change.page, documents: [change.first, change.second])])

            // When the page changes, Ulm's file loses its article and a part of a third file is saved
            let expected = try sqlite.ingest(change.replacements)
            let results = try postgres.ingest(change.replacements)

            // Then the outcomes, the removed documents and every stored row are the same
            #expect(results.map(\.documents) == expected.map(\.documents))
            #expect(results.map { $0.removed } == expected.map { $0.removed })
            #expect(try postgres.comparableContents() == sqlite.comparableContents())
        }
    }

    @Test("Saving a document again changes nothing")
    func again() throws {
        try TestPostgres.withDatabase { location throws in
            let store = try PostgresGraphStore(location: location)
            #expect(try store.save(Corpus.leipzigDocument) == .inserted)
            let before = try store.comparableContents()
            #expect(try store.save(Corpus.leipzigDocument) == .unchanged)
            #expect(try store.comparableContents() == before)
        }
    }

    @Test("A failing document is rolled back alone", arguments: GraphStoreSavingTests.BadDocument.allCases)
    func failingDocument(bad: GraphStoreSavingTests.BadDocument) throws {
        try TestPostgres.withDatabase { location throws in
            let store = try PostgresGraphStore(location: location)
            let sqlite = try GraphStore.inMemory()
            let replacements = [SourceReplacement(source: "news/seite.txt", documents: [
                Corpus.leipzigDocument.from("news/seite.txt"), bad.document.from("news/seite.txt"),
                Corpus.dresdenDocument.from("news/seite.txt"),
            ])]
            let results = try store.ingest(replacements)
            let expected = try sqlite.ingest(replacements)
            #expect(results[0].documents[0] == .success(.inserted))
            #expect(results[0].documents[2] == .success(.inserted))
            guard case .failure(let error) = results[0].documents[1] else {
                Issue.record("the bad document was saved")
                return
            }
            #expect(!error.description.contains("\n"))
            #expect(error.description.hasPrefix(location.description))
            #expect(try store.comparableContents() == sqlite.comparableContents())
            #expect(expected[0].succeeded == false)
        }
    }

    @Test("Writers at once on overlapping documents make the graph one writer makes")
    func manyWriters() throws {
        try TestPostgres.withDatabase { location throws in
            // Six workers, each with its own connection: four on parts of the corpus, two on all of
            // it. The documents agree on the names and keys of the entities they share, as the
            // documents of one gazetteer do: where two differ, the first one stored wins, in both
            // stores, and the order of the workers decides.
            var known: [EntityID: Entity] = [:]
            let documents = (Corpus.all + [Corpus.jungPresident2019, Corpus.doernerVicePresident2025]).map { document in
                var document = document
                document.entities = document.entities.map { entity in
                    var entity = entity
                    let first = known[entity.id] ?? entity
                    known[entity.id] = first
                    (entity.name, entity.keys) = (first.name, first.keys)
                    return entity
                }
                return document
            }
            let parts = (0..<4).map { part in documents.enumerated().filter { $0.offset % 4 == part }.map(\.element) }
            let work = parts + [documents, documents.reversed()]
            let stores = try work.map { _ in try PostgresGraphStore(location: location) }
            let failures = FailureList()
            DispatchQueue.concurrentPerform(iterations: work.count) { index in
                do {
                    for document in work[index] {
                        try stores[index].ingest([SourceReplacement(source: document.source, documents: [document], removesOthers: false)])
                    }
                } catch {
                    failures.append("\(error)")
                }
            }
            #expect(failures.all == [])
            let single = try GraphStore.inMemory()
            for document in documents { try single.save(document) }
            let stored = try stores[0].comparableContents()
            let expected = try single.comparableContents()
            for table in expected.keys.sorted() where stored[table] != expected[table] {
                let extra = (stored[table] ?? []).filter { !(expected[table] ?? []).contains($0) }
                let missing = (expected[table] ?? []).filter { !(stored[table] ?? []).contains($0) }
                Issue.record("\(table): stored but not expected \(extra.prefix(3)); expected but not stored \(missing.prefix(3))")
            }
        }
    }

    @Test("Each document keeps its article text; one without a text has none")
    func texts() throws {
        try TestPostgres.withDatabase { location throws in
            // Given the corpus with its texts, and one document without a text
            var untexted = Corpus.ulmDocument
            untexted.text = nil
            let documents = Array(Corpus.all.dropLast()) + [untexted]

            // When they are ingested
            let store = try PostgresGraphStore(location: location)
            try store.ingest([SourceReplacement(source: "alle.txt", documents: documents, removesOthers: false)])

            // Then each row holds its document's text, or NULL
            var stored: [String: String?] = [:]
            for row in try store.fetchUnchecked(sql: "SELECT id, text FROM document") { stored[row[0]!] = row[1] }
            #expect(stored == documents.texts)
            #expect(stored.values.filter { $0 == nil }.count == 1)
        }
    }

    @Test("Full-text search has a German index over the passages")
    func search() throws {
        try TestPostgres.withDatabase { location throws in
            let store = try PostgresGraphStore(location: location)
            try store.save(Corpus.leipzigDocument)
            let hits = try store.fetchUnchecked(
                sql: "SELECT documentId FROM passage WHERE search @@ plainto_tsquery('german', 'Oberbürgermeisters')")
            #expect(hits == [[Corpus.leipzigDocument.id]])
        }
    }
}

/// Errors collected from several threads.
final class FailureList: @unchecked Sendable {
    private let lock = DispatchQueue(label: "failures")
    private var list: [String] = []
    func append(_ failure: String) { lock.sync { list.append(failure) } }
    var all: [String] { lock.sync { list } }
}
