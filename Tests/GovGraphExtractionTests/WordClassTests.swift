import Testing

@testable import GovGraphExtraction

struct WordClassTests {
    static let cases: [(String, WordClass)] = [
        ("sagte", .speechVerb),
        ("Sagte", .speechVerb),
        ("SAGTE", .speechVerb),
        ("Interview", .creditCue),
        ("FC", .clubPrefix),
        ("Fc", WordClass()),
        ("GmbH", .legalForm),
        ("GMBH", WordClass()),
        ("Nachfolger", .successorNoun),
        ("und", .speakerLead),
        ("„", [.speakerLead, .opener]),
        ("“", [.speakerLead, .opener, .closer]),
        ("Leipzig", WordClass()),
        ("Ministeriums", .authorityHead),
        ("ministeriums", WordClass()),
        ("Universität", .schoolHead),
    ]

    @Test("A token's classes come from its lower case or, for lists of written forms, its text", arguments: cases)
    func classes(text: String, expected: WordClass) throws {
        let token = try #require(Tokenizer.tokenize(text).first)
        #expect(token.classes == expected)
    }

    @Test("Every word of every list has the list's class", arguments: WordClass.lists.indices)
    func everyListedWord(index: Int) {
        let (wordClass, list, key) = WordClass.lists[index]
        #expect(list.count > 0)
        for word in list.words {
            let lower = word.lowercased()
            let classes = key == .norm ? WordClass.of(text: lower, norm: lower) : WordClass.of(text: word, norm: lower)
            #expect(classes.contains(wordClass), "\(word)")
        }
    }
}
