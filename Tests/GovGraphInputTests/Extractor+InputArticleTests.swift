import Foundation
import GovGraphExtraction
import GovGraphModel
import Testing

@testable import GovGraphInput

@Suite("Extracting input articles")
struct ExtractorInputArticleTests {
    static let extractor: Extractor = {
        let folder = Fixtures.folder.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("gazetteer")
        return Extractor(gazetteer: try! GazetteerLoader.load(folder: folder))
    }()

    @Test("A reader's title and date become the document's, and date its relations")
    func titleAndDate() {
        let article = InputArticle.titled(
            path: "a.jsonl", title: "Neue Oberbürgermeisterin in Bonn",
            body: "Katja Dörner ist Oberbürgermeisterin der Stadt Bonn.", date: "2020-11-01")
        let documents = Self.extractor.extract(article)
        #expect(documents.count == 1)
        #expect(documents.first?.title == "Neue Oberbürgermeisterin in Bonn")
        #expect(documents.first?.date == "2020-11-01")
        let dates: [String?] = documents.first?.relations.map(\.date) ?? []
        #expect(!dates.isEmpty && dates.allSatisfy { $0 == "2020-11-01" })
    }

    @Test("A text with dated items keeps the segmenter's articles and dates")
    func datedItems() {
        let text = "Erste\n[31.10.2019] Burkhard Jung sprach in Leipzig.\n\nZweite\n[01.11.2020] Katja Dörner sprach in Bonn.\n"
        let documents = Self.extractor.extract(InputArticle(path: "p.txt", text: text, date: "2024-01-01"))
        let dates: [String?] = documents.map(\.date)
        #expect(dates == ["2019-10-31", "2020-11-01"])
    }

    @Test("A chunk's offsets are shifted to the whole file")
    func offsets() {
        let text = "Leipzigs Oberbürgermeister Burkhard Jung sprach.\n"
        let plain = Self.extractor.extract(InputArticle(path: "t.txt", text: text))
        let shifted = Self.extractor.extract(InputArticle(path: "t.txt", text: text, offset: 1000))
        let plainStarts: [Int] = plain.flatMap(\.entities).flatMap(\.mentions).map(\.start)
        let shiftedStarts: [Int] = shifted.flatMap(\.entities).flatMap(\.mentions).map(\.start)
        #expect(!plainStarts.isEmpty)
        #expect(shiftedStarts == plainStarts.map { $0 + 1000 })
        #expect(shifted.first?.start == 1000)
        #expect(shifted.first?.relations.first?.evidence.start == (plain.first?.relations.first?.evidence.start ?? 0) + 1000)
    }
}
