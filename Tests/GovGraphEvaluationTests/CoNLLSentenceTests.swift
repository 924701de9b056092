import GovGraphEvaluation
import Testing

struct CoNLLSentenceTests {
    @Test("The text joins NFC tokens with single spaces; ranges are code point offsets")
    func text() {
        // "Lu\u{308}beck" is decomposed; the soft hyphen is one code point.
        let sentence = CoNLLSentence(tokens: ["In", "Lu\u{308}beck", "tagt", "der", "Land\u{AD}tag"], tags: Array(repeating: "O", count: 5))
        #expect(sentence.text == "In Lübeck tagt der Land\u{AD}tag")
        #expect(sentence.tokenRanges == [0..<2, 3..<9, 10..<14, 15..<18, 19..<27])
    }

    @Test(
        "Spans from IOB tags; I- after O or another label opens a span",
        arguments: [
            (["B-PER", "I-PER", "O", "B-LOC"], [LabeledSpan(tokens: 0..<2, label: "PER"), LabeledSpan(tokens: 3..<4, label: "LOC")]),
            (["B-LOC", "B-LOC", "O", "O"], [LabeledSpan(tokens: 0..<1, label: "LOC"), LabeledSpan(tokens: 1..<2, label: "LOC")]),
            (["O", "I-ORG", "I-ORG", "I-LOC"], [LabeledSpan(tokens: 1..<3, label: "ORG"), LabeledSpan(tokens: 3..<4, label: "LOC")]),
            (["B-LOC", "I-LOCderiv", "O", "O"], [LabeledSpan(tokens: 0..<1, label: "LOC"), LabeledSpan(tokens: 1..<2, label: "LOCderiv")]),
        ])
    func spans(tags: [String], expected: [LabeledSpan]) {
        let sentence = CoNLLSentence(tokens: ["Anna", "Berg", "aus", "Kiel"], tags: tags)
        #expect(sentence.spans == expected)
    }

    @Test(
        "Code point ranges map to the tokens they touch",
        arguments: [
            (0..<4, 0..<1),  // "Anna"
            (0..<9, 0..<2),  // "Anna Berg"
            (5..<7, 1..<2),  // inside "Berg"
            (4..<5, nil),  // the space only
            (14..<18, 3..<4),  // "Kiel"
            (20..<25, nil),  // past the end
        ] as [(Range<Int>, Range<Int>?)])
    func covering(range: Range<Int>, expected: Range<Int>?) {
        let sentence = CoNLLSentence(tokens: ["Anna", "Berg", "aus", "Kiel"], tags: Array(repeating: "O", count: 4))
        #expect(sentence.tokens(covering: range) == expected)
        if let expected { #expect(!sentence.text(of: expected).isEmpty) }
    }
}
