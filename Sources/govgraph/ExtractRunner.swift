import Foundation
import GovGraphExtraction
import GovGraphInput
import GovGraphModel
import GovGraphStore

/// Runs an extraction: reads and extracts the inputs with ``BatchExtraction`` and stores,
/// counts and prints the documents in input order with an ``ExtractWriter``.
struct ExtractRunner {
    let extractor: Extractor
    let store: (any GraphIngesting)?
    let options: InputOptions
    let jobs: Int
    let json: Bool
    let quiet: Bool

    struct Outcome {
        var summary: Summary
        var failures: Int
    }

    func run(files: [String]) -> Outcome {
        let inputs = files.map { InputFile(path: $0, options: options) }
        let progress = Progress(totalBytes: inputs.reduce(0) { $0 + $1.size }, files: files.count, enabled: !quiet)
        let writer = ExtractWriter(store: store, files: files, json: json, progress: progress)
        BatchExtraction(extractor: extractor, jobs: jobs).run(inputs) { events, documents in
            writer.write(events, documents: documents)
        }
        progress.clear()
        writer.finishJSON()
        return Outcome(summary: writer.summary, failures: writer.failures)
    }
}
