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

    /// An RSS feed whose DTD declares one entity of `words` words, referenced `references` times.
    static func entityFeed(words: Int, references: Int) -> String {
        let value = Array(repeating: "Wort", count: words).joined(separator: " ")
        let refs = String(repeating: "&w; ", count: references)
        return """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY w "\(value)">]>
            <rss version="2.0"><channel><title>K</title>
            <item><title>Landtag in Kiel</title><description>Daniel Günther sprach. \(refs) Ende.</description></item>
            <item><title>Zweite Meldung</title><description>Nur Text.</description></item>
            </channel></rss>
            """
    }

    @Test("Entities a feed's DTD declares are not expanded: the text stays a small multiple of the file, with a warning")
    func entityExpansion() throws {
        let xml = Self.entityFeed(words: 200, references: 2_000)
        var warnings: [InputWarning] = []
        let items = try FeedReader.read(xml, path: "e.rss", warnings: &warnings)
        #expect(items.count == 2)
        let total = items.reduce(0) { $0 + $1.text.utf8.count }
        #expect(total <= 2 * xml.utf8.count)
        #expect(items[0].text.contains("Daniel Günther sprach.") && items[0].text.contains("Ende."))
        #expect(!items[0].text.contains("Wort"))
        let messages: [String] = warnings.map(\.description)
        #expect(messages == ["e.rss: the feed's DTD declares entities (<!ENTITY>); they are not expanded and their references are left out"])
    }

    @Test("An Atom entry with an entity bomb keeps its text, without the entity")
    func atomEntityBomb() throws {
        var declarations = "<!ENTITY a0 \"ha\">"
        for level in 1...9 {
            declarations += "<!ENTITY a\(level) \"" + String(repeating: "&a\(level - 1);", count: 10) + "\">"
        }
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE feed [\(declarations)]>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>B</title>
            <entry><title>Digitalministerium</title><id>x1</id>
            <content type="text">Karsten Wildberger ist Bundesminister. &a9; Er sprach in Berlin.</content></entry>
            </feed>
            """
        var warnings: [InputWarning] = []
        let entries = try FeedReader.read(xml, path: "b.atom", warnings: &warnings)
        #expect(entries.count == 1)
        let text = try #require(entries.first?.text)
        #expect(text.contains("Karsten Wildberger ist Bundesminister.") && text.contains("Er sprach in Berlin."))
        #expect(!text.contains("haha"))
        #expect(warnings.count == 1)
    }

    @Test("A malformed feed keeps every item after the error; a cut-off item is left out, not half stored", arguments: [
        ("""
            <?xml version="1.0"?>
            <rss version="2.0"><channel><title>Land</title>
            <item><title>Zwei & Drei</title></b><description>Daniel Günther sprach in Kiel.</description></item>
            <item><title>Zweite</title><description>Manuela Schwesig besuchte Schwerin.</description></item>
            </channel></rss>
            """, ["Zwei & Drei", "Zweite"],
         ["b.rss:3: not well-formed XML (xmlParseEntityRef: no name); repaired (1 stray end tag dropped, 1 bare & or < read as text) and read whole"]),
        ("""
            <?xml version="1.0"?>
            <rss version="2.0"><channel><title>Land</title>
            <item><title>Erste</title><description>Manuela Schwesig besuchte Schwerin.</description></item>
            <item><title>Zweite</title><description>Kai Wegner sprach in Berl
            """, ["Erste"],
         ["b.rss:4: not well-formed XML (Premature end of data in tag description line 4); repaired (2 unclosed elements closed) and read whole",
          "b.rss:4: the file ends inside this item, which is left out"]),
    ])
    func malformed(xml: String, titles: [String], messages: [String]) throws {
        var warnings: [InputWarning] = []
        let items = try FeedReader.read(xml, path: "b.rss", warnings: &warnings)
        #expect(items.map(\.title) == titles)
        #expect(items.allSatisfy { !$0.text.contains("Berl\n") })
        #expect(warnings.map(\.description) == messages)
    }

    @Test("Unclosed items nested in each other give no more text than the feed holds")
    func nestedItems() throws {
        // Found by the feed fuzzer: every unclosed RSS 1.0 item held all later ones.
        let items = String(repeating: "<item><title>Eins <description>Text in Bonn ", count: 300)
        let xml = "<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\(items)</rdf:RDF>"
        let read = try FeedReader.read(xml, path: "n.rdf")
        #expect(read.reduce(0) { $0 + $1.text.utf8.count } <= 2 * xml.utf8.count)
    }
}
