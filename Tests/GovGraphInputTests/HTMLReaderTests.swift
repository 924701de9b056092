import Foundation
import Testing

@testable import GovGraphInput

struct HTMLReaderTests {
    @Test("A news page gives its article: title, date, canonical URL, paragraphs, alt text, caption")
    func article() throws {
        let articles = try HTMLReader.read(try Fixtures.text("leipzig-buergeramt.html"), path: "l.html")
        #expect(articles.count == 1)
        let page = try #require(articles.first)
        #expect(page.title == "Leipzig: Bürgeramt mit Online-Termin")
        #expect(page.date == "2024-03-14")
        #expect(page.url == "https://kommunalportal.example/artikel/leipzig-buergeramt")
        let paragraphs = page.text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .newlines) }
        #expect(paragraphs.first == "Leipzig: Bürgeramt mit Online-Termin")
        #expect(paragraphs.contains("Oberbürgermeister Burkhard Jung bei der Eröffnung des Bürgeramts in Leipzig-Grünau"))
        #expect(paragraphs.contains("Foto: Stadt Leipzig"))
        #expect(paragraphs.contains { $0.hasPrefix("Leipzigs Oberbürgermeister Burkhard Jung hat am Donnerstag") })
        #expect(paragraphs.contains("Das Angebot gehört zur Umsetzung des Onlinezugangsgesetzes (OZG) in Sachsen."))
    }

    @Test("Scripts, styles, navigation, cookie banners, asides, sharing and footers are dropped", arguments: [
        "Olaf Scholz", "dataLayer", "font-family", "Cookies", "Politik", "Start", "Mehr zum Thema", "Dirk Hilbert",
        "Mastodon", "Meistgelesen", "Henriette Reker", "Impressum", "Logo", "Kassel",
    ])
    func furniture(word: String) throws {
        let page = try #require(try HTMLReader.read(try Fixtures.text("leipzig-buergeramt.html"), path: "l.html").first)
        #expect(!page.text.contains(word))
    }

    @Test("A list page gives one article per <article>, with its date and absolute link")
    func listPage() throws {
        let articles = try HTMLReader.read(try Fixtures.text("digitalnachrichten-liste.html"), path: "d.html")
        let titles: [String?] = articles.map(\.title)
        #expect(titles == ["Hessen: Digitalministerin lobt Kommunen", "Bayern: Neuer Digitalminister"])
        let dates: [String?] = articles.map(\.date)
        #expect(dates == ["2023-11-07", "2023-11-09"])
        #expect(articles.first?.url == "https://verwaltungsdigital.example/laender/hessen-sinemus")
        #expect(articles.last?.text.contains("Staatsminister Fabian Mehring in München") == true)
        #expect(articles.allSatisfy { !$0.text.contains("Weiter") && !$0.text.contains("Länder") })
    }

    @Test("Entities are decoded, in text and attributes, whatever charset the page declares", arguments: [
        "<meta charset=\"iso-8859-1\"><p>Gr&uuml;&szlig;e aus K&ouml;ln &amp; D&uuml;sseldorf &#8211; &#x201E;gut&#x201C;</p>",
        "<p>Grüße aus Köln &amp; Düsseldorf – „gut“</p>",
    ])
    func entities(html: String) throws {
        let page = try #require(try HTMLReader.read("<html><body>\(html)</body></html>", path: "e.html").first)
        #expect(page.text == "Grüße aus Köln & Düsseldorf – „gut“\n")
    }

    @Test("A date written near the top is found when the page has no metadata")
    func visibleDate() throws {
        let html = "<body><h1>Bonn digital</h1><p>Bonn, 1. Oktober 2025</p><p>Katja Dörner eröffnete das Amt.</p></body>"
        let page = try #require(try HTMLReader.read(html, path: "b.html").first)
        #expect(page.date == "2025-10-01")
        #expect(page.title == "Bonn digital")
    }

    @Test("A page without text is reported")
    func empty() {
        #expect(throws: InputError.malformed("x.html", reason: "the HTML page has no text")) {
            try HTMLReader.read("<html><body><nav>Start</nav><script>x()</script></body></html>", path: "x.html")
        }
    }

    @Test("Deep nesting, a text node over 10 MB and a script over 10 MB lose nothing after them", arguments: [
        ("deep", String(repeating: "<div>", count: 3_000) + "<p>Tief drinnen in Bonn.</p>" + String(repeating: "</div>", count: 3_000)),
        ("long text", "<p>" + String(repeating: "Wort ", count: 2_200_000) + "</p>"),
        ("long script", "<script>" + String(repeating: "x=1;", count: 2_750_000) + "</script>"),
    ])
    func nothingLostAfter(what: String, inner: String) throws {
        let html = "<html><body><p>Vorher in Kiel.</p>" + inner + "<p>Danach in Mainz.</p></body></html>"
        let articles = try HTMLReader.read(html, path: "\(what).html")
        let text = try #require(articles.first?.text)
        #expect(text.hasPrefix("Vorher in Kiel."))
        #expect(text.hasSuffix("Danach in Mainz.\n"))
        if what == "deep" { #expect(text.contains("Tief drinnen in Bonn.")) }
    }
}

extension HTMLReaderTests {
    @Test("A page streamed in blocks gives its articles in parts of at most twice the chunk size, joined the text it gives whole")
    func parts() throws {
        let paragraph = "<p>Oberbürgermeister Burkhard Jung eröffnete das Bürgeramt in Leipzig-Grünau.</p>\n"
        let html = "<html><head><title>Bürgeramt | Stadt</title></head><body><h1>Bürgeramt</h1>"
            + String(repeating: paragraph, count: 500) + "</body></html>"
        let whole = try HTMLReader.read(html, path: "l.html")
        var opened = 0
        let parts = try HTMLReader.read(path: "l.html", byteCount: html.utf8.count, chunkBytes: 2048) {
            opened += 1
            return HTMLReader.blocks(of: html)
        }
        #expect(opened == 2)
        #expect(whole.count == 1 && parts.count > 10)
        #expect(parts.allSatisfy { $0.text.utf8.count <= 4096 })
        #expect(parts.map(\.text).joined() == whole[0].text)
        #expect(parts.first?.title == "Bürgeramt" && parts.dropFirst().allSatisfy { $0.title == nil })
        #expect(parts[1].location == "part 2" && parts[1].offset == parts[0].text.unicodeScalars.count)
    }

    @Test("The title's paragraph is left out once; a list page's items come with their own titles", arguments: [
        ("<h1>Bonn</h1><p>Bonn</p><p>Katja Dörner spricht.</p>", "Bonn\n\nKatja Dörner spricht.\n"),
        ("<p>Vorspann</p><h1>Bonn</h1><p>Katja Dörner spricht.</p>", "Bonn\n\nVorspann\n\nKatja Dörner spricht.\n"),
        ("<article><h2>Kiel</h2><p>Text eins.</p></article><article><h2>Kiel</h2></article><article><p>Text drei.</p></article>",
         "Kiel\n\nText eins.\n|Text drei.\n"),
    ])
    func titles(body: String, text: String) throws {
        let articles = try HTMLReader.read("<html><body>" + body + "</body></html>", path: "b.html")
        #expect(articles.map(\.text).joined(separator: "|") == text)
    }
}

extension HTMLReaderTests {
    @Test("Written on a thread of its own while it is taken, a page gives the parts it gives when read")
    func streamed() throws {
        let paragraph = "<p>Die Oberbürgermeisterin von Bonn, Katja Dörner, eröffnete das Amt.</p>\n"
        let html = "<html><body><article><h2>Bonn</h2>" + String(repeating: paragraph, count: 200)
            + "</article><article><h2>Köln</h2><p>Henriette Reker sprach.</p></article></body></html>"
        let read = try HTMLReader.read(path: "b.html", byteCount: 0, chunkBytes: 1024) { HTMLReader.blocks(of: html) }
        let queue = try HTMLReader.stream(path: "b.html", byteCount: 0, chunkBytes: 1024) { HTMLReader.blocks(of: html) }
        var streamed: [InputArticle] = []
        while let part = queue.next() { streamed.append(part) }
        #expect(streamed == read)
        #expect(read.count > 10 && read.last?.location == "article 2")
    }
}
