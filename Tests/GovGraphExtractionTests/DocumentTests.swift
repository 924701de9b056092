import GovGraphModel
import Testing

@testable import GovGraphExtraction

struct DocumentTests {
    @Test(
        "Which token opens its sentence, after a bracketed date and opening punctuation",
        arguments: [
            ("Siegen lud ein.", "Siegen", true),
            ("Dann lud Siegen ein.", "Siegen", false),
            ("[31.10.2019] Siegen lud ein.", "Siegen", true),
            ("„Siegen lud ein“, hieß es.", "Siegen", true),
            ("Es regnete. Siegen lud ein.", "Siegen", true),
            ("Es regnete. Dann lud Siegen ein.", "Siegen", false),
        ])
    func startsSentence(text: String, word: String, expected: Bool) {
        let document = Document.prepared(text, through: .split)
        let index = document.tokens.firstIndex { $0.text == word }!
        #expect(document.startsSentence(atToken: index) == expected)
    }

    @Test("The article holding a token, and none for tokens between articles")
    func articleOfToken() {
        let document = Document.prepared("[14.03.2024] Leipzig lud ein.\n[15.03.2024] Berlin auch.", through: .segment)
        let leipzig = document.tokens.firstIndex { $0.text == "Leipzig" }!
        let berlin = document.tokens.firstIndex { $0.text == "Berlin" }!
        let first = document.article(containingToken: leipzig)
        let second = document.article(containingToken: berlin)
        #expect(first != nil && second != nil && first != second)
    }

    @Test("The article holding a code point: none before the first, between two and after the last", arguments: [
        (0, nil), (4, nil), (5, 0), (9, 0), (10, nil), (12, 1), (19, 1), (20, nil), (99, nil),
    ] as [(Int, Int?)])
    func articleOfOffset(offset: Int, expected: Int?) {
        var document = Document(text: String(repeating: "x", count: 30))
        document.articles = [Article(start: 5, end: 10), Article(start: 12, end: 20)]
        #expect(document.article(containingOffset: offset) == expected)
    }

    @Test("A place's population from its keys, 0 when missing or malformed", arguments: [
        (["population": "28723"], 28723), ([:], 0), (["population": "viele"], 0),
    ] as [([String: String], Int)])
    func population(keys: [String: String], expected: Int) {
        let info = EntityInfo(id: "municipality:05954024", name: "Schwelm", type: .municipality, keys: keys)
        #expect(info.population == expected)
    }
}
