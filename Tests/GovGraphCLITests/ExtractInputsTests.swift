import Foundation
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
        #expect(result.stderr.hasSuffix(" KB is over the --max-bytes limit of 2.0 KB; skipped\n"))
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
}
