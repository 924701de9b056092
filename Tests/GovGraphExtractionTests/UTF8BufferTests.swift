import Testing

@testable import GovGraphExtraction

struct UTF8BufferTests {
    @Test(
        "Code points of one to four bytes come back as the same text",
        arguments: ["", "Amt", "Städtetag", "„Leipzig“ – 5 €", "😀 Lüneburg 😀", String(repeating: "ä", count: 100)])
    func roundTrip(text: String) {
        var buffer = UTF8Buffer(capacity: 1)
        defer { buffer.deallocate() }
        buffer.append(contentsOf: text.unicodeScalars)
        #expect(buffer.string == text)
        #expect(buffer.count == text.utf8.count)
        #expect(String(scalars: text.unicodeScalars) == text)
    }

    @Test("Emptying keeps the buffer usable for the next text")
    func reuse() {
        var buffer = UTF8Buffer()
        defer { buffer.deallocate() }
        buffer.append(contentsOf: "Oberbürgermeister".unicodeScalars)
        buffer.removeAll()
        buffer.append(contentsOf: "OB".unicodeScalars)
        #expect(buffer.string == "OB")
    }
}
