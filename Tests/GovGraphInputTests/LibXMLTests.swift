import CLibXML2
import Foundation
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
        let text = ElementText(sink: ParagraphJoiner(), insideArticle: true, belowRoot: false)
        root.replay(to: text)
        #expect(text.finish().joined == "unten")
        let streamed = ElementText(sink: ParagraphJoiner(), insideArticle: true, belowRoot: true)
        HTMLStream.parse(handler: streamed, next: HTMLReader.blocks(of: html))
        #expect(streamed.finish().joined == "unten")
    }

    /// Events as a list of lines: `<name attributes>`, `/`, `"text"`.
    final class EventLog: HTMLEventHandler {
        var lines: [String] = []
        func start(_ name: String, _ attributes: HTMLAttributes) {
            lines.append("<\(name)\(attributes.pairs.map { " \($0.name)=\($0.value)" }.joined())>")
        }
        func end() { lines.append("/") }
        func text(_ text: String) {
            // Adjacent text nodes of a tree are one text.
            if let last = lines.last, last.hasPrefix("\""), last.hasSuffix("\"") {
                lines[lines.count - 1] = String(last.dropLast()) + text + "\""
            } else {
                lines.append("\"" + text + "\"")
            }
        }
    }

    @Test("Streaming a page reports what libxml2's tree of it holds: blank text left out where the tree leaves it out, boolean attributes, broken markup repaired", arguments: [
        "<html><body><p>Leipzig</p> <p>Halle</p>\n<table> <tr> <td> a </td> </tr> </table></body></html>",
        "<body><div> <b>Kiel</b> <i>Lübeck</i> </div><ul> <li>eins</li> <li>zwei</li> </ul></body>",
        "<p>Bonn<br> <img alt='Ein Bild' src=x> <span> </span>Köln &amp; Düsseldorf</p> <section> </section>",
        "<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01//EN\"><html><body> <p>Text</p> </body></html>",
        "<title>Titel</title> <meta name=a content=b> <p>Text<td nowrap>Zelle <select><option selected>x</select>",
        "<ol> <li>a</li> </ol><map> <area> </map><menu> <li>m</li> </menu><dl> <dt>b</dt> <dd>c</dd> </dl>",
        "<p>eins<!-- Kommentar --> <b>zwei</b><?php echo 1 ?> drei</p><script> x = 1 </script> <style> p {} </style>",
        "Text ohne Tags   mit  Leerraum\n\n<noscript> <p>n</p> </noscript><noframes> f </noframes>",
        "<html><head> <title>T</title> </head><body><article> <h1> Titel </h1> <p>a</p></article> </body></html>",
    ])
    func streamIsTree(html: String) throws {
        let tree = EventLog()
        let document = try #require(LibXMLDocument.html(html))
        XMLNode(pointer: UnsafeMutableRawPointer(document.pointer).assumingMemoryBound(to: xmlNode.self)).replay(to: tree)
        let stream = EventLog()
        HTMLStream.parse(handler: stream, next: HTMLReader.blocks(of: html))
        #expect(stream.lines == tree.lines)
    }

    @Test("A feed parsed item by item never holds two items in its tree; each is handed over whole when it ends")
    func itemByItem() throws {
        let items = (1...50).map { "<item><title>Meldung \($0)</title><description>Text aus Kiel</description></item>" }
        let xml = "<rss><channel><title>Feed</title>" + items.joined(separator: "\n") + "</channel></rss>"
        var titles: [String] = []
        var most = 0
        let parsed = LibXMLDocument.parseXML(xml) { node, depth, root in
            guard node.name == "item", depth == 2 else { return false }
            let channel = root.elements.first { $0.name == "channel" }
            most = max(most, channel?.elements.filter { $0.name == "item" }.count ?? 0)
            titles.append(node.elements.first { $0.name == "title" }?.textContent ?? "")
            return true
        }
        #expect(parsed.wellFormed)
        #expect(titles == (1...50).map { "Meldung \($0)" })
        #expect(most == 1)
        #expect(parsed.document?.root?.all { $0.name == "item" }.isEmpty == true)
    }
}

extension LibXMLTests {
    @Test("Long attribute values with references, wherever libxml2's reads of 4,000 bytes cut them, stream as the tree holds them")
    func readBoundaries() throws {
        let value = String(repeating: "Gr&uuml;&szlig;e &#xE4;&#228; aus K&ouml;ln ", count: 40)
        let page = String(repeating: "<p><img alt=\"" + value + "\" title='" + value + "'>Text &amp; mehr</p>\n", count: 6)
        for shift in stride(from: 0, to: 64, by: 1) {
            let html = "<html><body>" + String(repeating: " ", count: shift) + page + "</body></html>"
            let tree = EventLog()
            let document = try #require(LibXMLDocument.html(html))
            XMLNode(pointer: UnsafeMutableRawPointer(document.pointer).assumingMemoryBound(to: xmlNode.self)).replay(to: tree)
            let stream = EventLog()
            var rest = Substring(html).utf8[...]
            HTMLStream.parse(handler: stream) {
                guard !rest.isEmpty else { return nil }
                let block = Array(rest.prefix(7))
                rest = rest.dropFirst(block.count)
                return block
            }
            #expect(stream.lines == tree.lines, "shifted by \(shift)")
        }
    }
}
