import GovGraphModel
import Testing

@testable import GovGraphExtraction

/// Short abbreviations of rarely named laws need a citation; notable laws do not.
struct LawReferenceFilterTests {
    static let compiled: CompiledGazetteer = {
        let laws = """
            law:sg\tSoldatengesetz\tSG\t\tjurabk=SG;level=federal
            law:msv\tMietspiegelverordnung\tMSV\t\tjurabk=MSV;level=federal
            law:ozg\tOnlinezugangsgesetz\tOZG\t\tjurabk=OZG;level=federal;notable=1
            law:bimschg\tBundes-Immissionsschutzgesetz\tBImSchG\t\tjurabk=BImSchG;level=federal
            law:bvo-2\tZweite Berechnungsverordnung\tII. BV\t\tjurabk=II. BV;level=federal;notable=1
            """
        let gazetteer = try! Gazetteer(files: [
            GazetteerFile(name: "laws.tsv", contents: laws),
            GazetteerFile(name: "abbreviations.txt", contents: "Abs.\nArt.\n"),
        ])
        return CompiledGazetteer(gazetteer)
    }()

    static func laws(_ text: String) -> [String] {
        let data = compiled.gazetteer
        var document = Document(text: text)
        let stages: [any PipelineStage] = [
            Tokenizer(), SentenceSplitter(abbreviations: data.abbreviations), ArticleSegmenter(),
            GazetteerMatcher(gazetteer: compiled), LawReferenceFilter(), OverlapResolver(),
        ]
        for stage in stages { stage.process(&document) }
        return document.spans.map { "\(document.text(ofTokens: $0.tokens))=\($0.entity)" }
    }

    @Test("Where short law abbreviations count", arguments: [
        ("Die SG Flensburg gewann.", [String]()),
        ("Der MSV Duisburg verlor.", []),
        ("Nach § 7 Abs. 2 SG ist das erlaubt.", ["SG=law:sg"]),
        ("Das Soldatengesetz (SG) regelt es. Das SG gilt.", ["Soldatengesetz=law:sg", "SG=law:sg", "SG=law:sg"]),
        ("Das OZG gilt für alle.", ["OZG=law:ozg"]),
        ("Das BImSchG schützt die Luft.", ["BImSchG=law:bimschg"]),
    ])
    func filter(text: String, expected: [String]) {
        #expect(Self.laws(text) == expected)
    }
}

extension LawReferenceFilterTests {
    @Test("An article before and no name after keeps a short law abbreviation; a commentary title is no law", arguments: [
        ("Das regelt das Gesetz nach dem MSV.", ["MSV=law:msv"]),
        ("Der MSV Duisburg siegte.", [String]()),
        ("Vgl. Schmidt / Wacker , BImSchG , 36. Aufl. , § 85 Rz 2.", []),
        ("Das BImSchG gilt seit 1974 in der 36. Fassung.", ["BImSchG=law:bimschg"]),
    ])
    func moreContexts(text: String, expected: [String]) {
        #expect(Self.laws(text) == expected)
    }

    @Test("A name that runs past its sentence's end is checked without a crash")
    func nameAcrossSentenceEnd() {
        #expect(Self.laws("[01.02.2020] Grundlage ist die II. BV.") == ["II. BV=law:bvo-2"])
    }
}
