import GovGraphModel
import Testing

@testable import GovGraphExtraction

struct ExtractorTests {
    static let page = """
        Kommunen
        Startseite

        InterviewDer Städtetag drängt
        [03.04.2023] Burkhard Jung, Präsident des Deutschen Städtetages und OB von Leipzig, fordert Tempo beim OZG. mehr...

        Bild: Stadt Lüneburg
        Niedersachsen: Portal für alle
        [04.04.2023] Niedersachsens Digitalministerin Daniela Behrens stellte das Portal vor. \
        Lüneburgs Oberbürgermeisterin Claudia Kalisch lobte es.
        """

    @Test("Stages run in the documented order")
    func stageOrder() {
        let names = TestGazetteer.extractor.stages.map { String(describing: type(of: $0)) }
        #expect(names == [
            "Tokenizer", "SentenceSplitter", "ArticleSegmenter", "GazetteerMatcher", "TypoMatcher", "LawReferenceFilter", "PlaceDisambiguator",
            "PersonRecognizer", "PersonDisambiguator", "OrganizationPatternRule", "LocationPatternRule", "LawCitationRule",
            "OverlapResolver", "AbbreviationBinder", "PersonLinker", "RolePatternRule", "RoleRelationRule", "SuccessionRule", "PlaceHierarchyRule", "CoMentionRule",
        ])
    }

    @Test("A two-item page: articles, entities and role relations")
    func twoItems() throws {
        let extracted = TestGazetteer.extractor.extract(text: Self.page, source: "kommunen.txt")
        #expect(extracted.map(\.title) == ["Der Städtetag drängt", "Niedersachsen: Portal für alle"])
        #expect(extracted.map(\.date) == ["2023-04-03", "2023-04-04"])
        let first = try #require(extracted.first)
        let second = try #require(extracted.last)
        // The title's "Städtetag" stands for the Deutscher Städtetag named in full below.
        #expect(first.entities.map(\.name) == ["Deutscher Städtetag", "Burkhard Jung", "Leipzig", "Onlinezugangsgesetz"])
        #expect(first.entities.map(\.type) == [.organization, .person, .municipality, .law])
        // Within a sentence, relations are ordered by predicate, subject and object id.
        #expect(first.relations.filter { $0.predicate == .holdsRole }.map(\.summary) == [
            "person:burkhard-jung OB/oberbürgermeister municipality:14713000",
            "person:burkhard-jung Präsident/präsident organization:deutscher-staedtetag",
        ])
        // The caption after the teaser opens the second item.
        #expect(second.entities.map(\.name) == ["Lüneburg", "Niedersachsen", "Daniela Behrens", "Claudia Kalisch"])
        #expect(second.entities.first?.mentions.map(\.text) == ["Lüneburg", "Lüneburgs"])
        #expect(second.relations.filter { $0.predicate == .holdsRole }.map(\.summary) == [
            "person:daniela-behrens Digitalministerin/digitalminister state:03",
            "person:claudia-kalisch Oberbürgermeisterin/oberbürgermeister municipality:03355022",
        ])
    }

    @Test("Extraction is deterministic")
    func deterministic() {
        let extractor = TestGazetteer.extractor
        #expect(extractor.extract(text: Self.page) == extractor.extract(text: Self.page))
    }

    @Test("Empty input gives one empty article")
    func empty() throws {
        let extracted = TestGazetteer.extractor.extract(text: "")
        #expect(extracted.count == 1)
        #expect(extracted.first?.entities == [])
        #expect(extracted.first?.title == nil)
    }
}
