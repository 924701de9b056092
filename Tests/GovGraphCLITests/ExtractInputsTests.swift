import Foundation
#if canImport(Glibc)
    import Glibc
#endif
import Testing

/// `govgraph extract` on every input format and every kind of bad file.
@Suite("govgraph extract: input formats and bad input")
struct ExtractInputsTests {
    static let fixtures = CLI.root.appendingPathComponent("Tests/GovGraphCLITests/Fixtures/inputs")

    /// Runs the binary in `folder` with the checkout's gazetteer.
    static func run(_ arguments: [String], in folder: URL) throws -> CLI.Result {
        try CLI.run(arguments + ["--gazetteer", CLI.root.appendingPathComponent("gazetteer").path], in: folder)
    }

    /// A copy of the fixture folder, so that paths in messages are predictable.
    static func copy() throws -> URL {
        let folder = try CLI.temporaryFolder()
        try FileManager.default.copyItem(at: fixtures, to: folder.appendingPathComponent("inputs"))
        return folder
    }

    /// The good articles of the fixtures, by title (or first words), each expected once.
    static let goodTitles: [String] = [
        "Digitalministerium nimmt Arbeit auf", "Normenkontrollrat legt Jahresbericht vor", "Oldenburg",
        "Hessen: Digitalministerin lobt Kommunen", "Bayern: Neuer Digitalminister",
        "Schleswig-Holstein: Zwischenbilanz der Landesverwaltung", "Sachsen-Anhalt setzt auf Cloud",
        "Leipzig: Bürgeramt mit Online-Termin", "Städtetag wählt neuen Präsidenten",
        "Landkreistag zur Digitalisierung", "Neue Oberbürgermeisterin in Bonn", "Städtetag",
    ]

    @Test("A folder mixing every format and every kind of bad file: each good article stored once, each bad one reported")
    func mixedFolder() throws {
        let folder = try Self.copy()
        let db = folder.appendingPathComponent("g.sqlite").path
        let result = try Self.run(["extract", "inputs", "--db", db], in: folder)
        #expect(result.status == 1, "\(result.stderr)")
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines == [
            "Warning: inputs/crlf-nul.txt:3: removed 1 control character (NUL)",
            "Error: inputs/leer.txt: the file is empty; skipped",
            "Error: inputs/meldungen.jsonl:3: not valid JSON; line skipped",
            "Error: inputs/scan.txt: looks like a binary file (a PNG image), not text; skipped",
        ])
        #expect(result.stdout.contains("8 files, 13 documents (13 new, 0 already stored)"), "\(result.stdout)")

        // Every good article once, with its title
        let titles = try SQLiteShell.query(db, "SELECT COALESCE(title, '<none>') FROM document")
        let expected = (Self.goodTitles + ["<none>"]).sorted()
        #expect(titles.sorted() == expected)

        // Running again stores nothing new and removes nothing
        let again = try Self.run(["extract", "inputs", "--db", db], in: folder)
        #expect(again.stdout.contains("(0 new, 13 already stored)"), "\(again.stdout)")
        #expect(try SQLiteShell.query(db, "SELECT COUNT(*) FROM document") == ["13"])
    }

    @Test("--json carries each document's source, its URL and id, dates from the page or feed")
    func json() throws {
        let folder = try Self.copy()
        let result = try Self.run(["extract", "inputs/leipzig-buergeramt.html", "inputs/laender.rss", "--json", "--no-store"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let documents = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: [[String: Any]]])["documents"]
        let page = try #require(documents?.first)
        #expect(page["source"] as? String == "inputs/leipzig-buergeramt.html")
        #expect(page["url"] as? String == "https://kommunalportal.example/artikel/leipzig-buergeramt")
        #expect(page["date"] as? String == "2024-03-14")
        #expect(page["title"] as? String == "Leipzig: Bürgeramt mit Online-Termin")
        let relations = page["relations"] as? [[String: Any]] ?? []
        #expect(relations.contains { $0["subject"] as? String == "person:burkhard-jung" && $0["date"] as? String == "2024-03-14" })
        let rss = documents?.last
        #expect(rss?["external_id"] as? String == "st-2024-05-02")
        #expect(rss?["source"] as? String == "inputs/laender.rss")
    }

    @Test("JSON lines with other field names")
    func fieldNames() throws {
        let folder = try CLI.temporaryFolder()
        let file = folder.appendingPathComponent("export.jsonl")
        try Data("{\"inhalt\": \"Katja Dörner ist Oberbürgermeisterin der Stadt Bonn.\", \"datum\": \"01.11.2020\"}\n".utf8).write(to: file)
        let result = try CLI.run(["extract", file.path, "--text-field", "inhalt", "--date-field", "datum", "--json", "--no-store"])
        #expect(result.status == 0, "\(result.stderr)")
        let output = try ExtractOutput.decode(result.stdout)
        #expect(output.documents.first?.date == "2020-11-01")
        #expect(output.documents.first?.relations.contains { $0.subject == "person:katja-doerner" } == true)
    }

    @Test("Files over --max-bytes are skipped with their size and the limit")
    func maxBytes() throws {
        let folder = try Self.copy()
        let result = try Self.run(["extract", "inputs/leipzig-buergeramt.html", "inputs/bund.atom", "--max-bytes", "2k", "--no-store"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("Error: inputs/leipzig-buergeramt.html: 2."))
        #expect(result.stderr.hasSuffix(" KiB is over the --max-bytes limit of 2.0 KiB; skipped\n"))
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stdout.contains("1 file, 2 documents"))
    }

    @Test("--include and --exclude choose the files of a folder")
    func globs() throws {
        let folder = try Self.copy()
        let result = try Self.run(["extract", "inputs", "--include", "*.html", "--include", "*.atom", "--exclude", "*liste*", "--no-store"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("2 files, 3 documents"), "\(result.stdout)")
    }

    @Test("A symbolic link loop is reported once and the folder is still read")
    func symlinkLoop() throws {
        let folder = try CLI.temporaryFolder()
        let news = folder.appendingPathComponent("news")
        try FileManager.default.createDirectory(at: news, withIntermediateDirectories: true)
        try Data("Der Deutsche Landkreistag tagte in Berlin.\n".utf8).write(to: news.appendingPathComponent("a.txt"))
        try FileManager.default.createSymbolicLink(atPath: news.appendingPathComponent("zurueck").path, withDestinationPath: ".")
        let result = try Self.run(["extract", "news", "--no-store"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("news/zurueck: a symbolic link loop"), "\(result.stderr)")
        #expect(result.stdout.contains("1 file, 1 document"))
    }

    @Test("Usage errors exit with status 2", arguments: [
        ["--max-bytes", "viel"], ["--jobs", "0"], ["--text-field", " "], ["--include", ""],
        ["--no-such-option"], ["--jobs", "zwei"],
    ])
    func usage(arguments: [String]) throws {
        let result = try CLI.run(["extract", CLI.sample.path, "--no-store"] + arguments)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("Error: "))
    }

    @Test("An empty folder is a usage error")
    func emptyFolder() throws {
        let folder = try CLI.temporaryFolder()
        let result = try CLI.run(["extract", folder.path, "--no-store"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no input files in"))
    }

    @Test("Standard input is sniffed: JSON lines, HTML and text")
    func standardInput() throws {
        let jsonl = "{\"text\": \"Hessens Digitalministerin Kristina Sinemus lobte Darmstadt.\", \"date\": \"2023-11-07\"}\n"
        let html = "<html><body><nav>Start</nav><p>Hessens Digitalministerin Kristina Sinemus lobte Darmstadt.</p></body></html>"
        for input in [jsonl, html] {
            let result = try CLI.run(["extract", "-", "--json", "--no-store"], input: Data(input.utf8))
            #expect(result.status == 0, "\(result.stderr)")
            let output = try ExtractOutput.decode(result.stdout)
            #expect(output.documents.first?.relations.contains { $0.role == "Digitalministerin" } == true)
        }
    }

    /// Runs the binary with standard input read from `inputPath` (a file or a device).
    static func run(_ arguments: [String], stdinFrom inputPath: String) throws -> CLI.Result {
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = arguments + ["--gazetteer", CLI.root.appendingPathComponent("gazetteer").path]
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_CACHE_HOME"] = CLI.cacheFolder.path
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle(forReadingAtPath: inputPath)
        try process.run()
        let errors = ErrorCollector(err.fileHandleForReading)
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLI.Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errors.wait(), as: UTF8.self))
    }

    @Test("Standard input that never ends, a device and a FIFO are refused at once, with what they are", arguments: [
        ("stdin /dev/zero", "Error: standard input: looks like a binary file (NUL byte at offset 0), not text; skipped"),
        ("/dev/zero", "Error: /dev/zero: a character device, not a regular file; skipped (to read it anyway, give - and redirect it to standard input)"),
        ("fifo", "a named pipe (FIFO), not a regular file; skipped"),
    ])
    func neverEnding(what: String, message: String) throws {
        let result: CLI.Result
        switch what {
        case "stdin /dev/zero":
            result = try Self.run(["extract", "-", "--no-store"], stdinFrom: "/dev/zero")
        case "fifo":
            let fifo = try CLI.temporaryFolder().appendingPathComponent("rohr").path
            #expect(mkfifo(fifo, 0o600) == 0)
            result = try Self.run(["extract", fifo, "--no-store"], stdinFrom: "/dev/null")
        default:
            result = try Self.run(["extract", what, "--no-store"], stdinFrom: "/dev/null")
        }
        #expect(result.status == 1)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test("--max-bytes holds for standard input while it is read; within the limit, large input is streamed")
    func standardInputLimit() throws {
        let folder = try CLI.temporaryFolder()
        let big = folder.appendingPathComponent("gross.txt").path
        let line = "Leipzigs Oberbürgermeister Burkhard Jung eröffnete das Bürgeramt.\n"
        try Data(String(repeating: line, count: 40_000).utf8).write(to: URL(fileURLWithPath: big))
        let over = try Self.run(["extract", "-", "--no-store", "--max-bytes", "1MB"], stdinFrom: big)
        #expect(over.status == 1)
        #expect(over.stderr.contains("Error: standard input: more than the --max-bytes limit of 1.0 MiB; stopped reading and skipped"), "\(over.stderr)")
        let within = try Self.run(["extract", "-", "--json", "--no-store"], stdinFrom: big)
        #expect(within.status == 0, "\(within.stderr)")
        let output = try ExtractOutput.decode(within.stdout)
        #expect(output.documents.count > 1)
    }
}

/// The article texts `extract --db` stores: every mention's offsets, less its document's start,
/// slice the stored text to the mention's text, on every input format.
extension ExtractInputsTests {
    /// A paragraph about public facts, repeated into long inputs.
    static let storedTextParagraph =
        "Burkhard Jung ist Oberbürgermeister von Leipzig. Der Deutsche Städtetag tagt in Berlin, "
        + "Sachsen liegt im Osten.\n\n"

    /// The inputs of each case, written into an empty folder: name and content.
    static func storedTextFiles(_ name: String) throws -> [(String, Data)] {
        func fixture(_ path: String) throws -> Data {
            try Data(contentsOf: CLI.root.appendingPathComponent("Tests/GovGraphCLITests/Fixtures/" + path))
        }
        // Longer than two chunks of 64 KB, so that its parts have offsets of their own.
        let long = String(repeating: storedTextParagraph, count: 1_500)
        switch name {
        case "html page":
            return [("seite.html", try fixture("inputs/leipzig-buergeramt.html"))]
        case "html list page":
            return [("liste.html", try fixture("inputs/digitalnachrichten-liste.html"))]
        case "json lines":
            // The fixture's good lines (one is not JSON, on purpose).
            let lines = String(decoding: try fixture("inputs/meldungen.jsonl"), as: UTF8.self).split(separator: "\n")
                .filter { (try? JSONSerialization.jsonObject(with: Data($0.utf8))) != nil }
            #expect(lines.count >= 3)
            return [("meldungen.jsonl", Data((lines.joined(separator: "\n") + "\n").utf8))]
        case "feeds":
            return [("bund.atom", try fixture("inputs/bund.atom")), ("laender.rss", try fixture("inputs/laender.rss"))]
        case "dated items":
            return [("staedtetag.txt", try fixture("staedtetag-page.txt")), ("rollen.txt", try fixture("roles-page.txt"))]
        case "long text file":
            return [("lang.txt", Data(("Lange Meldung\n\n" + long).utf8))]
        case "long json line":
            let line = try JSONSerialization.data(withJSONObject: ["title": "Lange Zeile", "date": "2024-05-02", "text": long])
            return [("lang.jsonl", line + Data("\n".utf8))]
        case "long html page":
            let body = long.split(separator: "\n\n").map { "<p>\($0)</p>" }.joined(separator: "\n")
            return [("lang.html", Data("<html><head><title>Lange Seite</title></head><body><article>\(body)</article></body></html>".utf8))]
        default:
            throw CLI.CLIFailure(message: "no case \(name)")
        }
    }

    @Test("Each mention's span of its document's stored text is its text", arguments: [
        "html page", "html list page", "json lines", "feeds", "dated items", "long text file", "long json line",
        "long html page",
    ])
    func mentionsSliceTheText(name: String) throws {
        // Given the inputs of the case in a folder
        let folder = try CLI.temporaryFolder()
        let inputs = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        for (file, data) in try Self.storedTextFiles(name) { try data.write(to: inputs.appendingPathComponent(file)) }
        let db = folder.appendingPathComponent("g.sqlite").path

        // When they are extracted into a database
        let result = try Self.run(["extract", "in", "--db", db], in: folder)
        #expect(result.status == 0, "\(result.stderr)")

        // Then every document has its text, as long as its span, and every mention's offsets,
        // less the document's start, slice that text to the mention's text (SQLite counts
        // characters of text in code points, as the offsets do)
        let counts = try SQLiteShell.query(
            db,
            """
            SELECT (SELECT COUNT(*) FROM document), (SELECT COUNT(*) FROM mention),
                (SELECT COUNT(*) FROM document WHERE text IS NULL OR length(text) <> "end" - start),
                (SELECT COUNT(*) FROM mention m JOIN document d ON d.id = m.documentId
                    WHERE substr(d.text, m.start - d.start + 1, m."end" - m.start) IS NOT m.text)
            """)
        let numbers = try #require(counts.first).split(separator: "|").map { Int($0) ?? -1 }
        #expect(numbers.count == 4)
        #expect(numbers[0] > 0 && numbers[1] > 0, "\(name): \(numbers)")
        #expect(numbers[2] == 0, "\(name): documents without their text")
        #expect(numbers[3] == 0, "\(name): mentions that do not slice the text")
        if name.hasPrefix("long") {
            // The long inputs were cut into parts: some documents start after the input's start.
            #expect(try SQLiteShell.query(db, "SELECT COUNT(*) > 1, MAX(start) > 0 FROM document") == ["1|1"])
        }
    }
}
