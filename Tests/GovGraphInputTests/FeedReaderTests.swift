import Testing

@testable import GovGraphInput

struct FeedReaderTests {
    @Test("Each RSS item is an article with its title, date, link and text")
    func rss() throws {
        let items = try FeedReader.read(try Fixtures.text("laender.rss"), path: "l.rss")
        #expect(items.count == 2)
        let first = try #require(items.first)
        #expect(first.title == "Schleswig-Holstein: Zwischenbilanz der Landesverwaltung")
        #expect(first.date == "2025-09-15")
        #expect(first.url == "https://verwaltungsdigital.example/sh-schroedter")
        #expect(first.externalID == "sh-2025-09-15")
        #expect(first.text.contains("Digitalisierungsminister Dirk Schrödter zog"))
        // content:encoded wins over the description
        #expect(items[1].text.contains("Lydia Hüskens") && !items[1].text.contains("Kurzfassung"))
        #expect(items[1].date == "2024-05-02")
    }

    @Test("Each Atom entry is an article: published (else updated), alternate link, content or summary")
    func atom() throws {
        let entries = try FeedReader.read(try Fixtures.text("bund.atom"), path: "b.atom")
        let dates: [String?] = entries.map(\.date)
        #expect(dates == ["2025-05-06", "2024-10-16"])
        let urls: [String?] = entries.map(\.url)
        #expect(urls == ["https://bund.example/bmds", "https://bund.example/nkr"])
        #expect(entries[0].text == "Digitalministerium nimmt Arbeit auf\n\nKarsten Wildberger ist Bundesminister für Digitales und Staatsmodernisierung.\n")
        #expect(entries[1].text.contains("Lutz Goebel"))
    }

    @Test("XML that is not a feed is reported with its root element")
    func notAFeed() {
        #expect(throws: InputError.malformed("s.xml", reason: "XML, but not an RSS 2.0 or Atom feed (the root element is <urlset>)")) {
            try FeedReader.read("<?xml version=\"1.0\"?><urlset><url><loc>x</loc></url></urlset>", path: "s.xml")
        }
    }
}
