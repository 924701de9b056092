import Testing

@testable import GovGraphInput

struct HTMLTextTests {
    /// What reaches a sink, call by call.
    struct Recorder: ParagraphSink {
        var calls: [String] = []
        mutating func text(_ piece: String) { calls.append(piece) }
        mutating func endLine() { calls.append("⏎") }
        mutating func endParagraph() { calls.append("¶") }
    }

    @Test("Paragraphs, lines and alt texts reach the sink in order; furniture, scripts and site headers do not")
    func paragraphs() {
        let html = """
            <html><body><header>Stadtportal</header><nav>Start</nav><p>Leipzig <b>eröffnet</b><br>ein Amt.</p>\
            <img alt="Das neue Bürgeramt"><div class="cookie-banner">Cookies</div><script>x()</script>\
            <table><tr><td>Halle</td><td>Dessau</td></tr></table><p>a</p><p> </p></body></html>
            """
        let text = ElementText(sink: Recorder(), insideArticle: false, belowRoot: true)
        HTMLStream.parse(handler: text, next: HTMLReader.blocks(of: html))
        #expect(text.finish().calls == [
            "Leipzig eröffnet", "⏎", "ein Amt.", "⏎", "¶", "Das neue Bürgeramt", "⏎", "¶", "Halle Dessau", "⏎", "¶", "a", "⏎", "¶",
        ])
    }

    @Test("A paragraph of 2 MB reaches the sink in pieces of about 64 KB (at most twice that), never whole")
    func longParagraph() {
        let html = "<p>" + String(repeating: "Wort ", count: 400_000) + "</p>"
        let text = ElementText(sink: Recorder(), insideArticle: true, belowRoot: true)
        HTMLStream.parse(handler: text, next: HTMLReader.blocks(of: html))
        let calls = text.finish().calls
        let pieces = calls.filter { $0 != "⏎" && $0 != "¶" }
        #expect(pieces.count > 20)
        #expect(pieces.allSatisfy { $0.utf8.count <= 2 * 64 * 1024 })
        #expect(pieces.joined() == String(repeating: "Wort ", count: 400_000).dropLast())
        #expect(calls.suffix(2) == ["⏎", "¶"])
    }

    @Test("An alt text of two words or more is a paragraph; one over 64 KB is left out")
    func altTexts() {
        let long = String(repeating: "Rathaus ", count: 10_000)
        let html = "<p>Kiel</p><img alt=\"Das  Rathaus\"><img alt=\"Rathaus\"><img alt=\"" + long + "\"><p>Ende</p>"
        let text = ElementText(sink: Recorder(), insideArticle: true, belowRoot: true)
        HTMLStream.parse(handler: text, next: HTMLReader.blocks(of: html))
        #expect(text.finish().calls == ["Kiel", "⏎", "¶", "Das Rathaus", "⏎", "¶", "Ende", "⏎", "¶"])
    }
}
