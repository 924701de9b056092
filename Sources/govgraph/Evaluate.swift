import ArgumentParser
import Foundation
import GovGraphEvaluation
import GovGraphExtraction
import GovGraphInput
import GovGraphModel
import GovGraphQuery

struct Evaluate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score the extraction against gold annotations or an annotated NER corpus.",
        usage: """
            govgraph evaluate GOLD TEXT... [--keep-incidental] [--json] [--verbose] [--min-f1 X]
            govgraph evaluate --conll FILE [--labels MAP] [--format ler|germeval] [--json] [--verbose] [--min-f1 X]
            """,
        discussion: """
            GOLD is the format of eval/GUIDELINES.md: one JSON object, or JSON lines with an "id" \
            per article that names its text file (with or without extension). Entities count once \
            per text file; optional gold entities are neither required nor penalised; incidental \
            ones (credits) are treated as optional unless --keep-incidental. Role relations match \
            on subject, object and folded role, and again ignoring the role.

            --conll scores mentions against a CoNLL corpus (LER `token tag`, GermEval 2014 \
            `index token outer inner`), each sentence extracted on its own, exactly (same tokens \
            and label) and overlapping (one shared token). --labels maps corpus labels to entity \
            types: a preset (ler, germeval), LABEL=type|type,… or @FILE; labels it does not name \
            are not scored, nor are predictions of types it does not name. --min-f1 checks the \
            overall entity F1 (gold) or the exact-match F1 (CoNLL).
            """)

    @Argument(help: "The gold file, then the text files or folders it annotates.")
    var paths: [String] = []

    @Option(help: ArgumentHelp("Score against this CoNLL file instead of a gold file.", valueName: "file"))
    var conll: String?

    @Option(help: ArgumentHelp(
        "With --conll: ler, germeval, LABEL=type|type,… or @FILE (default: the preset of the format).",
        valueName: "map"))
    var labels: String?

    @Option(help: "With --conll: the file's layout (default: detected).")
    var format: CoNLLFormat?

    @Flag(help: "Count gold entities marked incidental (credits) as required.")
    var keepIncidental = false

    @Flag(help: "Print the report as JSON.")
    var json = false

    @Flag(name: .shortAndLong, help: "List every miss and every false hit.")
    var verbose = false

    @Option(help: ArgumentHelp("Exit with status 1 when the overall F1 is below this.", valueName: "x"))
    var minF1: Double?

    @OptionGroup var gazetteerOptions: GazetteerOptions

    func validate() throws {
        if conll != nil {
            guard paths.isEmpty else { throw ValidationError("--conll takes no gold or text files") }
        } else {
            guard paths.count >= 2 else { throw ValidationError("give a gold file and at least one text file, or --conll FILE") }
            if labels != nil || format != nil { throw ValidationError("--labels and --format go with --conll") }
        }
        if let minF1, !(0...1).contains(minF1) { throw ValidationError("--min-f1 must be between 0 and 1") }
    }

    func run() throws {
        let extractor = Extractor(gazetteer: try gazetteerOptions.load())
        let f1: Double?
        if let conll {
            f1 = try evaluateCoNLL(conll, extractor)
        } else {
            f1 = try evaluateGold(extractor)
        }
        if let minF1, (f1 ?? 0) < minF1 {
            printError("overall F1 \(Percent.format(f1)) is below --min-f1 \(Percent.format(minF1))")
            throw ExitCode(1)
        }
    }

    private func evaluateGold(_ extractor: Extractor) throws -> Double? {
        let gold = try GoldArticle.parse(try InputReader.read(paths[0]).text)
        let files = try InputReader.expand(Array(paths.dropFirst()))
        let pairs = try GoldArticle.match(gold, to: files)
        for file in files where !pairs.contains(where: { $0.file == file }) {
            FileHandle.standardError.write(Data("note: \(file) has no gold; skipped\n".utf8))
        }
        let comparisons = try pairs.map { pair in
            let input = try InputReader.read(pair.file)
            return GoldComparison(
                gold: pair.gold, source: pair.file, documents: extractor.extract(text: input.text, source: pair.file))
        }
        let report = GoldScorer(keepIncidental: keepIncidental).score(comparisons)
        print(json ? try JSONOutput.encode(report) : EvaluationText.render(report, verbose: verbose))
        return report.entities.overall.f1
    }

    private func evaluateCoNLL(_ path: String, _ extractor: Extractor) throws -> Double? {
        let corpus = try CoNLLCorpus(parsing: try InputReader.read(path).text, format: format)
        let map = try labelMap(for: corpus.format)
        let sentences = corpus.sentences
        let predictions = ParallelMap.map(sentences.count) { index in
            extractor.extract(text: sentences[index].text, source: "\(path):\(sentences[index].line)")
        }
        let report = SpanScorer(labels: map).score(corpus, predictions: predictions)
        print(json ? try JSONOutput.encode(report) : EvaluationText.render(report, format: corpus.format, verbose: verbose))
        return report.exact.overall.f1
    }

    private func labelMap(for format: CoNLLFormat) throws -> LabelMap {
        guard let labels else { return LabelMap.preset(format.rawValue)! }
        if let preset = LabelMap.preset(labels) { return preset }
        if labels.hasPrefix("@") { return try LabelMap(parsing: try InputReader.read(String(labels.dropFirst())).text) }
        return try LabelMap(parsing: labels)
    }
}

extension CoNLLFormat: ExpressibleByArgument {}

/// Runs a pure function over `0..<count` on all cores, keeping the order of the results.
enum ParallelMap {
    static func map<T: Sendable>(_ count: Int, _ transform: @Sendable (Int) -> T) -> [T] {
        let chunk = 64
        let chunks = (count + chunk - 1) / chunk
        let results = ResultBox<T>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { index in
            let range = index * chunk..<min(count, (index + 1) * chunk)
            results.set(index, range.map(transform))
        }
        return results.values.flatMap { $0 }
    }

    /// Chunk results, written once each under a lock.
    private final class ResultBox<T: Sendable>: @unchecked Sendable {
        private var slots: [[T]]
        private let lock = NSLock()

        init(count: Int) { slots = Array(repeating: [], count: count) }

        func set(_ index: Int, _ value: [T]) {
            lock.lock()
            slots[index] = value
            lock.unlock()
        }

        var values: [[T]] {
            lock.lock()
            defer { lock.unlock() }
            return slots
        }
    }
}
