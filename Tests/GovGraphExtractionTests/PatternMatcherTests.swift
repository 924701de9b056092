import GovGraphModel
import Testing

@testable import GovGraphExtraction

@Suite("Pattern matcher: compiled patterns on hand-built documents")
struct PatternMatcherTests {
    static let jung: EntityID = "person:burkhard-jung"

    /// A rule book of one rule with `pattern`, and a document whose persons are set by hand.
    static func match(_ pattern: String, in text: String, persons: [String]) throws -> (end: Int, captures: [String: [String]])? {
        let rules = """
            list copula: ist bleibt
            rule test.pattern
              pattern: \(pattern)
              example: a => b | c | d | current
              example: e => f | g | h | current
            """
        let book = try RuleBook(files: [GazetteerFile(name: "rules/test.rules", contents: rules)])
        let document = Document.fixture(text, mentions: persons.map { FixtureMention($0, Self.jung) })
        let roles = RoleLexicon(rows: [
            .init(masculine: "Präsident", feminine: "Präsidentin", key: "präsident", matchesCompounds: true, scope: [.organization], primaryScope: .organization)
        ])
        var starts: [Int: Int] = [:]
        for (index, token) in document.tokens.enumerated() where roles.match(token) != nil { starts[index] = index + 1 }
        let input = PatternInput(document: document, book: book, roleStarts: starts)
        var matcher = PatternMatcher()
        for start in document.tokens.indices {
            guard let (end, captures) = matcher.match(book.rules[0].program, in: input, at: start, limit: document.tokens.count) else { continue }
            var named: [String: [String]] = [:]
            for capture in captures { named[book.captureNames[capture.slot], default: []].append(document.text(ofTokens: capture.tokens)) }
            return (end, named)
        }
        return nil
    }

    @Test(
        "A pattern finds its first match, with every capture of a repeated item",
        arguments: [
            ("role:ROLENOUN holder:PERSON", "Heute sprach Präsident Burkhard Jung.", ["Burkhard Jung"], ["role": ["Präsident"], "holder": ["Burkhard Jung"]]),
            ("holder:PERSON \",\" role:ROLENOUN", "Burkhard Jung, Präsident, sprach.", ["Burkhard Jung"], ["holder": ["Burkhard Jung"], "role": ["Präsident"]]),
            ("role:ROLENOUN @copula holder:PERSON", "Präsident bleibt Burkhard Jung.", ["Burkhard Jung"], ["role": ["Präsident"], "holder": ["Burkhard Jung"]]),
            ("holder:PERSON ( \"und\" holder:PERSON )*", "Burkhard Jung und Burkhard Jung kamen.", ["Burkhard Jung", "Burkhard Jung"], ["holder": ["Burkhard Jung", "Burkhard Jung"]]),
            ("(!PERSON){0,3} holder:PERSON", "Am Ende kam Burkhard Jung.", ["Burkhard Jung"], ["holder": ["Burkhard Jung"]]),
        ])
    func matches(pattern: String, text: String, persons: [String], expected: [String: [String]]) throws {
        let found = try #require(try Self.match(pattern, in: text, persons: persons))
        #expect(found.captures == expected)
    }

    @Test(
        "A pattern that cannot match finds nothing",
        arguments: [
            ("role:ROLENOUN @copula holder:PERSON", "Präsident ist heute Burkhard Jung.", ["Burkhard Jung"]),
            ("\"zum\" ROLENOUN", "Er wurde Präsident.", []),
            ("\"zum\" holder:PERSON", "Am Ende kam Burkhard Jung.", ["Burkhard Jung"]),
        ])
    func noMatch(pattern: String, text: String, persons: [String]) throws {
        #expect(try Self.match(pattern, in: text, persons: persons) == nil)
    }

    @Test("Nested repetitions stay linear: each instruction is visited once per token")
    func nestedRepetition() throws {
        // (ANY*)* over a long sentence without the final word: exponential for naive backtracking.
        let text = Array(repeating: "wort", count: 400).joined(separator: " ") + "."
        #expect(try Self.match("( ANY* )* \"ende\"", in: text, persons: []) == nil)
    }
}
