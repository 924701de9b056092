import GovGraphEvaluation
import Testing

struct CoNLLCorpusTests {
    @Test(
        "The format is GermEval when the first token line has tabs and a numeric first column",
        arguments: [
            ("#\thttp://example.org\t[2024-01-01]\n1\tKiel\tB-LOC\tO\n", CoNLLFormat.germeval),
            ("1\tKiel\tB-LOC\tO\n", .germeval),
            ("Kiel B-ST\r\nliegt O\r\n", .ler),
            ("\n\n1990 O\n", .ler),
            ("Kiel\tB-LOC\tO\n", .ler),
            ("", .ler),
        ])
    func detect(text: String, expected: CoNLLFormat) {
        #expect(CoNLLFormat.detect(text) == expected)
    }
}
