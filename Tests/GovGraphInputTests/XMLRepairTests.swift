import Testing

@testable import GovGraphInput

struct XMLRepairTests {
    @Test("Stray end tags, bare & and <, and a cut-off item are mended; the rest is copied as it is", arguments: [
        // (input, mended, stray end tags, escaped, closed, line of the cut item)
        ("<r><t>Zwei & Drei</t></b><d>x</d></r>", "<r><t>Zwei &amp; Drei</t><d>x</d></r>", 1, 1, 0, nil as Int?),
        ("<r><a><b>x</a></r>", "<r><a><b>x</b></a></r>", 0, 0, 1, nil),
        ("<r>1 < 2 &amp; &#228; &#xE4; &x</r>", "<r>1 &lt; 2 &amp; &#228; &#xE4; &amp;x</r>", 0, 2, 0, nil),
        ("<rss><channel>\n<item><t>A</t></item>\n<item><t>Berl", "<rss><channel>\n<item><t>A</t></item>\n</channel></rss>", 0, 0, 2, 3),
        ("<feed>\n<entry><title a=\"x>y\">T</title></entry>\n<entry><title", "<feed>\n<entry><title a=\"x>y\">T</title></entry>\n</feed>", 0, 0, 1, 3),
        ("<!DOCTYPE r [<!ENTITY e \"<&>\">]><r><![CDATA[</x> & <]]><!-- </y> --><?p </z>?></r>",
         "<!DOCTYPE r [<!ENTITY e \"<&>\">]><r><![CDATA[</x> & <]]><!-- </y> --><?p </z>?></r>", 0, 0, 0, nil),
    ])
    func repair(input: String, mended: String, stray: Int, escaped: Int, closed: Int, cutLine: Int?) {
        let repair = XMLRepair.repair(input)
        #expect(repair.text == mended)
        #expect(repair.strayEndTags == stray)
        #expect(repair.escaped == escaped)
        #expect(repair.closedElements == closed)
        #expect(repair.cutItemLine == cutLine)
    }

    @Test("Many open elements and many stray end tags are mended in linear time")
    func manyStrayEndTags() {
        let count = 50_000
        let input = "<r>" + String(repeating: "<a>", count: count) + String(repeating: "</b>", count: count) + "</r>"
        let repair = XMLRepair.repair(input)
        #expect(repair.strayEndTags == count)
        #expect(repair.closedElements == count)
        #expect(repair.text.hasSuffix("</a></r>"))
    }
}
