import Foundation
import GovGraphInput
import GovGraphModel
import GovGraphStore

/// Stores, counts and prints extracted documents in input order, on the writer thread only.
///
/// Each document is saved in its own transaction. A file's documents are kept until the file
/// ends (or saved early, in groups, when it has many); then its stored documents that the new
/// version no longer has are removed, but only when the whole file was read without a problem,
/// so that a file that has become unreadable never loses what was stored from it.
final class ExtractWriter: @unchecked Sendable {
    let store: GraphStore?
    let files: [String]
    let json: Bool
    let progress: Progress
    private(set) var summary = Summary()
    private(set) var failures = 0
    private var jsonCount = 0

    /// The file being written: its documents not yet saved, those saved already, its problems.
    private var pending: [ExtractedDocument] = []
    private var saved: [String] = []
    private var problems = 0
    private var articles = 0
    /// Documents of one file kept before they are saved in a group.
    static let group = 500

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
                articles += 1
                let found = extracted ?? []
                if json { printJSON(found, article: article) }
                pending += found
                if pending.count >= Self.group { saveGroup(file: file) }
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
    }

    private func report(_ warnings: [InputWarning]) {
        guard !warnings.isEmpty else { return }
        progress.clear()
        for warning in warnings { printWarning("\(warning)") }
    }

    /// Saves the file's pending documents now, remembering their ids for the replacement.
    private func saveGroup(file: Int) {
        guard let store else {
            for document in pending { summary.add(document, new: true) }
            pending = []
            return
        }
        for document in pending {
            do {
                let outcome = try store.save(document)
                summary.add(document, new: outcome == .inserted)
                saved.append(document.id)
            } catch {
                fail(error)
            }
        }
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
        }
        if articles > 0 { summary.files += 1 }
        guard let store, path != "-", problems == 0, articles > 0 else {
            saveGroup(file: file)
            return
        }
        // Documents saved in groups come back as unchanged stand-ins; the rest are saved now.
        let standIns = saved.map {
            ExtractedDocument(id: $0, source: path, title: nil, date: nil, start: 0, end: 0, entities: [], relations: [])
        }
        do {
            let result = try store.replaceDocuments(fromSource: path, with: standIns + pending)
            let inserted = Set(result.inserted)
            for document in pending { summary.add(document, new: inserted.contains(document.id)) }
            summary.removedDocuments += result.removed.count
        } catch {
            fail(error)
        }
    }

    private func fail(_ error: any Error) {
        progress.clear()
        printError("\(error)")
        problems += 1
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
