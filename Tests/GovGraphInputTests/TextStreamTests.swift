import Foundation
import Testing

@testable import GovGraphInput

struct TextStreamTests {
    /// A page of dated items, each with a title line above its date.
    static func page(items: Int) -> String {
        (0..<items).map { index in
            "Meldung \(index)\n[\(index % 28 + 10).03.2024] Leipzigs Oberbürgermeister Burkhard Jung sprach zum \(index). Mal über das Bürgeramt.\n\nEin zweiter Absatz ohne Datum.\n"
        }.joined(separator: "\n")
    }

    static func chunks(of data: Data, chunkSize: Int) throws -> [InputArticle] {
        let folder = try Fixtures.temporaryFolder()
        let path = folder.appendingPathComponent("gross.txt").path
        try data.write(to: URL(fileURLWithPath: path))
        let source = try ByteSource(path: path)
        var stream = TextStream(path: path, source: source, sample: data.prefix(8192), chunkSize: chunkSize)
        var chunks: [InputArticle] = []
        while let chunk = stream.next() { chunks.append(chunk) }
        return chunks
    }

    @Test("Chunks are bounded, cut before an item's title, and add up to the whole text with their offsets")
    func chunksOfAPage() throws {
        let text = Self.page(items: 400)
        let chunks = try Self.chunks(of: Data(text.utf8), chunkSize: 4096)
        #expect(chunks.count > 10)
        #expect(chunks.map(\.text).joined() == text)
        #expect(chunks.allSatisfy { $0.text.utf8.count <= 2 * 4096 })
        #expect(chunks.allSatisfy { $0.text.hasPrefix("Meldung ") })
        var offset = 0
        for chunk in chunks {
            #expect(chunk.offset == offset)
            offset += chunk.text.unicodeScalars.count
        }
    }

    @Test("A byte that is not UTF-8 late in a large file makes the whole file Windows-1252")
    func lateLatin1() throws {
        var bytes = Array(String(repeating: "Der Kreistag tagte. ", count: 120_000).utf8)
        bytes += [0x4D, 0xFC, 0x6E, 0x73, 0x74, 0x65, 0x72, 0x0A]  // "Münster" in Latin-1
        let chunks = try Self.chunks(of: Data(bytes), chunkSize: 1 << 20)
        #expect(chunks.count >= 2)
        #expect(chunks.last?.text.hasSuffix("Münster\n") == true)
    }

    @Test("UTF-8 sequences and UTF-16 pairs split between blocks are decoded whole")
    func splitSequences() throws {
        let text = String(repeating: "Grüße 😀 aus Köln. ", count: 90_000)
        let utf8 = try Self.chunks(of: Data(text.utf8), chunkSize: 1 << 20)
        #expect(utf8.map(\.text).joined() == text)
        let utf16 = Data([0xFF, 0xFE]) + text.data(using: .utf16LittleEndian)!
        let chunks16 = try Self.chunks(of: utf16, chunkSize: 1 << 20)
        #expect(chunks16.map(\.text).joined() == text)
    }
}
