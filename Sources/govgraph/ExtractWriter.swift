import Foundation
import GovGraphInput
import GovGraphModel
import GovGraphQuery
import GovGraphStore

/// Stores, counts and prints extracted documents in input order, on the writer thread only.
///
/// The documents of each batch of articles are stored with one commit, each whole or not at all
/// (``GraphStore/ingest(_:)``): a document that fails is rolled back alone and reported, the
/// others are stored. A file's documents are queued as one part when it
/// ends (or in parts, when it has many); a file's stored documents that its new version no
/// longer has are removed with its last part, but only when the whole file was read and stored
/// without a problem, so that a file that has become unreadable never loses what was stored
/// from it.
final class ExtractWriter: @unchecked Sendable {
    let store: (any GraphIngesting)?
    let files: [String]
    let json: Bool
    let progress: Progress
    private(set) var summary = Summary()
    private(set) var failures = 0
    private var jsonCount = 0

    /// The file being read: its documents not yet queued, the ids of those queued already, its
    /// problems (input problems and failed saves).
    private var pending: [ExtractedDocument] = []
    private var queuedIDs: Set<String> = []
    private var problems = 0
    private var articles = 0
    private var current: String?
    /// The parts of files to store with the next commit, in input order.
    private var queue: [SourceReplacement] = []
    private var queuedDocuments = 0
    /// The entities and relations of the documents pending and queued (see ``weight(_:)``).
    private var pendingWeight = 0
    private var queuedWeight = 0
    /// The bytes of article text of the documents pending and queued (the store keeps it).
    private var pendingTextBytes = 0
    private var queuedTextBytes = 0
    /// Documents of one file kept before they are queued as a part.
    static let group = 500
    /// Documents queued before they are committed, even within a batch.
    static let commitDocuments = 2_000
    /// Entities and relations kept before the documents are queued, and queued before they are
    /// committed: a chunk of a page that is one long paragraph is one document of thousands of
    /// them (about 1 MB), and a 49 MB page of one paragraph gave 380 such documents, all held
    /// until the end of the file (361 MB at the peak, 175 MB with this bound).
    static let groupWeight = 100_000
    static let commitWeight = 400_000
    /// Article text kept before the documents are queued, and queued before they are
    /// committed: the documents of a 49 MB page carry its 49 MB of text to the store, which
    /// would all be held until the page ends.
    static let groupTextBytes = 4 << 20
    static let commitTextBytes = 8 << 20

    init(store: (any GraphIngesting)?, files: [String], json: Bool, progress: Progress) {
        self.store = store
        self.files = files
        self.json = json
        self.progress = progress
    }

    /// Writes one batch of events and commits what it stored.
    func write(_ events: [BatchExtraction.Event], documents: [[ExtractedDocument]?]) {
        for (event, extracted) in zip(events, documents) {
            switch event {
            case .article(let file, let article, let warnings):
                report(warnings)
                articles += 1
                current = files[file]
                let found = extracted ?? []
                if json { printJSON(found, article: article) }
                pending += found
                pendingWeight += found.reduce(0) { $0 + Self.weight($1) }
                pendingTextBytes += found.reduce(0) { $0 + ($1.text?.utf8.count ?? 0) }
                if pending.count >= Self.group || pendingWeight >= Self.groupWeight
                    || pendingTextBytes >= Self.groupTextBytes
                {
                    queuePart(of: files[file], removesOthers: false)
                }
                progress.advance(bytes: article.byteCount, label: files[file])
            case .problem(let file, let error):
                progress.clear()
                printError("\(error)")
                problems += 1
                progress.advance(bytes: 0, label: files[file])
            case .warnings(_, let warnings):
                report(warnings)
            case .endOfFile(let file):
                finish(file: file)
                progress.finishFile()
            }
        }
        commit()
    }

    private func report(_ warnings: [InputWarning]) {
        guard !warnings.isEmpty else { return }
        progress.clear()
        for warning in warnings { printWarning("\(warning)") }
    }

    /// What a document holds, for the bounds on documents held: its entities and relations.
    static func weight(_ document: ExtractedDocument) -> Int {
        document.entities.count + document.implied.count + document.locations.count + document.relations.count
    }

    /// Queues the file's pending documents for the next commit.
    private func queuePart(of path: String, removesOthers: Bool) {
        let weight = pendingWeight
        let textBytes = pendingTextBytes
        pendingWeight = 0
        pendingTextBytes = 0
        guard store != nil else {
            for document in pending { summary.add(document, new: true) }
            pending = []
            return
        }
        queue.append(
            SourceReplacement(source: path, documents: pending, removesOthers: removesOthers, keeping: queuedIDs))
        queuedIDs.formUnion(pending.map(\.id))
        queuedDocuments += pending.count
        queuedWeight += weight
        queuedTextBytes += textBytes
        pending = []
        if queuedDocuments >= Self.commitDocuments || queuedWeight >= Self.commitWeight
            || queuedTextBytes >= Self.commitTextBytes
        {
            commit()
        }
    }

    private func finish(file: Int) {
        let path = files[file]
        if articles > 0 { summary.files += 1 }
        // The part that ends the file replaces its stored version when the whole file was
        // read and stored (standard input is no file to replace).
        queuePart(of: path, removesOthers: path != "-" && problems == 0 && articles > 0)
        queuedIDs = []
        failures += problems
        problems = 0
        articles = 0
        current = nil
    }

    /// Stores the queued parts with one commit, and counts and reports what happened to each
    /// document.
    private func commit() {
        guard let store, !queue.isEmpty else { return }
        let work = queue
        queue = []
        queuedDocuments = 0
        queuedWeight = 0
        queuedTextBytes = 0
        let results: [IngestResult]
        do {
            results = try store.ingest(work)
        } catch {
            let lost = work.reduce(0) { $0 + $1.documents.count }
            fail(error, note: "\(lost) document\(lost == 1 ? "" : "s") not stored", source: nil)
            return
        }
        for (part, result) in zip(work, results) {
            for (document, outcome) in zip(part.documents, result.documents) {
                switch outcome {
                case .success(let saved): summary.add(document, new: saved == .inserted)
                case .failure(let error): fail(error, note: nil, source: part.source)
                }
            }
            summary.removedDocuments += result.removed.count
        }
    }

    /// Reports a failed save. A failure of the file being read (or of a commit while a file is
    /// being read) counts as that file's problem, so that its last part removes nothing; any
    /// other counts at once.
    private func fail(_ error: any Error, note: String?, source: String?) {
        progress.clear()
        printError("\(error)" + (note.map { " (\($0))" } ?? ""))
        if let current, source == nil || source == current {
            problems += 1
        } else {
            failures += 1
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
