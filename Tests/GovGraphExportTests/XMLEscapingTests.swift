import Testing

@testable import GovGraphExport

@Suite("XMLEscaping")
struct XMLEscapingTests {
    @Test(
        "Markup characters become references; attributes keep quotes and line breaks",
        arguments: [
            ("Arbeit & <Soziales>", false, "Arbeit &amp; &lt;Soziales&gt;"),
            ("]]>", false, "]]&gt;"),
            (#"Amt "Digitales""#, false, #"Amt "Digitales""#),
            (#"Amt "Digitales""#, true, "Amt &quot;Digitales&quot;"),
            ("a\nb\tc", false, "a\nb\tc"),
            ("a\nb\tc", true, "a&#10;b&#9;c"),
            ("a\r\nb", false, "a&#13;\nb"),
            ("Glocke\u{07}\u{1B}!", true, "Glocke!"),
            ("\u{FFFE}ok\u{FFFF}", false, "ok"),
            ("&amp;", false, "&amp;amp;"),
            ("Städtetag", true, "Städtetag"),
        ] as [(String, Bool, String)])
    func escaping(text: String, attribute: Bool, expected: String) {
        #expect(XMLEscaping.escaped(text, attribute: attribute) == expected)
    }

    @Test("An attribute is written name=\"value\"")
    func attribute() {
        #expect(XMLEscaping.attribute("id", #"a"b"#) == #"id="a&quot;b""#)
    }
}
