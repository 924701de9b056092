import Foundation
import Testing

@testable import GovGraphInput

struct InputReaderTests {
    @Test("Text is decoded as UTF-8, without a byte order mark", arguments: [
        (Data("Leipzig".utf8), "Leipzig"),
        (Data([0xEF, 0xBB, 0xBF] + Array("Lüneburg".utf8)), "Lüneburg"),
        (Data("Zeile\r\nZeile".utf8), "Zeile\r\nZeile"),
    ])
    func decodes(data: Data, expected: String) throws {
        #expect(try InputReader.decode(data, path: "a.txt") == expected)
    }

    @Test("Empty, blank, binary and non-UTF-8 data are refused with the path and what is wrong", arguments: [
        (Data(), InputError.empty("a.txt")),
        (Data("  \n\t".utf8), .onlyWhitespace("a.txt")),
        (Data([0x41, 0x42, 0x00, 0x43]), .binary("a.txt", offset: 2)),
        (Data([0x4D, 0xFC, 0x6E]), .invalidUTF8("a.txt", offset: 1)),
        (Data(Array("Straße".utf8) + [0xC3]), .invalidUTF8("a.txt", offset: 7)),
    ])
    func refuses(data: Data, expected: InputError) {
        #expect(throws: expected) { try InputReader.decode(data, path: "a.txt") }
    }

    @Test("Messages name the path")
    func messages() {
        #expect(InputError.binary("x/b.txt", offset: 3).description == "x/b.txt: looks like a binary file (NUL byte at offset 3), not text")
        #expect(InputError.invalidUTF8("l.txt", offset: 1).description == "l.txt: not valid UTF-8 (first bad byte at offset 1)")
    }

    @Test("Folders expand recursively to their .txt files, sorted; missing paths are an error")
    func expand() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("govgraph-input-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("b/c"), withIntermediateDirectories: true)
        for name in ["b/c/z.txt", "a.txt", "b/skip.md", "B.TXT"] {
            try Data("x".utf8).write(to: folder.appendingPathComponent(name))
        }
        let files = try InputReader.expand([folder.path, "-"])
        #expect(files.map { $0.replacingOccurrences(of: folder.path + "/", with: "") } == ["B.TXT", "a.txt", "b/c/z.txt", "-"])
        #expect(throws: InputError.noSuchPath("/nonexistent/x.txt")) { try InputReader.expand(["/nonexistent/x.txt"]) }
    }
}
