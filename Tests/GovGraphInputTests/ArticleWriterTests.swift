import Testing

@testable import GovGraphInput

struct ArticleWriterTests {
    /// Bodies that test the title line, whitespace at the ends and removed control characters.
    static let bodies = [
        "Bürgeramt\nLeipzig eröffnet ein Bürgeramt.\n\nDie Stadt lädt ein.",
        "  \u{1} Bürgeramt  \n\n\nIn Halle beginnt der Umbau. \u{7}",
        "Bürgeramt in Leipzig\nBürgeramt",
        "Bürgeramt",
        "",
        "\u{1}\u{2}",
        String(repeating: "Oberbürgermeister Burkhard Jung eröffnete das Bürgeramt in Leipzig. ", count: 300),
        // Over 256 KB: written in slices.
        String(repeating: "Die Landrätin des Kreises Pinneberg\r\nsprach in Elmshorn. ", count: 5_000),
    ]

    @Test("Written in pieces of any size, a body gives the text and parts it gives whole", arguments: bodies, [1, 3, 1000])
    func pieces(body: String, size: Int) {
        for title in [nil, "Bürgeramt"] {
            var whole = ArticleWriter(title: title, path: "a.html", chunkBytes: 1024)
            whole.write(body)
            let expected = whole.finish()
            var streamed = ArticleWriter(title: title, path: "a.html", chunkBytes: 1024)
            var rest = Substring(body)
            while !rest.isEmpty {
                streamed.write(String(rest.prefix(size)))
                rest = rest.dropFirst(size)
            }
            let parts = streamed.finish()
            #expect(parts == expected)
            #expect(parts.allSatisfy { $0.utf8.count <= 2 * 1024 })
            let article = InputArticle.titled(path: "a.html", title: title, body: body, date: nil)
            #expect(parts.joined() == article.text)
            #expect(article.parts(chunkBytes: 1024).map(\.text) == parts)
        }
    }

    @Test("The title opens the text, once; a first line that repeats it is left out")
    func title() {
        var writer = ArticleWriter(title: " Bürgeramt\n", path: "a.html", chunkBytes: 0)
        writer.write("Bürgeramt  \n\n")
        writer.write("Leipzig eröffnet ein Bürgeramt.")
        #expect(writer.finish() == ["Bürgeramt\n\nLeipzig eröffnet ein Bürgeramt.\n"])
        #expect(writer.title == "Bürgeramt")
    }
}
