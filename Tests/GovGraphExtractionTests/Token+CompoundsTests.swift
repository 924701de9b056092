import Testing

@testable import GovGraphExtraction

struct TokenCompoundsTests {
    /// The texts of `range` joined, for readable expectations.
    static func text(_ tokens: [Token], _ range: Range<Int>) -> String {
        tokens[range].map(\.text).joined()
    }

    @Test(
        "A token continues a compound after a word and a hyphen without spaces",
        arguments: [
            ("Schwarz-Rot-Gold", "Rot", true),
            ("Schwarz-Rot-Gold", "Gold", true),
            ("Schwarz-Rot-Gold", "Schwarz", false),
            ("Fußball-Experte Merkel", "Experte", true),
            ("Fußball - Experte", "Experte", false),  // a dash with spaces
            ("2024-Experte", "Experte", false),  // after a number
        ])
    func continuesCompound(text: String, word: String, expected: Bool) throws {
        let tokens = Tokenizer.tokenize(text)
        let k = try #require(tokens.firstIndex { $0.text == word })
        #expect(tokens.continuesCompound(at: k) == expected)
    }

    @Test(
        "Hyphenated runs, forwards from a token and backwards to it",
        arguments: [
            ("Der eGo-MV hilft", "eGo", "MV", "eGo-MV", "eGo-MV"),
            ("Schleswig-Holstein", "Schleswig", "Holstein", "Schleswig-Holstein", "Schleswig-Holstein"),
            ("A-B-C-D-E", "A", "E", "A-B-C", "B-C-D-E"),  // three words forwards, four backwards
            ("Der Rat tagt", "Rat", "Rat", "Rat", "Rat"),  // at least the token
            ("Rot - Grün", "Rot", "Grün", "Rot", "Grün"),  // spaces end the run
        ])
    func runs(text: String, first: String, last: String, forwards: String, backwards: String) throws {
        let tokens = Tokenizer.tokenize(text)
        let start = try #require(tokens.firstIndex { $0.text == first })
        let end = try #require(tokens.lastIndex { $0.text == last })
        #expect(Self.text(tokens, tokens.hyphenRun(startingAt: start)) == forwards)
        #expect(Self.text(tokens, tokens.hyphenRun(endingAt: end)) == backwards)
    }
}
