import GovGraphModel
import Testing

@testable import GovGraphExtraction

struct TypoMatcherTests {
    static let compiled: CompiledGazetteer = {
        let municipalities = """
            municipality:14713000\tLeipzig\t\t\tags=14713000;state=14;population=616093
            municipality:12054000\tPotsdam\t\t\tags=12054000;state=12;population=185750
            municipality:09999999\tKleinort\t\t\tags=09999999;state=09;population=900
            municipality:09999998\tSpanien\t\t\tags=09999998;state=09;population=90000
            """
        let states = "state:01\tSchleswig-Holstein\n"
        let laws = "law:ozg\tOnlinezugangsgesetz\tOZG\t\tjurabk=OZG;notable=1\n"
        let gazetteer = try! Gazetteer(files: [
            GazetteerFile(name: "municipalities.tsv", contents: municipalities),
            GazetteerFile(name: "laws.tsv", contents: laws),
            GazetteerFile(name: "states.tsv", contents: states),
            GazetteerFile(name: "given-names.tsv", contents: "Leipzik\tm\n"),
        ])
        return CompiledGazetteer(gazetteer)
    }()

    static func found(_ text: String) -> [String] {
        var document = Document(text: text)
        let stages: [any PipelineStage] = [
            Tokenizer(), SentenceSplitter(abbreviations: []), ArticleSegmenter(), GazetteerMatcher(gazetteer: compiled),
        ]
        for stage in stages { stage.process(&document) }
        return TypoMatcher(gazetteer: compiled).matches(in: document).map {
            "\(document.text(ofTokens: $0.tokens))=\($0.entity)"
        }
    }

    @Test("Typing errors in long names are corrected, nothing else", arguments: [
        ("Das Stadtoberhaupt von Leizpig sprach.", ["Leizpig=municipality:14713000"]),
        ("Leizpigs Bürgermeister sprach.", ["Leizpigs=municipality:14713000"]),
        ("Das Onlinezugangsgestz gilt.", ["Onlinezugangsgestz=law:ozg"]),
        ("In Leipzig und Potsdam.", [String]()),
        ("Kleinorr liegt im Süden.", []),
        ("Die Spanier kamen.", []),
        ("Der Leipzik kam.", []),
        ("Sie kam aus Potsdom-Babelsberg.", []),
        ("Die Leizpig-Frage.", []),
        ("Das Land Schleswig-Hosltein zahlt.", ["Schleswig-Hosltein=state:01"]),
    ])
    func typos(text: String, expected: [String]) {
        #expect(Self.found(text) == expected)
    }
}
