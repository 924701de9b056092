import GovGraphModel
import Testing

@testable import GovGraphStore

@Suite("Did you mean")
struct GraphStoreSuggestionsTests {
    @Test(
        "A misspelt name suggests the closest known names",
        arguments: Backend.all, [
            ("Städtetak", ["Deutscher Städtetag"]),
            ("Deutscher Stadtetag", ["Deutscher Städtetag"]),
            ("Leizpig", ["Leipzig"]),
            ("Kalish", ["Claudia Kalisch"]),
            ("Katja Dörnr", ["Katja Dörner"]),
            ("Bon", ["Bonn"]),
            ("Atlantis", []),
            ("", []),
        ])
    func suggestions(backend: Backend, _ row: (query: String, expected: [String])) throws {
        let (query, expected) = row
        let store = try Corpus.store(Corpus.staedtetagHistory, on: backend)
        #expect(try store.suggestions(for: query, limit: 3).map(\.name) == expected)
    }

    @Test("Closer names come first, then the more mentioned; the limit caps them", arguments: Backend.all)
    func order(backend: Backend) throws {
        let store = try Corpus.store(Corpus.all + Corpus.staedtetagHistory, on: backend)
        // "Dresdn" is one edit from Dresden; "Dirk Hilbrt" one from Dirk Hilbert
        #expect(try store.suggestions(for: "Dresdn").map(\.name) == ["Dresden"])
        #expect(try store.suggestions(for: "Dirk Hilbrt", limit: 1).map(\.name) == ["Dirk Hilbert"])
        #expect(try store.suggestions(for: "Leipzig", limit: 0) == [])
    }

    @Test(
        "Edit distance counts a swap of neighbours as one edit",
        arguments: [
            ("leipzig", "leizpig", 1), ("staedtetag", "staedtetak", 1), ("bonn", "bonn", 0),
            ("", "abc", 3), ("kalisch", "kalish", 1), ("abc", "cab", 2),
        ])
    func editDistance(a: String, b: String, distance: Int) {
        #expect(SearchText.editDistance(Array(a), Array(b)) == distance)
    }

    @Test(
        "Texts whose length differs from the query's by more than the edits allowed are skipped; long names get no suggestions",
        arguments: [
            ("leipzig", "leizpig", 2, 1), ("leipzig", "leipzigerland", 2, Int.max),
            ("deutscher staedtetag", "staedtetak", 3, 1), ("bonn", "bon", 1, 0),
        ])
    func boundedDistance(text: String, query: String, limit: Int, distance: Int) throws {
        #expect(SearchText.distance(of: text, to: query, limit: limit) == distance)
    }

    @Test("A name of more than 200 characters is not looked for")
    func longName() throws {
        let store = try Corpus.store(Corpus.staedtetagHistory)
        #expect(try store.suggestions(for: String(repeating: "Städtetag ", count: 1_000)).isEmpty)
        #expect(GraphQueries.maxSuggestionQueryLength == 200)
    }
}
