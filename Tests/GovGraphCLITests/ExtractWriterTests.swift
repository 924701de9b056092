import Foundation
import GovGraphInput
import GovGraphModel
import GovGraphStore
import Testing

@testable import govgraph

/// When `govgraph extract` stores what it read: a file's documents are stored together, unless
/// they hold so many entities and relations that keeping them to the end of the file would
/// break the memory bound.
@Suite("The extract writer's commits")
struct ExtractWriterTests {
    @Test(
        "A file's documents wait for its end, unless they hold too many entities and relations",
        arguments: [
            // (relations per document, documents stored before the end of the file)
            (10, 0),
            (ExtractWriter.groupWeight / 3 + 1, 3),
        ])
    func groupsByWeight(relations: Int, storedBeforeEnd: Int) throws {
        // Given a writer into a store that records what it is given
        let store = RecordingStore()
        let writer = ExtractWriter(
            store: store, files: ["seite.html"], json: false,
            progress: Progress(totalBytes: 0, files: 1, enabled: false))
        let article = InputArticle(path: "seite.html", text: "Leipzig lädt ein.")

        // When one batch brings three documents of the file, and then the file ends
        let documents = (0..<3).map { Self.document(number: $0, relations: relations) }
        writer.write(
            documents.map { _ in .article(file: 0, article, warnings: []) }, documents: documents.map { [$0] })
        let before = store.documents
        writer.write([.endOfFile(file: 0)], documents: [nil])

        // Then light documents are stored together at the end, heavy ones at once
        #expect(before == storedBeforeEnd)
        #expect(store.documents == 3)
        #expect(writer.failures == 0)
    }

    /// A document of the file with `relations` co-mentions of two persons.
    static func document(number: Int, relations: Int) -> ExtractedDocument {
        let a = Entity(
            id: EntityID(rawValue: "person:anna-\(number)"), name: "Anna \(number)", type: .person,
            mentions: [Mention(text: "Anna", start: 0, end: 4)])
        let b = Entity(
            id: EntityID(rawValue: "person:berta-\(number)"), name: "Berta \(number)", type: .person,
            mentions: [Mention(text: "Berta", start: 9, end: 14)])
        let links = (0..<relations).map { index in
            Relation(
                subject: a.id, predicate: .coMentioned, object: b.id,
                evidence: Evidence(start: index, end: index + 1, text: "x"))
        }
        return ExtractedDocument(
            id: "doc-\(number)", source: "seite.html", title: nil, date: nil, start: number * 100,
            end: number * 100 + 50, entities: [a, b], relations: links)
    }
}

/// A store that takes every document and counts them.
private final class RecordingStore: GraphIngesting, @unchecked Sendable {
    private let lock = NSLock()
    private var stored = 0

    var documents: Int { lock.withLock { stored } }

    func ingest(_ replacements: [SourceReplacement]) throws -> [IngestResult] {
        lock.withLock { stored += replacements.reduce(0) { $0 + $1.documents.count } }
        return replacements.map { IngestResult(documents: $0.documents.map { _ in .success(.inserted) }) }
    }
}
