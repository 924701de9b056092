import Testing

@testable import GovGraphInput

struct InputErrorTests {
    @Test("Paths in messages show control characters as escapes", arguments: [
        ("news/a.txt", "news/a.txt"),
        ("zwei\nzeilen.txt", "zwei\\nzeilen.txt"),
        ("\u{1B}[2Jleer.txt", "\\u{1B}[2Jleer.txt"),
        ("tab\there\r.txt", "tab\\there\\r.txt"),
        ("Bürger\u{85}amt.txt", "Bürger\\u{85}amt.txt"),
    ])
    func shownPaths(path: String, shown: String) {
        #expect(PathText.shown(path) == shown)
        #expect(InputError.empty(path).description == "\(shown): the file is empty; skipped")
        #expect(InputWarning(path: path, line: 2, message: "m").description == "\(shown):2: m")
    }

    @Test("Sizes are written in powers of 1024 and say so", arguments: [
        (12, "12 bytes"), (1, "1 byte"), (4096, "4.0 KiB"), (50 * 1024 * 1024, "50.0 MiB"), (3 << 30, "3.0 GiB"),
    ])
    func sizes(count: Int, text: String) {
        #expect(ByteCount.format(count) == text)
        #expect(ByteCount.parse("50MB") == 50 * 1024 * 1024)
    }
}
