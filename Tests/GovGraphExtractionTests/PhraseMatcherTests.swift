import Testing

@testable import GovGraphExtraction

struct PhraseMatcherTests {
    static func payload(_ entry: Int32) -> PhraseMatcher.Payload {
        .init(entry: entry, isAdjective: false, rules: 0)
    }

    static func ids(_ matcher: PhraseMatcher, _ text: String) -> [Int32] {
        Tokenizer.tokenize(text).map { matcher.id(of: $0.norm) }
    }

    @Test("Finds every form that starts at a token, shortest first")
    func prefixes() {
        var matcher = PhraseMatcher()
        matcher.insert(["Frankfurt"], payload: Self.payload(0))
        matcher.insert(["Frankfurt", "am", "Main"], payload: Self.payload(1))
        let ids = Self.ids(matcher, "In Frankfurt am Main heute")
        #expect(matcher.matches(tokenIDs: ids, from: 0).isEmpty)
        let found = matcher.matches(tokenIDs: ids, from: 1)
        #expect(found.map(\.end) == [2, 4])
        #expect(found.map { $0.payloads.map(\.entry) } == [[0], [1]])
    }

    @Test("Matching is on lower-cased tokens")
    func lowerCased() {
        var matcher = PhraseMatcher()
        matcher.insert(["Deutscher", "Städtetag"], payload: Self.payload(7))
        let ids = Self.ids(matcher, "DEUTSCHER STÄDTETAG")
        #expect(matcher.matches(tokenIDs: ids, from: 0).map(\.end) == [2])
        #expect(matcher.id(of: "leipzig") == -1)
    }

    @Test("The same payload twice is stored once; forms are counted per payload")
    func formCount() {
        var matcher = PhraseMatcher()
        matcher.insert(["OZG"], payload: Self.payload(1))
        matcher.insert(["ozg"], payload: Self.payload(1))
        matcher.insert(["OZG"], payload: Self.payload(2))
        #expect(matcher.formCount == 2)
        #expect(matcher.matches(tokenIDs: Self.ids(matcher, "OZG"), from: 0).first?.payloads.map(\.entry) == [1, 2])
    }

    @Test(
        "Case rules",
        arguments: [
            (PhraseMatcher.CaseRule.any, "digitale", true),
            (.any, "Digitale", true),
            (.capitalized, "Leipzig", true),
            (.capitalized, "LEIPZIG", true),
            (.capitalized, "leipzig", false),
            (.exact("OZG"), "OZG", true),
            (.exact("OZG"), "Ozg", false),
            (.exact("OZG"), "ozg", false),
            (.exact("GovTech"), "GovTech", true),
            (.exact("GovTech"), "GOVTECH", true),
            (.exact("GovTech"), "Govtech", false),
        ])
    func caseRules(rule: PhraseMatcher.CaseRule, text: String, expected: Bool) throws {
        let token = try #require(Tokenizer.tokenize(text).first)
        #expect(PhraseMatcher.accepts(rule, token) == expected)
    }
}

extension PhraseMatcherTests {
    @Test("Options insert their whole product without listing it")
    func options() {
        var matcher = PhraseMatcher()
        let options = [["Deutscher", "Deutschen", "Deutsche"], ["Städtetag", "Städtetags", "Städtetages"]]
        matcher.insert(options: options.map { $0.map { matcher.intern($0) } }, payload: Self.payload(3))
        #expect(matcher.formCount == 9)
        for text in ["Deutschen Städtetages", "Deutsche Städtetag", "Deutscher Städtetags"] {
            #expect(matcher.matches(tokenIDs: Self.ids(matcher, text), from: 0).map(\.end) == [2])
        }
        #expect(matcher.matches(tokenIDs: Self.ids(matcher, "Deutschem Städtetag"), from: 0).isEmpty)
    }
}
