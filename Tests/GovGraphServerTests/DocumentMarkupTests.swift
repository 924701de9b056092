import Foundation
import GovGraphModel
import GovGraphStore
import Testing

@testable import GovGraphServer

/// The marked text of a document: escaped, in paragraphs, each mention linked once.
@Suite struct DocumentMarkupTests {
    static let bonn = EntitySummary(id: "municipality:05314000", name: "Bonn", type: .municipality)
    static let doerner = EntitySummary(id: "person:katja-doerner", name: "Katja Dörner", type: .person)

    static func mention(_ entity: EntitySummary, _ start: Int, _ end: Int, _ text: String) -> StoredDocument.DocumentMention {
        StoredDocument.DocumentMention(entity: entity, start: start, end: end, text: text)
    }

    static let bonnLink = #"<a class="mention municipality" href="/entity/municipality:05314000" title="Bonn (municipality)">"#
    static let doernerLink = #"<a class="mention person" href="/entity/person:katja-doerner" title="Katja Dörner (person)">"#

    /// (what the case shows, text, its start in the input, mentions, HTML)
    static let cases: [(String, String, Int, [StoredDocument.DocumentMention], String)] = [
        ("a line end is <br>, a blank line a new paragraph, line ends at either end are left out",
         "\nBonn\nheute\n\n\nmorgen\n", 0, [],
         "<p>Bonn<br>\nheute</p>\n<p>morgen</p>"),
        ("mentions are linked, at offsets less the text's start",
         "Katja Dörner regiert Bonn.", 100, [mention(doerner, 100, 112, "Katja Dörner"), mention(bonn, 121, 125, "Bonn")],
         "<p>\(doernerLink)Katja Dörner</a> regiert \(bonnLink)Bonn</a>.</p>"),
        ("a mention over a line end is linked, over a blank line it is not",
         "Katja\nDörner und Bonn\n\nX", 0, [mention(doerner, 0, 12, "Katja\nDörner"), mention(bonn, 17, 24, "Bonn\n\nX")],
         "<p>\(doernerLink)Katja<br>\nDörner</a> und Bonn</p>\n<p>X</p>"),
        ("an overlapping mention and one outside the text are not linked; the longer of two at one start is",
         "Bonn Bonn", 10, [mention(bonn, 10, 14, "Bonn"), mention(doerner, 10, 19, "Bonn Bonn"), mention(bonn, 15, 19, "Bonn"),
                           mention(bonn, 18, 30, "n…"), mention(bonn, 0, 4, "…")],
         "<p>\(doernerLink)Bonn Bonn</a></p>"),
        ("markup, quotes and CDATA ends are escaped",
         "<script>\"a\" & 'b' ]]></script>", 0, [],
         "<p>&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39; ]]&gt;&lt;/script&gt;</p>"),
        ("code points past the Basic Multilingual Plane count once",
         "😀 Bonn", 0, [mention(bonn, 2, 6, "Bonn")],
         "<p>😀 \(bonnLink)Bonn</a></p>"),
    ]

    @Test(arguments: cases)
    func paragraphs(shows: String, text: String, start: Int, mentions: [StoredDocument.DocumentMention], html: String) {
        #expect(DocumentMarkup.paragraphs(text, start: start, mentions: mentions) == html, "\(shows)")
    }

    @Test func passageKeepsItsLineEnds() {
        // A passage (an evidence sentence) is marked as it is, without paragraphs.
        let passage = StoredDocument.Passage(kind: .sentence, start: 5, end: 14, text: "in\nBonn <")
        let html = DocumentMarkup.html(passage, mentions: [Self.mention(Self.bonn, 8, 12, "Bonn")])
        #expect(html == "in\n\(Self.bonnLink)Bonn</a> &lt;")
    }

    @Test func megabyteIsMarkedWhole() {
        // A text of 1 MB with two mentions in every line is marked whole. (Its speed is measured,
        // not timed here: about 0.15 s of CPU in a debug build.)
        let line = "Katja Dörner ist Oberbürgermeisterin der Stadt Bonn, sie sprach heute über Verwaltung.\n"
        let count = 1_000_000 / line.utf8.count + 1
        let length = line.unicodeScalars.count
        let mentions = (0..<count).flatMap {
            [Self.mention(Self.doerner, $0 * length, $0 * length + 12, "Katja Dörner"),
             Self.mention(Self.bonn, $0 * length + 47, $0 * length + 51, "Bonn")]
        }
        let text = String(repeating: line, count: count)
        let html = DocumentMarkup.paragraphs(text, start: 0, mentions: mentions)
        #expect(html.utf8.count > text.utf8.count)
        #expect(html.hasSuffix("\(Self.bonnLink)Bonn</a>, sie sprach heute über Verwaltung.</p>"))
        #expect(html.components(separatedBy: "class=\"mention").count - 1 == 2 * count)
    }
}
