import Foundation
import GovGraphExtraction
import GovGraphModel
import Testing

@testable import GovGraphInput

@Suite("Batch extraction")
struct BatchExtractionTests {
    /// What one run handed to its consumer, batch by batch.
    final class Consumed: @unchecked Sendable {
        private let lock = NSLock()
        private var batches: [([BatchExtraction.Event], [[ExtractedDocument]?])] = []

        func add(_ events: [BatchExtraction.Event], _ documents: [[ExtractedDocument]?]) {
            lock.withLock { batches.append((events, documents)) }
        }

        /// Each event in order, named, with the ids of its documents.
        var steps: [String] {
            lock.withLock {
                batches.flatMap { events, documents in
                    zip(events, documents).map { event, found in
                        switch event {
                        case .article(let file, let article, _):
                            "article \(file) \(article.offset): " + (found ?? []).map(\.id).joined(separator: " ")
                        case .problem(let file, _): "problem \(file)"
                        case .warnings(let file, _): "warnings \(file)"
                        case .endOfFile(let file): "end \(file)"
                        }
                    }
                }
            }
        }

        /// True when exactly the article events have documents.
        var documentsOnlyForArticles: Bool {
            lock.withLock {
                batches.allSatisfy { events, documents in
                    zip(events, documents).allSatisfy { event, found in
                        if case .article = event { found != nil } else { found == nil }
                    }
                }
            }
        }

        var batchCount: Int { lock.withLock { batches.count } }
    }

    /// Writes the inputs of a run: a page of many dated items (larger than a chunk), an empty
    /// file and a short article.
    static func inputs(in folder: URL) throws -> [String] {
        var page = ""
        for day in 1...1_000 {
            let date = String(format: "%02d.%02d.2020", (day - 1) % 28 + 1, (day - 1) / 28 % 12 + 1)
            page += "Meldung \(day)\n[\(date)] Leipzigs Oberbürgermeister Burkhard Jung sprach mit "
                + "Dresdens Oberbürgermeister Dirk Hilbert über das Onlinezugangsgesetz (Folge \(day)).\n\n"
        }
        let files = [("seite.txt", page), ("leer.txt", ""), ("kurz.txt", "Katja Dörner ist Oberbürgermeisterin von Bonn.\n")]
        return try files.map { name, text in
            let url = folder.appendingPathComponent(name)
            try Data(text.utf8).write(to: url)
            return url.path
        }
    }

    static func run(_ paths: [String], jobs: Int) -> Consumed {
        let consumed = Consumed()
        let inputs = paths.map { InputFile(path: $0, options: InputOptions()) }
        BatchExtraction(extractor: ExtractorInputArticleTests.extractor, jobs: jobs).run(inputs) { events, documents in
            consumed.add(events, documents)
        }
        return consumed
    }

    @Test("Events come in input order, with documents for the articles only, the same for any number of jobs")
    func order() throws {
        // Given a long page, an empty file and a short article
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let paths = try Self.inputs(in: folder)

        // When they are extracted on one thread and on four
        let one = Self.run(paths, jobs: 1)
        let four = Self.run(paths, jobs: 4)

        // Then the page comes in several chunks, each file ends, the empty file is a problem,
        // and the steps and documents are the same
        let steps = one.steps
        #expect(one.documentsOnlyForArticles)
        #expect(steps.filter { $0.hasPrefix("article 0 ") }.count > 1)
        #expect(steps.filter { $0.hasPrefix("end ") } == ["end 0", "end 1", "end 2"])
        #expect(steps.contains("problem 1"))
        #expect(steps.last?.hasPrefix("end 2") == true)
        #expect(steps.filter { $0.hasPrefix("article ") }.allSatisfy { !$0.hasSuffix(": ") })
        #expect(four.steps == steps)
    }

    @Test("A batch holds at most batchArticles articles")
    func batches() throws {
        // Given more short articles than one batch holds, as lines of a JSON-lines file
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let count = BatchExtraction.batchArticles + 10
        let lines = (1...count).map { #"{"id": "\#($0)", "text": "Burkhard Jung sprach in Leipzig (\#($0))."}"# }
        let path = folder.appendingPathComponent("meldungen.jsonl").path
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path))

        // When they are extracted
        let consumed = Self.run([path], jobs: 2)

        // Then they come in two batches, every article with its document
        #expect(consumed.batchCount == 2)
        let articles = consumed.steps.filter { $0.hasPrefix("article ") }
        #expect(articles.count == count)
        #expect(articles.allSatisfy { !$0.hasSuffix(": ") })
    }
}
