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

    @Test("A place's population from its keys, 0 when missing or malformed", arguments: [
        (["population": "28723"], 28723), ([:], 0), (["population": "viele"], 0),
    ] as [([String: String], Int)])
    func population(keys: [String: String], expected: Int) {
        let info = EntityInfo(id: "municipality:05954024", name: "Schwelm", type: .municipality, keys: keys)
        #expect(info.population == expected)
    }
}
