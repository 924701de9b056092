import Testing

@testable import GovGraphInput

struct LibXMLTests {
    @Test("Inputs over libxml2's 32-bit length are refused with a reason, never passed on", arguments: [
        (0, false), (1 << 20, false), (Int(Int32.max) - 1, false), (Int(Int32.max), true), (3 << 30, true),
    ])
    func refusal(byteCount: Int, refused: Bool) {
        #expect((LibXMLDocument.refusal(byteCount: byteCount) != nil) == refused)
    }

    @Test("Entities of the DTD are not declared, so not expanded; the first other error is kept with its line")
    func entities() throws {
        let xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY e \"viel Text\">]>\n<r>a &e; b</r>"
        let parsed = LibXMLDocument.parseXML(xml)
        #expect(parsed.declaresEntities && parsed.wellFormed)
        let root = try #require(parsed.document?.root)
        #expect(root.textContent == "a  b")

        let broken = LibXMLDocument.parseXML("<r>\n<a>Zwei & Drei</a>\n</r>")
        #expect(!broken.wellFormed)
        #expect(broken.firstError?.line == 2)
    }

    @Test("Elements 100,000 levels deep are parsed and walked without recursion")
    func deep() throws {
        let depth = 100_000
        let html = "<html><body>" + String(repeating: "<div>", count: depth) + "<b>unten</b>" + String(repeating: "</div>", count: depth) + "</body></html>"
        let parsed = LibXMLDocument.parseHTML(html)
        let root = try #require(parsed.document?.root)
        let found = try #require(root.first { $0.name == "b" })
        #expect(found.textContent == "unten")
        #expect(root.all { $0.name == "div" }.count == depth)
        var text = HTMLText()
        text.collect(root, insideArticle: true)
        #expect(text.finished == ["unten"])
    }
}
