import Testing

@testable import GovGraphExtraction

struct ArticleSegmenterTests {
    /// Page furniture, a teaser with a kicker glued to its title, a caption, and a full item.
    static let page = """
        Menü
        Suche

        InterviewBrücken bauen
        [31.10.2019] Im Gespräch erklärt Burkhard Jung die Pläne des Deutschen Städtetags. mehr...

        Foto: Stadt Leipzig
        Sachsen-Anhalt: Serviceagentur startet
        [01.11.2019] Digitalministerin Lydia Hüskens kündigte an, dass das Land hilft.

        """

    @Test("Dated items become articles with date and title")
    func datedItems() throws {
        let document = Document.prepared(Self.page, through: .segment)
        #expect(document.articles.count == 2)
        let first = try #require(document.articles.first)
        let second = try #require(document.articles.last)
        #expect(first.date == "2019-10-31")
        #expect(first.title == "Brücken bauen")
        #expect(second.date == "2019-11-01")
        #expect(second.title == "Sachsen-Anhalt: Serviceagentur startet")
        // Page furniture belongs to no article.
        #expect(first.start == document.range(of: "InterviewBrücken")?.lowerBound)
    }

    @Test("The kicker is cut from the title, also in its offsets")
    func kicker() throws {
        let document = Document.prepared(Self.page, through: .segment)
        let first = try #require(document.articles.first)
        let start = try #require(first.titleStart)
        let end = try #require(first.titleEnd)
        #expect(document.slice(start, end) == "Brücken bauen")
        #expect(start == document.range(of: "Brücken bauen")?.lowerBound)
    }

    @Test("A teaser ends at its 'mehr...' line; the caption after it opens the next article")
    func teaserBoundary() throws {
        let document = Document.prepared(Self.page, through: .segment)
        let first = try #require(document.articles.first)
        let second = try #require(document.articles.last)
        #expect(document.slice(first.start, first.end).hasSuffix("Städtetags. mehr..."))
        #expect(document.slice(second.start, second.end).hasPrefix("Foto: Stadt Leipzig\nSachsen-Anhalt:"))
        #expect(second.end == document.scalars.count)
    }

    @Test("A full article runs until the next item's title")
    func fullArticles() {
        let text = "Erster Titel\n[05.03.2021] Leipzig startet.\nMehr Text.\n\nZweiter Titel\n[06.03.2021] Lüneburg folgt."
        let document = Document.prepared(text, through: .segment)
        #expect(document.articles.map { document.slice($0.start, $0.end) } == [
            "Erster Titel\n[05.03.2021] Leipzig startet.\nMehr Text.\n\n",
            "Zweiter Titel\n[06.03.2021] Lüneburg folgt.",
        ])
        #expect(document.articles.map(\.title) == ["Erster Titel", "Zweiter Titel"])
        #expect(document.articles.map(\.date) == ["2021-03-05", "2021-03-06"])
    }

    @Test(
        "Without dated items the text is one article; its first line is the title when short and followed by text",
        arguments: [
            ("Nur ein Titel\nDer Text folgt hier.", "Nur ein Titel" as String?),
            ("Ein Satz ohne Titel.", nil),
            ("Erster Satz endet hier.\nZweiter Satz.", nil),
            ("Titel\n[32.13.2020] Kein gültiges Datum.", "Titel"),
            ("Titel\n[1.1.20] Kein gültiges Datum.", "Titel"),
        ])
    func undated(text: String, title: String?) throws {
        let document = Document.prepared(text, through: .segment)
        let article = try #require(document.articles.first)
        #expect(document.articles.count == 1)
        #expect(article.date == nil)
        #expect(article.start == 0)
        #expect(article.end == document.scalars.count)
        #expect(article.title == title)
    }

    @Test(
        "Bracket dates",
        arguments: [
            ("[31.10.2019] Text", "2019-10-31" as String?),
            ("  [1.2.2020] Text", "2020-02-01"),
            ("[32.10.2019] Text", nil),
            ("[31.13.2019] Text", nil),
            ("[31.10.19] Text", nil),
            ("Text [31.10.2019]", nil),
        ])
    func bracketDate(line: String, expected: String?) {
        #expect(ArticleSegmenter.bracketDate(line) == expected)
    }

    @Test("Teaser markers", arguments: [("Text. mehr...", true), ("Text mehr…  ", true), ("Text weiterlesen", true), ("Nicht mehr.", false)])
    func teaser(line: String, expected: Bool) {
        #expect(ArticleSegmenter.isTeaser(line) == expected)
    }

    @Test("No sentence reaches over two articles: a teaser line without a full stop is cut from the next article's title")
    func sentencesInsideArticles() throws {
        // Found by the extraction fuzzer: the relation of a sentence over both articles had
        // its evidence outside its document.
        let text = "[14.03.2024] Leipzig startet das Bürgeramt und\npg Oberbürgermeister Burkhard Jung eröffnete es. Sachsen freut sich.\n\n[02.05.2024] Wechsel in Bonn\nKatja Dörner folgt.\n"
        let document = Document.prepared(text, through: .segment)
        #expect(document.articles.count == 2)
        #expect(document.articles[1].title?.hasPrefix("pg Oberbürgermeister") == true)
        for sentence in document.sentences {
            let inside = document.articles.contains { $0.start <= sentence.start && sentence.end <= $0.end }
            let outside = document.articles.allSatisfy { sentence.end <= $0.start || sentence.start >= $0.end }
            #expect(inside || outside, "\(document.slice(sentence.start, sentence.end))")
        }
        let tokens = document.sentences.map(\.tokens)
        #expect(tokens.first?.lowerBound == 0 && tokens.last?.upperBound == document.tokens.count)
        #expect(zip(tokens, tokens.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
    }
}
