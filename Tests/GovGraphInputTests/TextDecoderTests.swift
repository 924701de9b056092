import Foundation
import Testing

@testable import GovGraphInput

struct TextDecoderTests {
    @Test("Encodings are detected and converted", arguments: [
        (Data("Lüneburg".utf8), "Lüneburg", TextEncoding.utf8),
        (Data([0xEF, 0xBB, 0xBF] + Array("Lüneburg".utf8)), "Lüneburg", .utf8),
        (Data([0xFF, 0xFE, 0x4C, 0x00, 0xFC, 0x00]), "Lü", .utf16LittleEndian),
        (Data([0xFE, 0xFF, 0x00, 0x4C, 0x00, 0xFC]), "Lü", .utf16BigEndian),
        ("Lüneburg".data(using: .utf16LittleEndian)!, "Lüneburg", .utf16LittleEndian),  // no BOM
        ("Lüneburg".data(using: .utf16BigEndian)!, "Lüneburg", .utf16BigEndian),
        (Data([0x4D, 0xFC, 0x6E, 0x73, 0x74, 0x65, 0x72]), "Münster", .windows1252),
        (Data([0x80, 0x20, 0x35, 0x20, 0x84, 0x53, 0x74, 0x61, 0x64, 0x74, 0x93]), "€ 5 „Stadt“", .windows1252),
    ])
    func encodings(data: Data, expected: String, encoding: TextEncoding) throws {
        let decoded = try TextDecoder.decode(data, path: "a.txt")
        #expect(decoded.text == expected)
        #expect(decoded.encoding == encoding)
        #expect(decoded.warnings.isEmpty)
    }

    @Test("Line ends become \\n and control characters go with one warning naming the line")
    func cleaning() throws {
        let tail = " besuchte am Montag die Landeshauptstadt Hannover und sprach mit der Landesregierung."
        let data = Data("Oldenburg\r\n\r\nJürgen\u{0} Krogmann\u{7}\r\(tail)".utf8)
        let decoded = try TextDecoder.decode(data, path: "c.txt")
        #expect(decoded.text == "Oldenburg\n\nJürgen Krogmann\n\(tail)")
        let warnings: [String] = decoded.warnings.map(\.description)
        #expect(warnings == ["c.txt:3: removed 2 control characters (NUL, U+0007)"])
    }

    @Test("Empty, blank and binary data are refused with the path and why", arguments: [
        (Data(), InputError.empty("a.txt")),
        (Data("  \n\t\r\n".utf8), .onlyWhitespace("a.txt")),
        (Data([0x41, 0x42, 0x00, 0x43]), .binaryFile("a.txt", what: "NUL byte at offset 2")),
        (Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A]), .binaryFile("a.txt", what: "a PNG image")),
        (Data(Array("%PDF-1.7\n".utf8)), .binaryFile("a.txt", what: "a PDF document")),
    ])
    func refuses(data: Data, expected: InputError) {
        #expect(throws: expected) { try TextDecoder.decode(data, path: "a.txt") }
    }

    @Test("A stray NUL in a long text is removed, not taken for a binary file")
    func strayNUL() throws {
        var bytes = Array(String(repeating: "Der Kreistag tagte in Kitzingen. ", count: 10).utf8)
        bytes.insert(0, at: 40)
        let decoded = try TextDecoder.decode(Data(bytes), path: "n.txt")
        #expect(!decoded.text.contains("\u{0}"))
        #expect(decoded.warnings.count == 1)
    }

    @Test("One bad byte in UTF-8 text is replaced and reported with its offset; the file stays UTF-8")
    func strayByte() throws {
        var bytes = Array("Oberbürgermeister Dieter Reiter (München) sprach. ".utf8)
        bytes.insert(0xFF, at: 10)
        let decoded = try TextDecoder.decode(Data(bytes), path: "s.txt")
        #expect(decoded.encoding == .utf8)
        #expect(decoded.text.contains("München") && decoded.text.contains("\u{FFFD}"))
        let warnings: [String] = decoded.warnings.map(\.description)
        #expect(warnings == ["s.txt: 1 byte sequence that is not valid UTF-8 replaced with U+FFFD (the first at byte offset 10)"])
    }

    @Test("The census counts UTF-8 sequences and bad bytes, across block boundaries", arguments: [
        // (blocks, multi-byte sequences, bad sequences, offset of the first bad byte, encoding)
        ([Array("Köln".utf8)], 1, 0, nil, TextEncoding.utf8),
        ([[0x4B, 0xC3], [0xB6, 0x6C, 0x6E]], 1, 0, nil, .utf8),                  // ö split between blocks
        ([[0x4D, 0xFC, 0x6E, 0x73, 0x74, 0x65, 0x72]], 0, 1, 1, .windows1252),    // Latin-1 "Münster"
        ([Array("Grüße aus Köln".utf8) + [0xFF]], 3, 1, 17, .utf8),               // a stray byte after UTF-8
        ([[0xE2, 0x82], [0x41]], 0, 1, 0, .windows1252),                         // a sequence cut short
        ([[0xED, 0xA0, 0x80]], 0, 3, 0, .windows1252),                           // a surrogate: not UTF-8
        ([[0x41, 0xF0, 0x9F]], 0, 1, 1, .windows1252),                           // cut off at the end
    ] as [([[UInt8]], Int, Int, Int?, TextEncoding)])
    func census(blocks: [[UInt8]], multibyte: Int, invalid: Int, first: Int?, encoding: TextEncoding) {
        var census = UTF8Census()
        for block in blocks { census.feed(block) }
        census.finish()
        #expect(census.multibyte == multibyte)
        #expect(census.invalid == invalid)
        #expect(census.firstInvalidOffset == first)
        #expect(census.encoding == encoding)
    }
}
