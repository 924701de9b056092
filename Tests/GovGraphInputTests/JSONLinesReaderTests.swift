import Foundation
import Testing

@testable import GovGraphInput

struct JSONLinesReaderTests {
    static func read(_ text: String, fields: JSONFields = JSONFields()) -> [InputItem] {
        var reader = JSONLinesReader(source: ByteSource(data: Data(text.utf8)), path: "a.jsonl", fields: fields)
        var items: [InputItem] = []
        while let item = reader.next() { items.append(item) }
        return items
    }

    static func articles(_ items: [InputItem]) -> [InputArticle] {
        items.compactMap { if case .article(let article, _) = $0 { article } else { nil } }
    }

    static func problems(_ items: [InputItem]) -> [String] {
        items.compactMap { if case .problem(let error) = $0 { error.description } else { nil } }
    }

    @Test("The fixture: three articles with their fields; the broken line is reported by number")
    func fixture() throws {
        let items = Self.read(try Fixtures.text("meldungen.jsonl"))
        let articles = Self.articles(items)
        let ids: [String?] = articles.map(\.externalID)
        #expect(ids == ["m-1", "m-2", "m-4"])
        let dates: [String?] = articles.map(\.date)
        #expect(dates == ["2019-10-31", "2022-10-14", "2020-11-01"])
        #expect(articles[0].url == "https://staedtetag.example/presse/1")
        #expect(articles[0].location == "line 1")
        // HTML is read as a page: entities decoded, scripts dropped
        #expect(articles[1].text.contains("DLT-Präsident Reinhard Sager") && !articles[1].text.contains("Kassel"))
        #expect(Self.problems(items) == ["a.jsonl:3: not valid JSON; line skipped"])
    }

    @Test("Bad lines are reported with their number and what is wrong; the rest goes on", arguments: [
        ("[1, 2]", "a.jsonl:2: expected a JSON object; line skipped"),
        ("{\"title\": \"Ohne Text\"}", "a.jsonl:2: no text: the fields \"text\" and \"html\" are missing or empty; line skipped"),
        ("{\"text\": \"Abgeschnitten", "a.jsonl:2: not valid JSON; line skipped"),
    ])
    func badLines(line: String, message: String) {
        let items = Self.read("{\"text\": \"Bonn\"}\n\(line)\n\n{\"text\": \"Köln\"}\n")
        #expect(Self.articles(items).map(\.text) == ["Bonn\n", "Köln\n"])
        #expect(Self.problems(items) == [message])
    }

    @Test("Field names are configurable, nested ones with dots")
    func fields() {
        var fields = JSONFields()
        fields.text = "inhalt"
        fields.date = "meta.veroeffentlicht"
        fields.title = "ueberschrift"
        let items = Self.read(
            "{\"inhalt\": \"Kristina Sinemus sprach.\", \"ueberschrift\": \"Hessen\", \"meta\": {\"veroeffentlicht\": \"07.11.2023\"}}",
            fields: fields)
        let article = Self.articles(items).first
        #expect(article?.date == "2023-11-07")
        #expect(article?.text == "Hessen\n\nKristina Sinemus sprach.\n")
    }

    @Test("Fields of the wrong type are named: text and HTML skip the line, title, date and URL are ignored with a warning", arguments: [
        ("{\"text\": 12345}", "j.jsonl:1: the field \"text\" holds a number or true/false, not a string; line skipped"),
        ("{\"text\": \"Kiel\", \"html\": [1]}", "j.jsonl:1: the field \"html\" holds an array, not a string; line skipped"),
        ("{\"text\": \"Kiel\", \"title\": {\"de\": \"x\"}}", "j.jsonl:1: the field \"title\" holds an object, not a string; ignored"),
        ("{\"text\": \"Kiel\", \"date\": 20240314}", "j.jsonl:1: the field \"date\" holds a number or true/false, not a string; ignored"),
        ("{\"text\": \"Kiel\", \"id\": 7, \"title\": null}", nil),
    ] as [(String, String?)])
    func wrongTypes(line: String, message: String?) throws {
        var reader = JSONLinesReader(source: ByteSource(data: Data((line + "\n").utf8)), path: "j.jsonl", fields: JSONFields())
        let next = reader.next()
        let item = try #require(next)
        switch item {
        case let .problem(error): #expect(error.description == message)
        case let .article(article, warnings):
            #expect(warnings.map(\.description) == (message.map { [$0] } ?? []))
            #expect(article.text.contains("Kiel"))
        case .warnings: Issue.record("no file warnings expected")
        }
    }
}
