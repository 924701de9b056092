import Testing

@testable import GovGraphInput

struct InputArticleTests {
    @Test("A long article is analysed in parts: bounded, cut between words, offsets adding up, title on the first only", arguments: [
        (100, 4096, 1), (2_000, 4096, 17), (2_000, 64 * 1024, 1),
    ])
    func parts(sentences: Int, chunkBytes: Int, atLeast: Int) {
        let body = String(repeating: "Oberbürgermeister Burkhard Jung eröffnete das Bürgeramt in Leipzig. ", count: sentences)
        let article = InputArticle.titled(
            path: "a.jsonl", title: "Bürgeramt", body: body, date: "2024-03-14", location: "line 3", byteCount: 99)
        let parts = article.parts(chunkBytes: chunkBytes)
        #expect(parts.count >= atLeast)
        #expect(parts.map(\.text).joined() == article.text)
        #expect(parts.allSatisfy { $0.text.utf8.count <= 2 * chunkBytes || parts.count == 1 })
        #expect(parts.allSatisfy { $0.date == "2024-03-14" })
        #expect(parts.dropFirst().allSatisfy { $0.title == nil && $0.byteCount == 0 })
        #expect(parts.first?.title == "Bürgeramt")
        var offset = 0
        for part in parts {
            #expect(part.offset == offset)
            #expect(part.text.last == " " || part.text.last == "\n")
            offset += part.text.unicodeScalars.count
        }
        if parts.count > 1 { #expect(parts[1].location == "line 3, part 2") }
    }
}
