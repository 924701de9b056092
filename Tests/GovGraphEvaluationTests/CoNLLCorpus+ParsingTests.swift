import GovGraphEvaluation
import Testing

struct CoNLLCorpusParsingTests {
    @Test("LER: token and tag split at the last space, CRLF line ends, blank lines between sentences")
    func ler() throws {
        let text = "Nach O\r\n§ B-GS\r\n3 I-GS\r\nBauGB I-GS\r\nentschied O\r\n\r\nDas O\r\nLandgericht B-GRT\r\nKiel I-GRT\r\n\r\n"
        let corpus = try CoNLLCorpus(parsing: text)
        #expect(corpus.format == .ler)
        #expect(corpus.sentences.count == 2)
        #expect(corpus.sentences[0].tokens == ["Nach", "§", "3", "BauGB", "entschied"])
        #expect(corpus.sentences[0].spans == [LabeledSpan(tokens: 1..<4, label: "GS")])
        #expect(corpus.sentences[1].line == 7)
        #expect(corpus.sentences[1].document == nil)
    }

    @Test("GermEval: source lines start documents; the outer column is scored")
    func germeval() throws {
        let text = """
            #\thttp://example.org/a\t[2024-03-01]
            1\tDie\tO\tO
            2\tKieler\tB-LOCderiv\tO
            3\tFörde\tO\tO

            #\thttp://example.org/b\t[2024-03-02]
            1\tUniversität\tB-ORG\tO
            2\tKiel\tI-ORG\tB-LOC

            """
        let corpus = try CoNLLCorpus(parsing: text)
        #expect(corpus.format == .germeval)
        #expect(corpus.sentences.map(\.document) == ["http://example.org/a", "http://example.org/b"])
        #expect(corpus.sentences[0].spans == [LabeledSpan(tokens: 1..<2, label: "LOCderiv")])
        #expect(corpus.sentences[1].spans == [LabeledSpan(tokens: 0..<2, label: "ORG")])
        #expect(corpus.sentences[1].line == 7)
    }

    @Test(
        "Malformed lines and tags are named by line",
        arguments: [
            ("Kiel B-ST\nliegt\n", CoNLLFormat.ler, EvaluationError.malformedCoNLL(line: 2, expected: "token<space>tag", found: "liegt")),
            ("Kiel S-ST\n", .ler, .malformedTag(line: 1, tag: "S-ST")),
            ("1\tKiel\tB-LOC\tO\n2\tliegt\n", .germeval,
             .malformedCoNLL(line: 2, expected: "index<TAB>token<TAB>outer<TAB>inner", found: "2\tliegt")),
            ("1\tKiel\tLOC\tO\n", .germeval, .malformedTag(line: 1, tag: "LOC")),
        ])
    func errors(text: String, format: CoNLLFormat, expected: EvaluationError) {
        #expect(throws: expected) { try CoNLLCorpus(parsing: text, format: format) }
    }
}
