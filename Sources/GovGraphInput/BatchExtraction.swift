import Dispatch
import Foundation
import GovGraphExtraction
import GovGraphModel

/// Reads inputs into batches of articles, extracts each batch on several threads and hands the
/// documents on in input order: the work of `govgraph extract`, shared with its benchmark.
///
/// The calling thread reads the inputs (streaming large ones) into batches; each batch is
/// extracted on `jobs` threads, each result in the slot of its article, and handed to `consume`
/// on one serial queue while the next batch is extracted. At most two batches are in flight, so
/// memory stays bounded whatever the size of the inputs. The documents are the same, in the
/// same order, for any number of jobs.
///
/// ```swift
/// let extraction = BatchExtraction(extractor: extractor, jobs: 4)
/// extraction.run([InputFile(path: "news.jsonl", options: InputOptions())]) { events, documents in
///     // events[i] is .article(…) exactly when documents[i] is not nil
/// }
/// ```
public struct BatchExtraction: Sendable {
    /// One step of the input, in order.
    public enum Event: Sendable {
        case article(file: Int, InputArticle, warnings: [InputWarning])
        case problem(file: Int, InputError)
        case warnings(file: Int, [InputWarning])
        case endOfFile(file: Int)
    }

    /// Articles per batch, and text bytes per batch, at most. A batch of 64 KB chunks of a
    /// page of short items holds thousands of documents, and each document its text; 2 MiB keep
    /// the two batches in flight small enough for the memory bound of `govgraph extract` (a
    /// 49 MB page with `--db`: 306 MB at the peak with 4 MiB, 259 MB with 2 MiB, at the same
    /// speed).
    public static let batchArticles = 256
    public static let batchBytes = 2 << 20

    public let extractor: Extractor
    public let jobs: Int

    public init(extractor: Extractor, jobs: Int) {
        self.extractor = extractor
        self.jobs = max(1, jobs)
    }

    /// Reads and extracts `inputs` (`file` in the events is an index into them) and calls
    /// `consume` once per batch, in order, with the batch's events and the documents of each
    /// article event (nil for the other events). Returns when every batch is consumed.
    public func run(
        _ inputs: [InputFile], consume: @escaping @Sendable ([Event], [[ExtractedDocument]?]) -> Void
    ) {
        let queue = DispatchQueue(label: "govgraph.extract.consumer")
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
                consume(events, documents)
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
private final class ResultSlots<Value>: @unchecked Sendable {
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
private final class Counter: @unchecked Sendable {
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
