import Testing

@testable import GovGraphExtraction

struct WordMapTests {
    static let verbs: WordSet = ["sagte", "erklärte", "betonte", "so", "„", ""]

    @Test(
        "A word set holds exactly its words, by their bytes",
        arguments: [
            ("sagte", true),
            ("erklärte", true),
            ("„", true),
            ("", true),
            ("so", true),
            ("Sagte", false),
            ("sagten", false),
            ("sagt", false),
            ("erkla\u{308}rte", true),  // the same word decomposed: keys and probes are compared in NFC
            ("betonte betonte", false),
        ])
    func contains(word: String, expected: Bool) {
        #expect(Self.verbs.contains(word) == expected)
    }

    @Test("A map returns the value of the last insertion of a key and nil for others")
    func values() {
        var map: WordMap<String> = ["Amtes": "Amt", "Ministeriums": "Ministerium"]
        map["Amtes"] = "Amt!"
        #expect(map["Amtes"] == "Amt!")
        #expect(map["Ministeriums"] == "Ministerium")
        #expect(map["Amt"] == nil)
        #expect(map.count == 2)
    }

    @Test("A large map finds every key after growing, and no near miss")
    func growth() {
        let words = (0..<5000).map { "wort\($0)" }
        let set = WordSet(words)
        #expect(set.count == 5000)
        #expect(words.allSatisfy(set.contains))
        #expect(!set.contains("wort5000"))
        #expect(!set.contains("wort"))
        #expect(!set.contains(String(repeating: "x", count: 200)))
    }
}

extension WordMapTests {
    @Test("The words of a set come back in NFC, in the order they were added, without repeats")
    func words() {
        let set: WordSet = ["sagte", "erkla\u{308}rte", "sagte", "„"]
        #expect(set.words == ["sagte", "erklärte", "„"])
        #expect(set.words.map { Array($0.unicodeScalars) }[1] == Array("erklärte".unicodeScalars))
    }
}
