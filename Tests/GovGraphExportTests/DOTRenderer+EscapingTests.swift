import GovGraphExport
import Testing

@Suite("DOTRenderer.quoted")
struct DOTRendererEscapingTests {
    @Test(
        "Writes one double-quoted DOT string",
        arguments: [
            ("Burkhard Jung", #""Burkhard Jung""#),
            ("Deutscher Städtetag", #""Deutscher Städtetag""#),
            ("", #""""#),
            (#"Amt "Digitales""#, #""Amt \"Digitales\"""#),
            (#"C:\Daten"#, #""C:\\Daten""#),
            (#"\N und \l"#, #""\\N und \\l""#),
            (#"Ende\"#, #""Ende\\""#),
            (#"\""#, #""\\\"""#),
            ("Zeile 1\nZeile 2", #""Zeile 1\nZeile 2""#),
            ("Zeile 1\r\nZeile 2", #""Zeile 1\nZeile 2""#),
            ("Zeile 1\rZeile 2", #""Zeile 1\nZeile 2""#),
            ("Absatz\u{2029}Ende", #""Absatz\nEnde""#),
            ("Ton\u{07}\u{00}\u{1B}\u{7F}los", #""Tonlos""#),
            ("Tab\tweg", #""Tab weg""#),
            ("<b>x</b>", #""<b>x</b>""#),
            ("a -- b -> c", #""a -- b -> c""#),
            ("{}; []", #""{}; []""#),
            ("Arbeit &amp; Soziales", #""Arbeit &amp; Soziales""#),
        ])
    func quoted(input: String, expected: String) {
        #expect(DOTRenderer.quoted(input) == expected)
    }

    @Test("Keeps combining characters and non-Latin text unchanged")
    func unicode() {
        let decomposed = "Mu\u{0308}nster"
        #expect(DOTRenderer.quoted(decomposed) == "\"" + decomposed + "\"")
        #expect(DOTRenderer.quoted("Łódź 🇩🇪") == "\"Łódź 🇩🇪\"")
    }
}
