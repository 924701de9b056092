import GovGraphModel
import Testing

@testable import GovGraphStore

@Suite("Full-text search")
struct GraphStoreFullTextTests {
    @Test("A hit names its document and the entities of its sentence", arguments: Backend.all)
    func hit(backend: Backend) throws {
        // Given the Städtetag history
        let store = try Corpus.store(Corpus.staedtetagHistory, on: backend)

        // When a word of the 2026 article is searched
        let hits = try store.search("folgt")

        // Then the sentence comes back with its document and entities in text order
        let hit = try #require(hits.first)
        #expect(hits.count == 1)
        #expect(hit.documentID == "doc-dst-2026")
        #expect(hit.title == "Deutscher Städtetag: Kalisch neue Vizepräsidentin")
        #expect(hit.date == "2026-01-26")
        #expect(hit.kind == .sentence)
        #expect(hit.text.hasSuffix("Sie folgt auf Katja Dörner."))
        #expect(
            hit.entities.map(\.name) == [
                "Lüneburg", "Claudia Kalisch", "Deutscher Städtetag", "Katja Dörner",
            ])
    }

    @Test(
        "Words match case- and accent-insensitively, as prefixes, all required",
        arguments: Backend.all, [
            ("Vizepräsidentin", ["doc-dst-2026", "doc-bonn-2025"]),
            ("vizeprasidentin", ["doc-dst-2026", "doc-bonn-2025"]),
            ("Städtetag", ["doc-dst-2026", "doc-bonn-2025", "doc-dst-2019"]),
            ("Kalisch Dörner", ["doc-dst-2026"]),
            ("Kalisch Leipzig", []),
            // a prefix of a word, not of the middle of a compound
            ("Präsid", ["doc-dst-2019"]),
        ])
    func matching(backend: Backend, _ row: (query: String, documents: [String])) throws {
        let (query, documents) = row
        let store = try Corpus.store(Corpus.staedtetagHistory, on: backend)
        let hits = try store.search(query)
        #expect(Set(hits.map(\.documentID)) == Set(documents))
        #expect(hits.filter { $0.kind == .sentence }.count == documents.count)
    }

    @Test("Titles are searchable; a title hit has no entities", arguments: Backend.all)
    func title(backend: Backend) throws {
        let store = try Corpus.store(Corpus.staedtetagHistory, on: backend)
        let hits = try store.search("neue Vizepräsidentin Kalisch")
        #expect(hits.map(\.kind).contains(.title))
        #expect(hits.first { $0.kind == .title }?.entities == [])
        #expect(hits.first { $0.kind == .title }?.text == "Deutscher Städtetag: Kalisch neue Vizepräsidentin")
    }

    @Test(
        "FTS5 syntax in a query is plain text and cannot break the search",
        arguments: [
            (#""Kalisch"#, 2),
            (#"Kalisch""#, 2),
            ("-Kalisch", 2),
            ("Kalisch -Dörner", 1),
            ("Kalisch AND", 0),
            ("NEAR(Kalisch Dörner)", 0),
            ("Kalisch*", 2),
            ("Kalisch OR Jung", 0),
            ("title:Kalisch", 0),
            ("^Kalisch", 2),
            ("(", 0),
            ("\"", 0),
            ("", 0),
            ("  -  ", 0),
        ])
    func escaping(query: String, count: Int) throws {
        let store = try Corpus.store(Corpus.staedtetagHistory)
        #expect(try store.search(query).count == count)
    }

    @Test("Query syntax of either index in a query cannot break the search", arguments: Backend.all)
    func hostileQueries(backend: Backend) throws {
        let store = try Corpus.store(Corpus.staedtetagHistory, on: backend)
        for query in [
            #""Kalisch"#, "Kalisch AND", "NEAR(Kalisch Dörner)", "Kalisch:*", "Kalisch & !Dörner", "'Kalisch'",
            "Kalisch | (Jung", "\\", "(", "", "<->", "Kalisch <-> Dörner", "title:Kalisch",
        ] {
            _ = try store.search(query)
        }
        #expect(try store.search("Kalisch & !Dörner").count == store.search("Kalisch Dörner").count)
    }

    @Test(
        "Queries become quoted prefix terms",
        arguments: [
            ("Tempo", #""Tempo"*"#),
            (#"OZG-"Umsetzung""#, #""OZG"* "Umsetzung"*"#),
            ("Städtetag  AND  NOT", #""Städtetag"* "AND"* "NOT"*"#),
            ("--", nil),
        ] as [(String, String?)])
    func fullTextQuery(text: String, expected: String?) {
        #expect(SearchText.fullTextQuery(text) == expected)
    }

    @Test(
        "For PostgreSQL, queries become quoted prefix lexemes, all required",
        arguments: [
            ("Tempo", "'Tempo':*"),
            ("OZG-'Umsetzung' & !x", "'OZG':* & 'Umsetzung':* & 'x':*"),
            ("Städtetag | Landkreistag", "'Städtetag':* & 'Landkreistag':*"),
            ("--", nil),
        ] as [(String, String?)])
    func textSearchQuery(text: String, expected: String?) {
        #expect(SearchText.textSearchQuery(text) == expected)
    }

    @Test("The limit caps the hits; the newest comes first among equals", arguments: Backend.all)
    func limit(backend: Backend) throws {
        let store = try Corpus.store(Corpus.staedtetagHistory, on: backend)
        #expect(try store.search("Städtetages", limit: 1).count == 1)
        #expect(try store.search("Städtetages", limit: 0) == [])
    }
}
