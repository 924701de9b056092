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

    @Test("A text without line ends is cut after a sentence or at a space, never inside a word or a name")
    func noLineEnds() throws {
        let sentence = "Oberbürgermeister Burkhard Jung traf Franziska Giffey im Rathaus von Leipzig "
        let text = String(repeating: sentence, count: 2_000)
        let chunks = try Self.chunks(of: Data(text.utf8), chunkSize: 4096)
        #expect(chunks.count > 10)
        #expect(chunks.map(\.text).joined() == text)
        for chunk in chunks.dropLast() {
            #expect(chunk.text.hasSuffix(" "), "\(chunk.location ?? ""): \(chunk.text.suffix(20))")
        }
        let words = Set(chunks.flatMap { $0.text.split(separator: " ").map(String.init) })
        #expect(words == Set(sentence.split(separator: " ").map(String.init)))
    }

    @Test("Where a chunk is cut, when no line end is in reach", arguments: [
        // (text, from, cut, inside a word)
        ("Erster Satz. Zweiter Satz ohne Ende", 10, 13, false),   // after the sentence end
        ("eins zwei drei vier fünf sechs", 8, 15, false),         // after the last space before 16
        ("Wort Donaudampfschifffahrt", 8, 5, false),              // back before `from`, to the space
        ("Donaudampfschifffahrtsgesellschaft", 8, 16, true),      // one long word: cut inside it
        ("Zeile eins\nZeile zwei und drei", 8, 11, false),        // a line end still wins
    ])
    func cutPoint(text: String, from: Int, cut: Int, insideWord: Bool) {
        let point = TextStream.cutPoint(Array(text.utf8), from: from)
        #expect(point.at == cut)
        #expect(point.insideWord == insideWord)
    }

    @Test("One bad byte in a large UTF-8 file is replaced and reported; the rest stays UTF-8")
    func strayByteInLargeFile() throws {
        let sentence = "Der Oberbürgermeister von München sprach. "
        var bytes = Array(String(repeating: sentence, count: 3_000).utf8)
        let at = sentence.utf8.count * 1_500  // the D of a "Der"
        bytes[at] = 0xFF
        let folder = try Fixtures.temporaryFolder()
        let path = folder.appendingPathComponent("gross.txt").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        var stream = TextStream(path: path, source: try ByteSource(path: path), sample: Data(bytes.prefix(8192)), chunkSize: 4096)
        var texts: [String] = []
        while let chunk = stream.next() { texts.append(chunk.text) }
        let text = texts.joined()
        #expect(text.components(separatedBy: "Oberbürgermeister").count - 1 == 3_000)
        #expect(!text.contains("Ã"))
        #expect(text.contains("\u{FFFD}"))
        let warnings: [String] = stream.warnings().map(\.description)
        #expect(warnings == ["\(path): 1 byte sequence that is not valid UTF-8 replaced with U+FFFD (the first at byte offset \(at))"])
    }
}
