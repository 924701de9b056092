import Foundation
import Testing

@testable import GovGraphInput

struct InputFileTests {
    static func items(_ path: String, options: InputOptions = InputOptions()) -> [InputItem] {
        let file = InputFile(path: path, options: options)
        var items: [InputItem] = []
        while let item = file.next() { items.append(item) }
        return items
    }

    static func write(_ name: String, _ data: Data) throws -> String {
        let path = try Fixtures.temporaryFolder().appendingPathComponent(name).path
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test("Files without a known extension are read by their first characters", arguments: [
        ("{\"text\": \"Bonn\", \"title\": \"Rathaus\"}\n", "Rathaus\n\nBonn\n"),
        ("<!DOCTYPE html><title>x</title><p>Köln &amp; Bonn</p>", "x\n\nKöln & Bonn\n"),
        ("<?xml version=\"1.0\"?><rss><channel><item><title>T</title><description>Kiel</description></item></channel></rss>", "T\n\nKiel\n"),
        ("Einfach Text\n", "Einfach Text\n"),
    ])
    func sniffed(contents: String, text: String) throws {
        let path = try Self.write("download", Data(contents.utf8))
        let texts = Self.items(path).compactMap { item -> String? in
            if case .article(let article, _) = item { article.text } else { nil }
        }
        #expect(texts == [text])
    }

    @Test("A file over the limit is skipped before it is read")
    func tooLarge() throws {
        let path = try Self.write("gross.txt", Data(repeating: 0x41, count: 5000))
        var options = InputOptions()
        options.maxBytes = 4096
        let items = Self.items(path, options: options)
        guard case .problem(let error) = items.first, items.count == 1 else {
            Issue.record("expected one problem, got \(items)")
            return
        }
        #expect(error == .tooLarge(path, size: 5000, limit: 4096))
        #expect(error.description.hasSuffix("gross.txt: 4.9 KiB is over the --max-bytes limit of 4.0 KiB; skipped"))
    }

    @Test("A large text file is streamed in chunks; its control characters give one warning at the end")
    func streamed() throws {
        let paragraph = "Hessens Digitalministerin Kristina Sinemus sprach in Wiesbaden.\n\n"
        let path = try Self.write("lang.txt", Data((String(repeating: paragraph, count: 400) + "Ende\u{0}\n").utf8))
        var options = InputOptions()
        options.chunkBytes = 4096
        let items = Self.items(path, options: options)
        var chunks = 0
        var warnings: [String] = []
        for item in items {
            switch item {
            case .article: chunks += 1
            case .warnings(let list): warnings += list.map(\.description)
            case .problem(let error): Issue.record("unexpected \(error)")
            }
        }
        #expect(chunks > 5)
        #expect(warnings == [path + ":801: removed 1 control character (NUL)"])
    }

    @Test("An empty JSON-lines file is reported as empty")
    func emptyJSONLines() throws {
        let path = try Self.write("leer.jsonl", Data())
        let items = Self.items(path)
        guard case .problem(let error) = items.first else {
            Issue.record("expected a problem")
            return
        }
        #expect(error == .empty(path))
    }
}
