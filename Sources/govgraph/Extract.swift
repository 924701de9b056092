import ArgumentParser
import Foundation
import GovGraphExtraction
import GovGraphInput
import GovGraphModel
import GovGraphStore

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract entities and relations from texts, web pages and feeds and store them.",
        discussion: """
            Reads text files, HTML pages, JSON lines, RSS and Atom feeds, folders (recursively: \
            .txt .text .html .htm .xhtml .shtml .jsonl .ndjson .jsonlines .rss .atom .xml) and - \
            (standard input). The format comes from the extension, else from the first characters. \
            A page with dated items ("[31.10.2019] …") gives one document per item. Each document \
            is stored in one transaction; a text extracted before is recognised by its content hash \
            and left as it is. A file extracted before is replaced: its stored articles that the new \
            version no longer has (or has changed) are removed. Documents are extracted on all \
            cores and stored in input order.

            Every problem is one line naming the file (and line) and what is wrong, and the run \
            goes on. Exit status: 0 when every input was read, 1 when some input (a file, a JSON \
            line) failed or was skipped, 2 for a usage error.
            """)

    @Argument(help: "Files, folders or - for standard input.")
    var paths: [String]

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var gazetteerOptions: GazetteerOptions

    @Flag(help: "Print the extracted documents as JSON.")
    var json = false

    @Flag(help: "Do not write to the database.")
    var noStore = false

    @Flag(name: .shortAndLong, help: "No progress display.")
    var quiet = false

    @Option(name: .customLong("include"), help: ArgumentHelp(
        "Read only files matching this pattern in folders (repeatable; * ** ? [abc]).", valueName: "glob"))
    var includes: [String] = []

    @Option(name: .customLong("exclude"), help: ArgumentHelp(
        "Leave out files and folders matching this pattern (repeatable).", valueName: "glob"))
    var excludes: [String] = []

    @Option(help: ArgumentHelp("Skip files larger than this (50MB, 800k, 0 for no limit; k, M, G are powers of 1024).", valueName: "size"))
    var maxBytes = "50MB"

    // Unconditional, so that "--jobs -1" is read as a number and refused as one.
    @Option(parsing: .unconditional, help: ArgumentHelp("Extract on this many threads (default: all cores).", valueName: "n"))
    var jobs: Int?

    @OptionGroup(title: "JSON lines") var fields: JSONFieldOptions

    func validate() throws {
        if ByteCount.parse(maxBytes) == nil {
            try usageError("--max-bytes \"\(maxBytes)\" is not a size; write for example 50MB, 800k or 0 for no limit")
        }
        if let jobs, jobs < 1 { try usageError("--jobs must be at least 1, not \(jobs)") }
        for (option, pattern) in includes.map({ ("--include", $0) }) + excludes.map({ ("--exclude", $0) })
        where pattern.isEmpty {
            try usageError("\(option) needs a pattern such as '*.html'")
        }
        for (option, value) in fields.all where value.trimmingCharacters(in: .whitespaces).isEmpty {
            try usageError("\(option) needs a field name")
        }
    }

    /// Prints a usage error and exits with status 2.
    private func usageError(_ message: String) throws -> Never {
        printError(message)
        FileHandle.standardError.write(Data((Self.usageString() + "\n").utf8))
        throw ExitCode(2)
    }

    func run() throws {
        let walker = InputWalker(include: includes.map(Glob.init), exclude: excludes.map(Glob.init))
        let found = walker.expand(paths)
        for warning in found.warnings { printWarning("\(warning)") }
        for problem in found.problems { printError("\(problem)") }
        guard !found.files.isEmpty else {
            guard found.problems.isEmpty else { throw ExitCode(1) }
            let looked = includes.isEmpty ? InputFormat.extensions.map { "." + $0 }.joined(separator: " ") : includes.joined(separator: " ")
            printError("no input files in \(paths.joined(separator: ", ")) (looked for \(looked))")
            throw ExitCode(2)
        }
        var options = InputOptions()
        options.maxBytes = ByteCount.parse(maxBytes) ?? options.maxBytes
        options.fields = fields.fields
        let extractor = Extractor(gazetteer: try gazetteerOptions.load())
        let store = noStore ? nil : try database.openForWriting()
        let runner = ExtractRunner(
            extractor: extractor, store: store, options: options,
            jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, json: json, quiet: quiet)
        let outcome = runner.run(files: found.files)
        if !json {
            print(outcome.summary.render(database: noStore ? nil : database.displayName))
        }
        if outcome.failures + found.problems.count > 0 {
            throw ExitCode(1)
        }
    }
}

/// The field names of JSON-lines records.
struct JSONFieldOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The field with the article's text.", valueName: "name")) var textField = "text"
    @Option(help: ArgumentHelp("The field with the article's HTML (read when there is no text).", valueName: "name"))
    var htmlField = "html"
    @Option(help: ArgumentHelp("The field with the title.", valueName: "name")) var titleField = "title"
    @Option(help: ArgumentHelp("The field with the date (ISO, DD.MM.YYYY, RFC 822, Unix time).", valueName: "name"))
    var dateField = "date"
    @Option(help: ArgumentHelp("The field with the article's id.", valueName: "name")) var idField = "id"
    @Option(help: ArgumentHelp("The field with the article's URL.", valueName: "name")) var urlField = "url"

    var all: [(String, String)] {
        [("--text-field", textField), ("--html-field", htmlField), ("--title-field", titleField),
         ("--date-field", dateField), ("--id-field", idField), ("--url-field", urlField)]
    }

    var fields: JSONFields {
        var fields = JSONFields()
        fields.text = textField
        fields.html = htmlField
        fields.title = titleField
        fields.date = dateField
        fields.id = idField
        fields.url = urlField
        return fields
    }
}
