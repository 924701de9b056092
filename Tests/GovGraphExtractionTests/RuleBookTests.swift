import Testing

@testable import GovGraphExtraction

@Suite("Rule book: rule files parsed and compiled")
struct RuleBookTests {
    static let rule = """
        list copula: ist bleibt
          wird
        define NAME: PERSON
        rule role.test
          about: A test rule.
          pattern: role:ROLENOUN @copula holder:NAME
          status: current
          example: Präsident ist Burkhard Jung. => Burkhard Jung | Präsident | - | current
          example: Präsidentin bleibt Katja Dörner. => Katja Dörner | Präsidentin | - | current
        """

    @Test("Lists, defines and rules are read; a continued line joins its block")
    func parses() throws {
        let book = try RuleBook(files: [GazetteerFile(name: "rules/t.rules", contents: Self.rule)])
        #expect(book.lists["copula"] == ["ist", "bleibt", "wird"])
        #expect(book.rules.map(\.name) == ["role.test"])
        #expect(book.rules[0].examples.map(\.expected) == [
            ["Burkhard Jung", "Präsident", "-", "current"], ["Katja Dörner", "Präsidentin", "-", "current"],
        ])
        #expect(book.rules[0].fields["status"] == "current")
    }

    @Test(
        "A faulty rule file gets one line naming file, line and what is wrong",
        arguments: [
            ("list x ist", "rules/t.rules:1: expected \"list NAME: …\""),
            ("regel x", "rules/t.rules:1: expected \"list\", \"define\" or \"rule\""),
            ("rule a\n  pattern: @nope\n  example: a => b | c | d | new\n  example: a => b | c | d | new",
             "rules/t.rules:2: the pattern of a names the list @nope"),
            ("rule a\n  pattern: PERSON\n  example: a => b | c | d | new", "rules/t.rules:1: the rule a needs two examples"),
            ("rule a\n  pattern: PERSON?\n  example: a => b | c | d | new\n  example: a => b | c | d | new",
             "rules/t.rules:2: the pattern of a can match no token"),
            ("rule a\n  pattern: PERSON\n  status: maybe\n  example: a => b | c | d | new\n  example: a => b | c | d | new",
             "rules/t.rules:3: status must be one of"),
            ("rule a\n  pattern: (PERSON\n  example: a => b | c | d | new\n  example: a => b | c | d | new",
             "rules/t.rules:2: in the pattern of a at character 1"),
            ("rule a\n  pattern: PERSON\n  colour: red\n  example: a => b | c | d | new\n  example: a => b | c | d | new",
             "rules/t.rules:3: unknown field \"colour\""),
            ("rule a\n  pattern: PERSON\n  example: a, b, c\n  example: a => b | c | d | new",
             "rules/t.rules:3: an example is"),
            ("  pattern: PERSON", "rules/t.rules:1: an indented line continues a block"),
            ("define X: X\nrule a\n  pattern: X\n  example: a => b | c | d | new\n  example: a => b | c | d | new",
             "rules/t.rules:3: the define X uses itself"),
        ])
    func errors(contents: String, message: String) {
        #expect {
            _ = try RuleBook(files: [GazetteerFile(name: "rules/t.rules", contents: contents)])
        } throws: { error in
            "\(error)".hasPrefix(message)
        }
    }

    @Test("Rules are tried only where their first test can match")
    func dispatch() throws {
        let book = try RuleBook(files: [GazetteerFile(name: "rules/t.rules", contents: Self.rule)])
        let document = Document.fixture("Heute ist Präsident Jung da.", mentions: [])
        let input = PatternInput(document: document, book: book, roleStarts: [2: 3])
        var candidates: [Int] = []
        book.candidates(at: 2, input: input, into: &candidates)
        #expect(candidates == [0])
        book.candidates(at: 1, input: input, into: &candidates)
        #expect(candidates.isEmpty)
    }
}
