import Foundation
import GovGraphInput
import GovGraphModel
import GovGraphStore

/// Stores, counts and prints extracted documents in input order, on the writer thread only.
///
/// Documents are stored in batches: one transaction every ``commitDocuments`` documents or
/// every ``commitInterval`` seconds, whichever comes first, and at the end. A transaction holds
/// whole documents only, so a crash loses the last batch and never leaves half a document. A
/// file's documents are kept until the file ends (or handed to the batch early, in groups, when
/// it has many); then its stored documents that the new version no longer has are removed, in
/// the same transaction as its last documents, but only when the whole file was read without a
/// problem, so that a file that has become unreadable never loses what was stored from it.
final class ExtractWriter: @unchecked Sendable {
    let store: GraphStore?
    let files: [String]
    let json: Bool
    let progress: Progress
    private(set) var summary = Summary()
    private(set) var failures = 0
    private var jsonCount = 0

    /// The file being written: its documents not yet handed to the batch, the ids of those
    /// handed already, its problems.
    private var current: Int?
    private var pending: [ExtractedDocument] = []
    private var saved: [String] = []
    private var problems = 0
    private var articles = 0
    /// Documents of one file kept before they are handed to the batch in a group.
    static let group = 500

    /// The next transaction: its replacements, the file and the documents to count of each.
    private var batch: [SourceReplacement] = []
    private var batchFiles: [Int] = []
    private var batchCounted: [[ExtractedDocument]] = []
    private var batchDocuments = 0
    private var lastCommit = ContinuousClock.now
    /// A transaction is committed once it holds this many documents, or this long after the
    /// last one, whichever comes first.
    static let commitDocuments = 2000
    static let commitInterval = Duration.milliseconds(500)

    init(store: GraphStore?, files: [String], json: Bool, progress: Progress) {
        self.store = store
        self.files = files
        self.json = json
        self.progress = progress
    }

    func write(_ events: [ExtractRunner.Event], documents: [[ExtractedDocument]?]) {
        for (event, extracted) in zip(events, documents) {
            switch event {
            case .article(let file, let article, let warnings):
                report(warnings)
                current = file
                articles += 1
                let found = extracted ?? []
                if json { printJSON(found, article: article) }
                pending += found
                if pending.count >= Self.group { saveGroup(file: file) }
                progress.advance(bytes: article.byteCount, label: files[file])
            case .problem(let file, let error):
                progress.clear()
                printError("\(error)")
                current = file
                problems += 1
                progress.advance(bytes: 0, label: files[file])
            case .warnings(_, let warnings):
                report(warnings)
            case .endOfFile(let file):
                current = file
                finish(file: file)
                progress.finishFile()
            }
            if batchDocuments >= Self.commitDocuments
                || (!batch.isEmpty && ContinuousClock.now - lastCommit >= Self.commitInterval)
            {
                commit()
            }
        }
    }

    /// Commits what is left (call once, after the last events).
    func finishStoring() {
        commit()
    }

    private func report(_ warnings: [InputWarning]) {
        guard !warnings.isEmpty else { return }
        progress.clear()
        for warning in warnings { printWarning("\(warning)") }
    }

    /// Hands the file's pending documents to the batch, remembering their ids for the
    /// replacement.
    private func saveGroup(file: Int) {
        guard store != nil else {
            for document in pending { summary.add(document, new: true) }
            pending = []
            return
        }
        guard !pending.isEmpty else { return }
        enqueue(SourceReplacement(source: files[file], documents: pending, removesOthers: false), file: file, counted: pending)
        saved += pending.map(\.id)
        pending = []
    }

    private func finish(file: Int) {
        let path = files[file]
        defer {
            pending = []
            saved = []
            failures += problems
            problems = 0
            articles = 0
            current = nil
        }
        if articles > 0 { summary.files += 1 }
        guard store != nil, path != "-", problems == 0, articles > 0 else {
            saveGroup(file: file)
            return
        }
        // Documents handed to the batch in groups come back as unchanged stand-ins (they are
        // saved by then: a failed transaction counts as a problem of the file); the rest are
        // saved now.
        let standIns = saved.map {
            ExtractedDocument(id: $0, source: path, title: nil, date: nil, start: 0, end: 0, entities: [], relations: [])
        }
        enqueue(SourceReplacement(source: path, documents: standIns + pending), file: file, counted: pending)
    }

    private func enqueue(_ replacement: SourceReplacement, file: Int, counted: [ExtractedDocument]) {
        if batch.isEmpty { lastCommit = .now }
        batch.append(replacement)
        batchFiles.append(file)
        batchCounted.append(counted)
        batchDocuments += replacement.documents.count
    }

    /// Stores the batch in one transaction and counts its documents.
    private func commit() {
        defer {
            batch = []
            batchFiles = []
            batchCounted = []
            batchDocuments = 0
            lastCommit = .now
        }
        guard let store, !batch.isEmpty else { return }
        let results: [ReplaceResult?]
        do {
            results = try store.replaceDocuments(batch)
        } catch {
            // One failing document must not take the others with it: each part of the batch is
            // tried again in a transaction of its own.
            results = zip(batch, batchFiles).map { replacement, file in
                do {
                    return try store.replaceDocuments([replacement])[0]
                } catch {
                    progress.clear()
                    printError("\(error)")
                    // A file still being read must not remove what it stored before: its
                    // replacement would miss these documents.
                    if file == current { problems += 1 } else { failures += 1 }
                    return nil
                }
            }
        }
        for (result, counted) in zip(results, batchCounted) {
            guard let result else { continue }
            let inserted = Set(result.inserted)
            for document in counted { summary.add(document, new: inserted.contains(document.id)) }
            summary.removedDocuments += result.removed.count
        }
    }

    // MARK: - JSON

    private func printJSON(_ documents: [ExtractedDocument], article: InputArticle) {
        for document in documents {
            let output = JSONDocument(document: document, url: article.url, externalID: article.externalID)
            guard let text = try? JSONOutput.encode(output) else { continue }
            let indented = text.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }
                .joined(separator: "\n")
            let head = jsonCount == 0 ? "{\n  \"documents\" : [\n" : ",\n"
            FileHandle.standardOutput.write(Data((head + indented).utf8))
            jsonCount += 1
        }
    }

    /// Closes the JSON object (or prints an empty one).
    func finishJSON() {
        guard json else { return }
        let text = jsonCount == 0 ? "{\n  \"documents\" : [\n\n  ]\n}\n" : "\n  ]\n}\n"
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}

/// A document as `extract --json` prints it: the model's fields, plus the URL and id its input
/// gave it.
struct JSONDocument: Encodable {
    var document: ExtractedDocument
    var url: String?
    var externalID: String?

    private enum Keys: String, CodingKey {
        case url
        case externalID = "external_id"
    }

    func encode(to encoder: any Encoder) throws {
        try document.encode(to: encoder)
        var container = encoder.container(keyedBy: Keys.self)
        try container.encodeIfPresent(url, forKey: .url)
        try container.encodeIfPresent(externalID, forKey: .externalID)
    }
}
