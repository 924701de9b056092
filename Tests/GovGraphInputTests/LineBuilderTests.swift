import Testing

@testable import GovGraphInput

struct LineBuilderTests {
    @Test("Pieces make the line the whole text makes: whitespace runs one space, none at the ends, accents kept with their letter", arguments: [
        "  Leipzig\n hat\t ein  Bürgeramt ", "Cafe\u{301} am Markt", "\u{301} vorn", "a \u{301} b", "\r\n\r\nZeile\r\n", "", "   ", "a", " b", "c ",
    ])
    func pieces(text: String) {
        let expected = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(InputArticle.oneLine(text) == expected)
        for size in [1, 2, 5] {
            var line = LineBuilder()
            var taken = ""
            var rest = Substring(text)
            while !rest.isEmpty {
                line.add(rest.prefix(size))
                rest = rest.dropFirst(size)
                taken += line.take()
            }
            #expect(line.hasText == !expected.isEmpty)
            #expect(taken + line.finish() == expected)
        }
    }
}
