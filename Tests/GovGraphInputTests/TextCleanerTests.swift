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

    @Test(
        "Text that needs no cleaning is told by one pass, which counts its line feeds",
        arguments: [
            ("", 0), ("Köln\nBonn\n", 2), ("Tab\tund\nZeile", 1), ("Preis:\u{A0}5 €", 0),
            ("Bonn\r\n", nil), ("Ende\u{0}", nil), ("\u{7F}", nil), ("Köln\u{85}", nil), ("\u{9F}", nil),
        ] as [(String, Int?)])
    func newlines(text: String, expected: Int?) {
        #expect(TextCleaner.newlinesIfClean(text) == expected)
    }

    @Test("Line numbers of warnings count the lines of clean pieces before")
    func linesOfCleanPieces() {
        var cleaner = TextCleaner(path: "a.txt")
        _ = cleaner.clean("erste\nzweite\n")
        _ = cleaner.clean("dritte\u{0}\n")
        #expect(cleaner.finish().map(\.description) == ["a.txt:3: removed 1 control character (NUL)"])
    }
}
