import ArgumentParser
import Foundation
import GovGraphExtraction
import GovGraphInput
import GovGraphModel
import GovGraphStore

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract entities and relations from texts and store them.",
        discussion: """
            Reads .txt files, folders (recursively) and - (standard input). A page with dated items \
            ("[31.10.2019] …") gives one document per item. Each document is stored in one \
            transaction; a text extracted before is recognised by its content hash and left as it is. \
            A file extracted before is replaced: its stored articles that the new version no longer \
            has (or has changed) are removed. \
            Inputs that cannot be read are reported and skipped; the exit status is 1 if any failed.
            """)

    @Argument(help: "Text files, folders or - for standard input.")
    var paths: [String]

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var gazetteerOptions: GazetteerOptions

    @Flag(help: "Print the extracted documents as JSON.")
    var json = false

    @Flag(help: "Do not write to the database.")
    var noStore = false

    @Flag(name: .shortAndLong, help: "No progress display.")
    var quiet = false

    func run() throws {
        let files = try InputReader.expand(paths)
        guard !files.isEmpty else { throw CLIError("no .txt files in \(paths.joined(separator: ", "))") }
        let extractor = Extractor(gazetteer: try gazetteerOptions.load())
        let store = noStore ? nil : try GraphStore(path: database.db)
        let progress = Progress(total: files.count, enabled: !quiet)
        var summary = Summary()
        var documents: [ExtractedDocument] = []
        var failures = 0
        for (index, path) in files.enumerated() {
            progress.update(index, path)
            do {
                let input = try InputReader.read(path)
                let extracted = extractor.extract(text: input.text, source: path)
                if let store, path != "-" {
                    // A file's new version replaces its old one: articles that are gone or
                    // changed are removed, unchanged ones stay.
                    let result = try store.replaceDocuments(fromSource: path, with: extracted)
                    let inserted = Set(result.inserted)
                    for document in extracted { summary.add(document, new: inserted.contains(document.id)) }
                    summary.removedDocuments += result.removed.count
                } else {
                    for document in extracted {
                        let outcome = try store?.save(document)
                        summary.add(document, new: outcome != .unchanged)
                    }
                }
                if json { documents += extracted }
                summary.files += 1
            } catch {
                progress.clear()
                printError("\(error)")
                failures += 1
            }
        }
        progress.clear()
        if json {
            print(try JSONOutput.encode(["documents": documents]))
        } else {
            print(summary.render(database: noStore ? nil : database.db))
        }
        if failures > 0 {
            throw ExitCode(1)
        }
    }
}

/// Counts for the summary after an extraction.
struct Summary {
    var files = 0
    var documents = 0
    var newDocuments = 0
    /// Stored documents of the files that their new versions no longer have.
    var removedDocuments = 0
    var entities: [EntityType: Set<EntityID>] = [:]
    var relations: [GovGraphModel.Predicate: Int] = [:]

    mutating func add(_ document: ExtractedDocument, new: Bool) {
        documents += 1
        if new { newDocuments += 1 }
        for entity in document.entities { entities[entity.type, default: []].insert(entity.id) }
        for relation in document.relations { relations[relation.predicate, default: 0] += 1 }
    }

    func render(database: String?) -> String {
        var lines: [String] = []
        let unchanged = documents - newDocuments
        var head = "\(files) file\(files == 1 ? "" : "s"), \(documents) document\(documents == 1 ? "" : "s")"
        if database != nil {
            head += " (\(newDocuments) new, \(unchanged) already stored"
            head += removedDocuments > 0 ? ", \(removedDocuments) removed)" : ")"
        }
        lines.append(head)
        let entityParts = EntityType.allCases.compactMap { type in
            entities[type].map { "\($0.count) \($0.count == 1 ? type.rawValue : type.plural)" }
        }
        lines.append("entities: " + (entityParts.isEmpty ? "none" : entityParts.joined(separator: ", ")))
        let relationParts = GovGraphModel.Predicate.allCases.compactMap { p in relations[p].map { "\($0) \(p.rawValue)" } }
        lines.append("relations: " + (relationParts.isEmpty ? "none" : relationParts.joined(separator: ", ")))
        if let database { lines.append("database: \(database)") }
        return lines.joined(separator: "\n")
    }
}
