import Foundation
import GovGraphModel
import GovGraphServer
import GovGraphStore
import Testing

/// The HTML pages on the sample graph, and the document page on documents made for it.
@Suite struct PageRoutesTests {
    @Test(arguments: [
        ("/", "Most connected"),
        ("/search?q=Leipzig", "href=\"/entity/municipality:14713000\""),
        ("/search?q=Oberb%C3%BCrgermeister", "Städtetag in Leipzig"),
        ("/entity/Leipzig", "Oberbürgermeister"),
        ("/entity/person:burkhard-jung", "Roles"),
        ("/entity/Leipzig/timeline", "Timeline of"),
        ("/document/doc-leipzig-2025", "<a class=\"mention municipality\" href=\"/entity/municipality:14713000\""),
        ("/path?from=Burkhard+Jung&to=Sachsen", "2 steps"),
        ("/path", "<form action=\"/path\""),
    ])
    func pages(uri: String, contains: String) async throws {
        // Given the sample graph, when a page is asked for, then it is HTML showing the answer.
        let response = try await ServerClient.get(uri)
        #expect(response.status == 200, "\(uri)")
        #expect(response.type.hasPrefix("text/html"))
        #expect(response.body.contains(contains), "\(uri): \(response.body)")
    }

    /// A text with markup, quotes, the end of a CDATA section and line ends, naming the hostile
    /// entity twice.
    static let hostileText =
        "Titel <script>alert(1)</script>\n\nDer Verein X sagt \"]]>\" & 'so'.\nZweite Zeile <b>fett</b>.\n\n"
        + "Neuer Absatz: Verein X.\n"

    /// A server of one document with ``hostileText``, its mentions of the hostile entity, and
    /// (when `withText` is false) no stored text.
    static func hostileServer(withText: Bool = true) throws -> GraphServer {
        let store = try GraphStore.inMemory()
        let start = 500
        let scalars = Array(hostileText.unicodeScalars)
        var mentions: [Mention] = []
        var index = 0
        while index + 8 <= scalars.count {
            if String(String.UnicodeScalarView(scalars[index..<(index + 8)])) == "Verein X" {
                mentions.append(Mention(text: "Verein X", start: start + index, end: start + index + 8))
            }
            index += 1
        }
        let end = start + scalars.count
        let document = ExtractedDocument(
            id: "doc-hostile", source: "tests/<hostile>.txt", title: "Titel <script>alert(1)</script>", date: "2025-04-01",
            start: start, end: end,
            entities: [
                Entity(id: "organization:hostile", name: SampleGraph.hostileName, type: .organization, mentions: mentions),
            ],
            relations: [], text: withText ? hostileText : nil)
        try store.save(document)
        return SampleGraph.server(for: store)
    }

    /// A server of one document stored without its text (as before govgraph kept texts).
    static func untextedServer() throws -> GraphServer {
        let store = try GraphStore.inMemory()
        let sentence = "Katja Dörner ist Oberbürgermeisterin der Stadt Bonn."
        let document = ExtractedDocument(
            id: "doc-alt", source: "tests/bonn.txt", title: "Bonn", date: "2020-11-01", start: 0, end: 60,
            entities: [
                Entity(
                    id: "person:katja-doerner", name: "Katja Dörner", type: .person,
                    mentions: [Mention(text: "Katja Dörner", start: 0, end: 12)]),
                Entity(
                    id: "municipality:05314000", name: "Bonn", type: .municipality,
                    mentions: [Mention(text: "Bonn", start: 47, end: 51)]),
            ],
            relations: [
                Relation(
                    subject: "person:katja-doerner", predicate: .holdsRole, role: "Oberbürgermeisterin",
                    roleKey: "oberbürgermeister", object: "municipality:05314000",
                    evidence: Evidence(start: 0, end: 52, text: sentence)),
            ])
        try store.save(document)
        return SampleGraph.server(for: store)
    }

    @Test func documentShowsItsText() async throws {
        // Given the sample document, stored with its text, when its page is asked for
        let response = try await ServerClient.get("/document/doc-leipzig-2025")

        // Then it shows title, date and source, then the whole text with each mention marked and
        // linked to its entity, and no note about a missing text
        #expect(response.status == 200)
        let body = response.body
        #expect(body.contains("<h1 id=\"document-title\">Städtetag in Leipzig</h1>"))
        #expect(body.contains("2025-03-01 · source <code>tests/leipzig.txt</code>"))
        #expect(body.contains("<div id=\"text\" class=\"text\">"))
        #expect(body.contains(
            "<p><a class=\"mention person\" href=\"/entity/person:burkhard-jung\" title=\"Burkhard Jung (person)\">Burkhard Jung</a>, "
                + "Oberbürgermeister von <a class=\"mention municipality\" href=\"/entity/municipality:14713000\" title=\"Leipzig (municipality)\">Leipzig</a>, "
                + "sprach beim <a class=\"mention organization\" href=\"/entity/organization:deutscher-staedtetag\""))
        #expect(body.contains("Auch der <a class=\"mention organization\" href=\"/entity/organization:hostile\""))
        #expect(body.contains(">Verein X</a> war da.</p>"))
        #expect(!body.contains("id=\"no-text\""))
        #expect(!body.contains("id=\"passages\""))
    }

    @Test func hostileTextShowsAsText() async throws {
        // Given a text with markup, quotes, "]]>" and line ends, and a mention of an entity
        // with a hostile name, when its page is asked for
        let response = try await ServerClient.get("/document/doc-hostile", server: Self.hostileServer())
        #expect(response.status == 200)
        let text = try #require(response.body.range(of: "<div id=\"text\" class=\"text\">\n").map { response.body[$0.upperBound...] })
        let shown = String(text[..<text.range(of: "\n</div>")!.lowerBound])

        // Then every piece of it is escaped, paragraphs and line ends are kept, and both mentions
        // are marked and linked
        let mention = "<a class=\"mention organization\" href=\"/entity/organization:hostile\" "
            + "title=\"Evil &quot;Quote&#39; &lt;script&gt;alert(1)&lt;/script&gt; ]]&gt; &amp;amp;\nNext (organization)\">Verein X</a>"
        #expect(shown == """
            <p>Titel &lt;script&gt;alert(1)&lt;/script&gt;</p>
            <p>Der \(mention) sagt &quot;]]&gt;&quot; &amp; &#39;so&#39;.<br>
            Zweite Zeile &lt;b&gt;fett&lt;/b&gt;.</p>
            <p>Neuer Absatz: \(mention).</p>
            """)
        #expect(!response.body.contains("<script>alert"))
        #expect(!response.body.contains("]]>"))
        #expect(!response.body.contains("<b>"))
    }

    @Test func documentWithoutTextShowsItsSentences() async throws {
        // Given a document stored before govgraph kept texts, when its page is asked for, then
        // it says so and shows the sentences links were read from, mentions marked
        let response = try await ServerClient.get("/document/doc-alt", server: Self.untextedServer())
        #expect(response.status == 200)
        #expect(response.body.contains("stored before govgraph kept article texts"))
        #expect(response.body.contains(
            "<p class=\"passage\"><a class=\"mention person\" href=\"/entity/person:katja-doerner\" title=\"Katja Dörner (person)\">Katja Dörner</a> ist"))
        #expect(!response.body.contains("id=\"text\""))
    }

    @Test func longTextIsWhole() async throws {
        // Given a document of about 1 MB with a mention in every sentence
        let store = try GraphStore.inMemory()
        let sentence = "Burkhard Jung ist Oberbürgermeister von Leipzig und spricht heute in Berlin über Digitalisierung.\n"
        let count = 1_000_000 / sentence.utf8.count + 1
        let length = sentence.unicodeScalars.count
        let text = String(repeating: sentence, count: count)
        let mentions = (0..<count).map { Mention(text: "Burkhard Jung", start: $0 * length, end: $0 * length + 13) }
        try store.save(
            ExtractedDocument(
                id: "doc-long", source: "tests/long.txt", title: "Lang", date: nil, start: 0, end: count * length,
                entities: [Entity(id: "person:burkhard-jung", name: "Burkhard Jung", type: .person, mentions: mentions)],
                relations: [], text: text))
        let server = SampleGraph.server(for: store)

        // When its page is asked for
        let response = try await ServerClient.get("/document/doc-long", server: server)

        // Then it shows every mention marked
        #expect(response.status == 200)
        #expect(response.body.components(separatedBy: "class=\"mention person\"").count - 1 == count)
    }
}
