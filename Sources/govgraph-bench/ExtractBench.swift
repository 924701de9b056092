import ArgumentParser
import Foundation
import GovGraphExtraction
import GovGraphInput
import GovGraphModel

/// Full extraction speed, on one core and on all cores.
struct ExtractBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Time full extraction (what `govgraph extract --no-store` does) on one core and on all cores.",
        discussion: """
            Each generated page is one call of the extractor, as a page file is for `govgraph \
            extract`; the all-cores run hands the pages to the threads one at a time. Input files \
            are read during the run exactly as `govgraph extract --no-store` reads and extracts \
            them (streamed in chunks, batches of articles extracted on the threads), so the time \
            includes reading them.
            """)

    @OptionGroup var corpusOptions: CorpusOptions
    @OptionGroup var gazetteerOption: GazetteerOption
    @OptionGroup var extractOptions: ExtractOptions

    @Flag(help: "Print the results as JSON.")
    var json = false

    func run() throws {
        let report = try ExtractReport.measure(
            corpus: corpusOptions, gazetteer: gazetteerOption, options: extractOptions)
        if json {
            print(try BenchJSON.encode(report))
        } else {
            print(report.table())
        }
    }
}

/// How to run the extraction benchmark.
struct ExtractOptions: ParsableArguments {
    @Option(help: "Threads of the all-cores run (default: the number of cores).")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Only the one-core run.")
    var singleCoreOnly = false

    func validate() throws {
        guard threads >= 1 else { throw ValidationError("--threads must be at least 1") }
    }
}

/// The results of the extraction benchmark.
struct ExtractReport: Codable, Sendable {
    struct Run: Codable, Sendable {
        var threads: Int
        var seconds: Double
        var bytes: Int
        var inputs: Int
        var documents: Int
        var entities: Int
        var mentions: Int
        var relations: Int
        var mbPerSecond: Double
        var documentsPerSecond: Double
        var mentionsPerSecond: Double
        /// The peak resident memory during the run (since the start of the process where the
        /// system cannot restart the peak).
        var peakResidentMb: Double
    }

    struct CorpusInfo: Codable, Sendable {
        var source: String
        var seed: UInt64?
        var bytes: Int
        var inputs: Int
        var generateSeconds: Double?
    }

    var gazetteer: GazetteerTiming
    var corpus: CorpusInfo
    var runs: [Run]
    /// Throughput of the last run over the first (nil with one run).
    var speedup: Double?
    var peakResidentMb: Double

    static func measure(corpus options: CorpusOptions, gazetteer: GazetteerOption, options run: ExtractOptions)
        throws -> ExtractReport
    {
        let (compiled, timing) = try gazetteer.load()
        let corpus = try options.corpus(gazetteer: compiled.gazetteer)
        let extractor = Extractor(gazetteer: compiled)
        var threadCounts = [1]
        if !run.singleCoreOnly, run.threads > 1 { threadCounts.append(run.threads) }
        var runs: [Run] = []
        for threads in threadCounts {
            runs.append(try measure(extractor, corpus, threads: threads))
        }
        let speedup = runs.count > 1 ? runs[1].mbPerSecond / runs[0].mbPerSecond : nil
        return ExtractReport(
            gazetteer: timing,
            corpus: CorpusInfo(
                source: corpus.description, seed: corpus.seed, bytes: corpus.bytes, inputs: corpus.inputs,
                generateSeconds: corpus.generatedSeconds),
            runs: runs, speedup: speedup, peakResidentMb: PeakMemory.megabytes)
    }

    /// One pass over the corpus on `threads` threads.
    static func measure(_ extractor: Extractor, _ corpus: Corpus, threads: Int) throws -> Run {
        PeakMemory.reset()
        let watch = Stopwatch()
        let total: Tally
        switch corpus.source {
        case .pages(let pages):
            let tallies = Slots(repeating: Tally(), count: pages.count)
            parallelFor(pages.count, threads: threads) { index in
                var tally = Tally(bytes: pages[index].utf8.count)
                tally.add(extractor.extract(text: pages[index], source: "generated/page-\(index + 1).txt"))
                tallies[index] = tally
            }
            total = tallies.all.reduce(Tally(), +)
        case .files(let files):
            let tally = Slots(repeating: Tally(), count: 1)
            let inputs = files.map { InputFile(path: $0, options: InputOptions()) }
            BatchExtraction(extractor: extractor, jobs: threads).run(inputs) { events, documents in
                var batch = tally[0]
                for (event, found) in zip(events, documents) {
                    switch event {
                    case .article(_, let article, _):
                        batch.bytes += article.byteCount
                        batch.add(found ?? [])
                    case .problem(let file, let error):
                        batch.failure = batch.failure ?? "\(files[file]): \(error)"
                    case .warnings, .endOfFile:
                        break
                    }
                }
                tally[0] = batch
            }
            total = tally[0]
        }
        let seconds = watch.seconds
        if let failure = total.failure { throw BenchError(failure) }
        return Run(
            threads: threads, seconds: seconds, bytes: total.bytes, inputs: corpus.inputs,
            documents: total.documents, entities: total.entities, mentions: total.mentions,
            relations: total.relations, mbPerSecond: Double(total.bytes) / 1e6 / seconds,
            documentsPerSecond: Double(total.documents) / seconds,
            mentionsPerSecond: Double(total.mentions) / seconds, peakResidentMb: PeakMemory.megabytes)
    }

    func table() -> String {
        var lines = [
            "gazetteer \(gazetteer.folder): \(gazetteer.entries) entries, \(gazetteer.surfaceForms) surface forms, "
                + "loaded in \(format(gazetteer.totalSeconds, 3))s (read \(format(gazetteer.readSeconds, 3))s, "
                + "parse \(format(gazetteer.parseSeconds, 3))s, compile \(format(gazetteer.compileSeconds, 3))s)",
            "corpus: \(corpus.source), \(format(Double(corpus.bytes) / 1e6, 1)) MB in \(corpus.inputs) inputs",
            "",
            Table.render(
                header: ["threads", "seconds", "MB/s", "documents/s", "mentions/s", "documents", "mentions", "peak RSS MB"],
                rows: runs.map { run in
                    [
                        "\(run.threads)", format(run.seconds, 2), format(run.mbPerSecond, 2),
                        format(run.documentsPerSecond, 0), format(run.mentionsPerSecond, 0), "\(run.documents)",
                        "\(run.mentions)", format(run.peakResidentMb, 0),
                    ]
                }),
        ]
        if let speedup { lines.append("speed-up on \(runs.last!.threads) threads: \(format(speedup, 2))×") }
        return lines.joined(separator: "\n")
    }
}

/// Counts of one extracted input.
struct Tally: Sendable {
    var bytes = 0
    var documents = 0
    var entities = 0
    var mentions = 0
    var relations = 0
    var failure: String?

    static func + (a: Tally, b: Tally) -> Tally {
        Tally(
            bytes: a.bytes + b.bytes, documents: a.documents + b.documents, entities: a.entities + b.entities,
            mentions: a.mentions + b.mentions, relations: a.relations + b.relations, failure: a.failure ?? b.failure)
    }

    /// Counts extracted documents.
    mutating func add(_ found: [ExtractedDocument]) {
        for document in found {
            documents += 1
            entities += document.entities.count
            mentions += document.entities.reduce(0) { $0 + $1.mentions.count }
            relations += document.relations.count
        }
    }
}

/// Fixed-point formatting.
func format(_ value: Double, _ digits: Int) -> String {
    String(format: "%.\(digits)f", value)
}
