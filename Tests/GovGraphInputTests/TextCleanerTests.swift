import Testing

@testable import GovGraphInput

struct TextCleanerTests {
    @Test("Pieces are cleaned as if whole: a CRLF split between two pieces is one line end")
    func acrossPieces() {
        var cleaner = TextCleaner(path: "a.txt")
        let text = cleaner.clean("Bonn\r") + cleaner.clean("\nKöln\u{85}\r\n") + cleaner.clean("Ende\u{0}")
        #expect(text == "Bonn\nKöln\nEnde")
        let warnings: [String] = cleaner.finish().map(\.description)
        #expect(warnings == ["a.txt:2: removed 2 control characters (U+0085, NUL)"])
    }

    @Test("Clean text passes unchanged, § and non-breaking spaces included", arguments: [
        "§ 7 Abs. 2 SG", "Preis:\u{A0}5 €", "Tab\tund\nZeile",
    ])
    func unchanged(text: String) {
        var cleaner = TextCleaner(path: "a.txt")
        #expect(cleaner.clean(text) == text)
        #expect(cleaner.finish().isEmpty)
    }
}
