import Testing

@testable import GovGraphExtraction

struct TypoIndexTests {
    @Test("Distance one: one substitution, insertion, deletion or transposition", arguments: [
        ("leipzig", "leizpig", true), ("leipzig", "leipzg", true), ("leipzig", "leipzigg", true),
        ("leipzig", "leipzug", true), ("leipzig", "leipzig", false), ("leipzig", "lpeizig", false),
        ("leipzig", "liepzgi", false), ("potsdam", "potsdma", true),
    ])
    func distance(a: String, b: String, isOne: Bool) {
        #expect(TypoIndex.distanceIsOne(Array(a.unicodeScalars), Array(b.unicodeScalars)) == isOne)
    }

    @Test("Lookups find names one error away with the same first letter; short names are not indexed")
    func lookups() {
        var index = TypoIndex()
        index.insert("Leipzig", entry: 1)
        index.insert("Potsdam", entry: 2)
        index.insert("Essen", entry: 3)
        #expect(index.entries(near: "Leizpig") == [1])
        #expect(index.entries(near: "Potdsam") == [2])
        #expect(index.entries(near: "Potsdamm") == [])
        #expect(index.entries(near: "Keipzig") == [])
        #expect(index.entries(near: "Essex") == [])
        #expect(index.names.count == 2)
    }

    @Test("A word longer than the longest name and one more character is turned away at once", arguments: [
        ("Leipzzig", true), ("Neubrandennburg", true), ("Neubrandenburggg", false),
        (String(repeating: "Xy", count: 100_000), false),
    ])
    func longWords(word: String, found: Bool) {
        var index = TypoIndex()
        index.insert("Leipzig", entry: 1)
        index.insert("Neubrandenburg", entry: 2)
        #expect(index.longestName == 14)
        #expect(!index.entries(near: word).isEmpty == found)
    }
}
