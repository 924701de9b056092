import Testing

@testable import GovGraphExtraction

struct SentenceSplitterTests {
    @Test(
        "Splits German sentences",
        arguments: [
            // Abbreviations and single letters
            (
                "Das gilt z. B. für Leipzig. Dann sprach Dr. Jung.",
                ["Das gilt z. B. für Leipzig.", "Dann sprach Dr. Jung."]
            ),
            (
                "Geregelt ist das in Abs. 3 und Nr. 4 des Paragrafen. Neu ist das nicht.",
                ["Geregelt ist das in Abs. 3 und Nr. 4 des Paragrafen.", "Neu ist das nicht."]
            ),
            // Ordinals and dates
            (
                "Die 4. Digitalministerkonferenz tagte am 31. Oktober in Berlin. Sie beriet das OZG.",
                ["Die 4. Digitalministerkonferenz tagte am 31. Oktober in Berlin.", "Sie beriet das OZG."]
            ),
            (
                "Seit dem [31.10.2019] gilt der Plan. Dann folgte Lüneburg.",
                ["Seit dem [31.10.2019] gilt der Plan.", "Dann folgte Lüneburg."]
            ),
            // A year ends a sentence
            (
                "Das Programm lief bis 2022. Dann kam die Bilanz.",
                ["Das Programm lief bis 2022.", "Dann kam die Bilanz."]
            ),
            // Other terminators and quotes
            (
                "Wirklich? Ja! „Das geht.“ Sagte sie.",
                ["Wirklich?", "Ja!", "„Das geht.“", "Sagte sie."]
            ),
            (
                "Er sagte: \"Das geht.\" Dann ging er.",
                ["Er sagte: \"Das geht.\"", "Dann ging er."]
            ),
            // Lower case after a full stop continues
            (
                "Sie zahlt. oder nicht. Dann",
                ["Sie zahlt. oder nicht.", "Dann"]
            ),
            // Lines
            ("Erster Absatz.\n\nZweiter Absatz.", ["Erster Absatz.", "Zweiter Absatz."]),
            ("Erster Absatz ohne Punkt\n\nzweiter", ["Erster Absatz ohne Punkt", "zweiter"]),
            ("Die Stadt plant\nneue Dienste. Gut so", ["Die Stadt plant\nneue Dienste.", "Gut so"]),
            ("Die Stadt Leipzig,\nDresden und Chemnitz", ["Die Stadt Leipzig,\nDresden und Chemnitz"]),
            ("Digital-\nAgentur startet", ["Digital-\nAgentur startet"]),
            ("Kopfzeile\nNeue Zeile", ["Kopfzeile", "Neue Zeile"]),
        ])
    func split(input: String, expected: [String]) {
        #expect(Document.prepared(input, through: .split).sentenceTexts == expected)
    }

    @Test("Sentences are contiguous token ranges with their code point spans")
    func ranges() {
        let document = Document.prepared("Leipzig lädt ein. Lüneburg folgt.", through: .split)
        #expect(document.sentences.map(\.tokens) == [0..<4, 4..<7])
        #expect(document.sentences.map(\.start) == [0, 18])
        #expect(document.sentences.map(\.end) == [17, 33])
        #expect(document.sentenceIndex(containingToken: 3) == 0)
        #expect(document.sentenceIndex(containingToken: 4) == 1)
        #expect(document.sentenceIndex(containingToken: 7) == nil)
    }

    @Test("An abbreviation only counts when the splitter knows it")
    func abbreviationsComeFromTheGazetteer() {
        let text = "Er fragte Prof. Müller."
        var document = Document(text: text)
        Tokenizer().process(&document)
        SentenceSplitter(abbreviations: []).process(&document)
        #expect(document.sentenceTexts == ["Er fragte Prof.", "Müller."])
        SentenceSplitter(abbreviations: ["prof"]).process(&document)
        #expect(document.sentenceTexts == ["Er fragte Prof. Müller."])
    }

    @Test("Empty input has no sentences")
    func empty() {
        #expect(Document.prepared("", through: .split).sentences.isEmpty)
        #expect(Document.prepared("  \n\n ", through: .split).sentences.isEmpty)
    }
}
