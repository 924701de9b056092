import Testing

@testable import GovGraphExtraction

@Suite("Token patterns: the rule language's syntax")
struct TokenPatternTests {
    @Test(
        "Patterns parse into items, groups, captures and counts",
        arguments: [
            ("\"ist\"", TokenPattern.word("ist")),
            ("@copula", .list("copula")),
            ("PERSON", .tokenClass(.person)),
            ("ROLE", .macro("ROLE")),
            ("!PERSON", .not(.tokenClass(.person))),
            ("holder:PERSON", .capture("holder", .tokenClass(.person))),
            ("\",\" PERSON", .sequence([.word(","), .tokenClass(.person)])),
            ("\"zum\" | \"zur\"", .choice([.word("zum"), .word("zur")])),
            ("CAP?", .repeated(.tokenClass(.capitalized), min: 0, max: 1)),
            ("(\"und\" PERSON)*", .repeated(.sequence([.word("und"), .tokenClass(.person)]), min: 0, max: nil)),
            ("LOWER{0,3}", .repeated(.tokenClass(.lowercase), min: 0, max: 3)),
            ("\"Präsident\"", .word("präsident")),
        ])
    func parses(text: String, expected: TokenPattern) throws {
        #expect(try TokenPattern.parse(text) == expected)
    }

    @Test(
        "Malformed patterns say where and what is wrong",
        arguments: [
            ("(PERSON", "\"(\" is never closed"),
            ("\"ist", "the word is never closed with \""),
            ("holder PERSON", "\"holder\" is no pattern item"),
            ("PERSON{3,1}", "the count {3,1} is empty"),
            ("@", "\"@\" must name a word list"),
            ("\"zwei Wörter\"", "a quoted word is one token"),
            ("PERSON )", "unexpected \")\""),
        ])
    func rejects(text: String, reason: String) {
        #expect {
            _ = try TokenPattern.parse(text)
        } throws: { error in
            (error as? TokenPatternError)?.reason.contains(reason) == true
        }
    }
}
