import Testing

@testable import GovGraphExtraction

struct TokenizerTests {
    @Test(
        "Splits words, numbers, hyphens and punctuation",
        arguments: [
            ("OZG-Umsetzung", ["OZG", "-", "Umsetzung"]),
            ("Kommune21 meldet 2022", ["Kommune21", "meldet", "2022"]),
            ("E-Government – Bund", ["E", "-", "Government", "–", "Bund"]),
            ("Nr. 5, Abs. 2", ["Nr", ".", "5", ",", "Abs", ".", "2"]),
            ("„Leipzig“ (DLT)", ["„", "Leipzig", "“", "(", "DLT", ")"]),
        ])
    func texts(input: String, expected: [String]) {
        #expect(Tokenizer.tokenize(input).map(\.text) == expected)
    }

    @Test(
        "Kinds: letters with digits are words, digits only are numbers",
        arguments: [
            ("Kommune21", Token.Kind.word),
            ("ITZBund", .word),
            ("2022", .number),
            ("-", .hyphen),
            ("–", .hyphen),
            ("—", .hyphen),
            (".", .punctuation),
            ("😀", .punctuation),
        ])
    func kinds(input: String, expected: Token.Kind) {
        let tokens = Tokenizer.tokenize(input)
        #expect(tokens.count == 1)
        #expect(tokens.first?.kind == expected)
    }

    @Test("A compound gives three tokens glued without space")
    func compoundSpacing() {
        let tokens = Tokenizer.tokenize("Die OZG-Umsetzung")
        #expect(tokens.map(\.spaceBefore) == [true, true, false, false])
        #expect(tokens.map(\.kind) == [.word, .word, .hyphen, .word])
    }

    @Test("Soft hyphens leave the token text but keep their code points in the offsets")
    func softHyphen() {
        let document = Document.prepared("Die Digi\u{AD}tali\u{AD}sierung läuft", through: .tokenize)
        #expect(document.tokens.map(\.text) == ["Die", "Digitalisierung", "läuft"])
        #expect(document.tokens.map(\.start) == [0, 4, 22])
        #expect(document.tokens.map(\.end) == [3, 21, 27])
        #expect(document.slice(4, 21) == "Digi\u{AD}tali\u{AD}sierung")
    }

    @Test("Offsets count code points, also for umlauts and emoji")
    func codePointOffsets() {
        let document = Document.prepared("Lüneburg 😀 Ärger", through: .tokenize)
        #expect(document.tokens.map(\.text) == ["Lüneburg", "😀", "Ärger"])
        #expect(document.tokens.map(\.start) == [0, 9, 11])
        #expect(document.tokens.map(\.end) == [8, 10, 16])
    }

    @Test("Decomposed umlauts are normalised to NFC before offsets are counted")
    func nfc() {
        let document = Document.prepared("Lu\u{308}neburg sagt", through: .tokenize)
        #expect(document.tokens.map(\.text) == ["Lüneburg", "sagt"])
        #expect(document.tokens.map(\.end) == [8, 13])
    }

    @Test("Counts line breaks before each token")
    func newlines() {
        let tokens = Tokenizer.tokenize("Titel\nText eins\n\nZwei\r\n\r\n\r\nDrei")
        #expect(tokens.map(\.text) == ["Titel", "Text", "eins", "Zwei", "Drei"])
        #expect(tokens.map(\.newlinesBefore) == [0, 1, 0, 2, 3])
        #expect(tokens.map(\.spaceBefore) == [true, true, true, true, true])
    }

    @Test("Norm is the lower-cased text")
    func norm() {
        #expect(Tokenizer.tokenize("DEUTSCHER Städtetag").map(\.norm) == ["deutscher", "städtetag"])
    }

    @Test(
        "Case predicates",
        arguments: [
            ("OZG", true, true, false),
            ("Leipzig", true, false, false),
            ("digital", false, false, true),
            ("A", true, false, false),
            ("ITZBund", true, false, false),
        ])
    func casePredicates(text: String, capitalized: Bool, allCaps: Bool, lowercase: Bool) throws {
        let token = try #require(Tokenizer.tokenize(text).first)
        #expect(token.isCapitalized == capitalized)
        #expect(token.isAllCaps == allCaps)
        #expect(token.isLowercase == lowercase)
    }

    @Test("The stage fills the document's tokens")
    func stage() {
        var document = Document(text: "Leipzig und Lüneburg")
        Tokenizer().process(&document)
        #expect(document.tokens == Tokenizer.tokenize("Leipzig und Lüneburg"))
        #expect(document.text(ofTokens: 0..<3) == "Leipzig und Lüneburg")
        #expect(document.text(ofTokens: 0..<0) == "")
    }
}

extension TokenizerTests {
    @Test("A word hyphenated at a line end is one token; a compound at a line end is not", arguments: [
        ("Der Städte-\ntag tagt", ["Der", "Städtetag", "tagt"]),
        ("Der Städte-\r\n  tag tagt", ["Der", "Städtetag", "tagt"]),
        ("Baden-\nWürttemberg", ["Baden", "-", "Württemberg"]),
        ("Ende -\nneu", ["Ende", "-", "neu"]),
    ])
    func lineEndHyphenation(text: String, expected: [String]) {
        #expect(Tokenizer.tokenize(text).map(\.text) == expected)
    }
}

extension TokenizerTests {
    @Test(
        "Lower case and letter case read while tokenising agree with the token made from its text",
        arguments: ["ÄRZTE", "Öffentliche", "straße", "ÀÉÎÕÜ×Ø", "İstanbul", "ΣΟΦΙΑ", "Ǆemal", "µ-Chip", "ªº", "Ⅻ", "ABC1", "😀", "–"])
    func readWhileTokenising(text: String) throws {
        let token = try #require(Tokenizer.tokenize(text).first)
        let made = Token(kind: token.kind, start: token.start, end: token.end, text: token.text)
        #expect(token == made)
        #expect(token.norm == token.text.lowercased())
    }
}
