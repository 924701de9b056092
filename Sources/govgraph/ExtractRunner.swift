import Foundation
import GovGraphExtraction
import GovGraphInput
import GovGraphModel
import GovGraphStore

/// Runs an extraction: reads the inputs, extracts their articles on several threads and stores
/// the documents in input order.
///
/// The main thread reads the inputs (streaming large ones) into batches of articles; each batch
/// is extracted on `jobs` threads, each result in the slot of its article, and handed to one
/// writer thread that stores, counts and prints it in input order while the next batch is
/// extracted. At most two batches are in flight, so memory stays bounded whatever the size of
/// the inputs. The documents are the same, in the same order, for any number of jobs.
struct ExtractRunner {
    let extractor: Extractor
    let store: GraphStore?
    let options: InputOptions
    let jobs: Int
    let json: Bool
    let quiet: Bool

    /// Articles per batch, and text bytes per batch, at most. A batch of 64 KB chunks of a
    /// page of short items holds thousands of documents; 4 MB keeps two batches of them well
    /// under 100 MB.
    static let batchArticles = 256
    static let batchBytes = 4 << 20

    struct Outcome {
        var summary: Summary
        var failures: Int
    }

    /// One step of the input, in order.
    enum Event {
        case article(file: Int, InputArticle, warnings: [InputWarning])
        case problem(file: Int, InputError)
        case warnings(file: Int, [InputWarning])
        case endOfFile(file: Int)
    }

    func run(files: [String]) -> Outcome {
        let inputs = files.map { InputFile(path: $0, options: options) }
        let progress = Progress(totalBytes: inputs.reduce(0) { $0 + $1.size }, files: files.count, enabled: !quiet)
        let writer = ExtractWriter(store: store, files: files, json: json, progress: progress)
        let queue = DispatchQueue(label: "govgraph.extract.writer")
        let inFlight = DispatchSemaphore(value: 2)
        var batch: [Event] = []
        var batchBytes = 0
        var batchArticles = 0

        func flush() {
            guard !batch.isEmpty else { return }
            let events = batch
            batch = []
            batchBytes = 0
            batchArticles = 0
            let documents = extract(events)
            inFlight.wait()
            queue.async {
                writer.write(events, documents: documents)
                inFlight.signal()
            }
        }

        for (index, input) in inputs.enumerated() {
            while let item = input.next() {
                switch item {
                case .article(let article, let warnings):
                    batch.append(.article(file: index, article, warnings: warnings))
                    batchBytes += article.text.utf8.count
                    batchArticles += 1
                case .problem(let error):
                    batch.append(.problem(file: index, error))
                case .warnings(let warnings):
                    batch.append(.warnings(file: index, warnings))
                }
                if batchArticles >= Self.batchArticles || batchBytes >= Self.batchBytes { flush() }
            }
            batch.append(.endOfFile(file: index))
        }
        flush()
        queue.sync {}
        progress.clear()
        writer.finishJSON()
        return Outcome(summary: writer.summary, failures: writer.failures)
    }

    /// The documents of each article event, extracted on `jobs` threads; nil for other events.
    private func extract(_ events: [Event]) -> [[ExtractedDocument]?] {
        let slots = ResultSlots<[ExtractedDocument]>(count: events.count)
        let extractor = self.extractor
        let work: @Sendable (Int) -> Void = { index in
            if case .article(_, let article, _) = events[index] {
                slots[index] = extractor.extract(article)
            }
        }
        let threads = min(jobs, events.count)
        if threads <= 1 {
            for index in events.indices { work(index) }
        } else {
            let next = Counter()
            DispatchQueue.concurrentPerform(iterations: threads) { _ in
                while let index = next.take(below: events.count) { work(index) }
            }
        }
        return slots.values
    }
}

/// One result slot per index, each written by exactly one thread.
final class ResultSlots<Value>: @unchecked Sendable {
    private var storage: [Value?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    subscript(index: Int) -> Value? {
        get { lock.withLock { storage[index] } }
        set { lock.withLock { storage[index] = newValue } }
    }

    var values: [Value?] { lock.withLock { storage } }
}

/// A shared counter handing out indices to worker threads.
final class Counter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()

    func take(below limit: Int) -> Int? {
        lock.withLock {
            guard value < limit else { return nil }
            defer { value += 1 }
            return value
        }
    }
}
