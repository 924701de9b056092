import GovGraphModel
import Testing

@testable import GovGraphExtraction

struct CoMentionRuleTests {
    static func coMentions(_ document: Document) -> [String] {
        CoMentionRule().relations(in: document).map(\.summary)
    }

    @Test("Every pair of entities in a sentence, subject before object, once per sentence")
    func pairs() {
        let document = Document.fixture(
            "Leipzig, der Deutsche Städtetag und Leipzig sowie das OZG.",
            mentions: [
                .init("Leipzig", TestGazetteer.leipzig),
                .init("Deutsche Städtetag", TestGazetteer.staedtetag),
                .init("Leipzig", TestGazetteer.leipzig),
                .init("OZG", TestGazetteer.ozg),
            ])
        #expect(Self.coMentions(document) == [
            "law:ozg ~ municipality:14713000",
            "law:ozg ~ organization:deutscher-staedtetag",
            "municipality:14713000 ~ organization:deutscher-staedtetag",
        ])
        #expect(CoMentionRule().relations(in: document).allSatisfy { $0.subject < $0.object && $0.predicate == .coMentioned })
    }

    @Test("Entities of different sentences are not paired; each sentence is its own evidence")
    func perSentence() {
        let document = Document.fixture(
            "Leipzig und Lüneburg. Das OZG gilt. Lüneburg und Leipzig.",
            mentions: [
                .init("Leipzig", TestGazetteer.leipzig), .init("Lüneburg", TestGazetteer.lueneburg),
                .init("OZG", TestGazetteer.ozg),
                .init("Lüneburg", TestGazetteer.lueneburg), .init("Leipzig", TestGazetteer.leipzig),
            ])
        let relations = CoMentionRule().relations(in: document)
        #expect(relations.map(\.summary) == [
            "municipality:03355022 ~ municipality:14713000",
            "municipality:03355022 ~ municipality:14713000",
        ])
        #expect(relations.map(\.evidence.text) == ["Leipzig und Lüneburg.", "Lüneburg und Leipzig."])
    }

    @Test("One entity alone in a sentence gives nothing")
    func single() {
        let document = Document.fixture("Leipzig und Leipzig.", mentions: [.init("Leipzig", TestGazetteer.leipzig), .init("Leipzig", TestGazetteer.leipzig)])
        #expect(Self.coMentions(document) == [])
    }

    @Test("Sentences outside every article (page furniture) give nothing; dates come from the article")
    func articles() {
        let text = "Leipzig und Lüneburg\n\nTitel\n[02.02.2022] Leipzig und Lüneburg."
        let document = Document.fixture(
            text,
            mentions: [
                .init("Leipzig", TestGazetteer.leipzig), .init("Lüneburg", TestGazetteer.lueneburg),
                .init("Leipzig", TestGazetteer.leipzig), .init("Lüneburg", TestGazetteer.lueneburg),
            ])
        let relations = CoMentionRule().relations(in: document)
        #expect(relations.count == 1)
        #expect(relations.first?.date == "2022-02-02")
    }
}
