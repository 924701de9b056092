import GovGraphModel
import Testing

@testable import GovGraphExtraction

struct GraphBuilderTests {
    static let page = """
        Menü

        Städte digital
        [14.06.2022] Leipzigs Oberbürgermeister Burkhard Jung sprach beim Deutschen Städtetag (DST). \
        Der DST lobte Lüneburg 😀 und das Onlinezugangsgesetz.

        Neue Agentur
        [15.06.2022] Digitalministerin Lydia Hüskens besuchte die Hoch\u{AD}schule Ludwigsburg. Herr Jung fehlte.
        """

    @Test("Every mention's offsets slice its text out of the input")
    func offsets() {
        let document = TestGazetteer.extractor.analyze(text: Self.page)
        let scalars = Array(document.text.unicodeScalars)
        let extracted = GraphBuilder().documents(from: document)
        let mentions = extracted.flatMap(\.entities).flatMap(\.mentions)
        #expect(mentions.count == 10)
        for mention in mentions {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[mention.start..<mention.end])
            #expect(String(view) == mention.text)
        }
        for relation in extracted.flatMap(\.relations) {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[relation.evidence.start..<relation.evidence.end])
            #expect(String(view) == relation.evidence.text)
        }
    }

    @Test("Mentions and evidence lie inside their document, also when a name runs over into the next article's title line")
    func insideDocuments() {
        // Found by the extraction fuzzer: "Burkhard" ends one item, "Jung …" is the title
        // line of the next.
        let text = "[14.03.2024] Leipzig startet Bürgeramt\nLeipzigs Oberbürgermeister Burkhard\nJung gratulierte.\n\n[02.05.2024] Wechsel in Bonn\nKatja Dörner folgt.\n"
        let extracted = TestGazetteer.extractor.extract(text: text)
        #expect(extracted.count == 2)
        for document in extracted {
            for mention in document.entities.flatMap(\.mentions) + document.locations.flatMap(\.mentions) {
                #expect(document.start <= mention.start && mention.end <= document.end, "\(mention.text)")
            }
            for relation in document.relations {
                #expect(document.start <= relation.evidence.start && relation.evidence.end <= document.end)
            }
        }
    }

    @Test("One document per article, each with its own entities in order of first mention")
    func perArticle() throws {
        let extracted = GraphBuilder().documents(from: TestGazetteer.extractor.analyze(text: Self.page, source: "seite.txt"))
        #expect(extracted.count == 2)
        // Entities the text names; the Länder that located_in relations add are implied.
        let first = try #require(extracted.first)
        let second = try #require(extracted.last)
        #expect(extracted.allSatisfy { $0.entities.allSatisfy { !$0.mentions.isEmpty } })
        #expect(extracted.allSatisfy { $0.implied.allSatisfy(\.mentions.isEmpty) })
        #expect(first.implied.map(\.id) == ["state:03"])
        #expect(first.source == "seite.txt")
        #expect(first.title == "Städte digital")
        #expect(first.date == "2022-06-14")
        #expect(first.entities.map(\.id) == [
            TestGazetteer.leipzig, "person:burkhard-jung", TestGazetteer.staedtetag, TestGazetteer.lueneburg, TestGazetteer.ozg,
        ])
        #expect(first.entities.first { $0.id == TestGazetteer.staedtetag }?.mentions.map(\.text) == ["Deutschen Städtetag", "DST", "DST"])
        #expect(second.entities.map(\.id) == ["person:lydia-hueskens", TestGazetteer.hochschuleLudwigsburg, "person:burkhard-jung"])
        #expect(second.entities.first { $0.id == TestGazetteer.hochschuleLudwigsburg }?.mentions.map(\.text) == ["Hoch\u{AD}schule Ludwigsburg"])
        #expect(second.entities.last?.mentions.map(\.text) == ["Herr Jung"])
        #expect(second.entities.first?.keys == [:])
        #expect(first.entities.first?.keys == ["ags": "14713000", "state": "14"])
    }

    @Test("Relations stay with the article of their sentence, role relations first")
    func relations() throws {
        let extracted = GraphBuilder().documents(from: TestGazetteer.extractor.analyze(text: Self.page))
        var first = try #require(extracted.first)
        first.relations.removeAll { $0.predicate == .locatedIn }
        #expect(first.relations.map(\.summary) == [
            "person:burkhard-jung Oberbürgermeister/oberbürgermeister municipality:14713000",
            "municipality:14713000 ~ organization:deutscher-staedtetag",
            "municipality:14713000 ~ person:burkhard-jung",
            "organization:deutscher-staedtetag ~ person:burkhard-jung",
            "law:ozg ~ municipality:03355022",
            "law:ozg ~ organization:deutscher-staedtetag",
            "municipality:03355022 ~ organization:deutscher-staedtetag",
        ])
        #expect(first.relations.allSatisfy { $0.date == "2022-06-14" })
        var second = try #require(extracted.last)
        second.relations.removeAll { $0.predicate == .locatedIn }
        #expect(second.relations.map(\.summary) == [
            "organization:hochschule-ludwigsburg ~ person:lydia-hueskens"
        ])
    }

    @Test("Document ids are stable for the same text and differ for different text")
    func ids() throws {
        let extractor = TestGazetteer.extractor
        let a = extractor.extract(text: Self.page)
        let b = extractor.extract(text: Self.page, source: "woanders.txt")
        #expect(a.map(\.id) == b.map(\.id))
        #expect(Set(a.map(\.id)).count == 2)
        #expect(a.allSatisfy { $0.id.count == 32 && $0.id.allSatisfy(\.isHexDigit) })
        let changed = extractor.extract(text: String(Self.page.dropLast("fehlte.".count)) + "kam.")
        #expect(changed.first?.id == a.first?.id)
        #expect(changed.last?.id != a.last?.id)
    }

    @Test("The id is a hash of the article's text")
    func idIsHash() throws {
        let document = Document.prepared("Ein Satz ohne Titel.", through: .segment)
        let extracted = try #require(GraphBuilder().documents(from: document).first)
        #expect(extracted.id == String(SHA256.hex(Array("Ein Satz ohne Titel.".utf8)).prefix(32)))
        #expect(extracted.start == 0)
        #expect(extracted.end == 20)
        #expect(extracted.entities.isEmpty)
        #expect(extracted.relations.isEmpty)
    }
}

extension GraphBuilderTests {
    @Test("Repeated relations are dropped, first occurrences kept in order, also within a run of one sort key")
    func uniquedRelations() {
        func relation(_ start: Int, _ status: RoleStatus?, _ text: String = "S") -> Relation {
            Relation(
                subject: "person:a", predicate: .holdsRole, roleKey: "amt", status: status, object: "organization:b",
                evidence: Evidence(start: start, end: start + 1, text: text))
        }
        let sorted = [
            relation(0, .new), relation(0, nil), relation(0, .new), relation(0, nil, "T"), relation(0, nil),
            relation(5, .new), relation(5, .new),
        ]
        #expect(GraphBuilder.uniqued(sorted) == [relation(0, .new), relation(0, nil), relation(0, nil, "T"), relation(5, .new)])
        #expect(GraphBuilder.uniqued(sorted) == sorted.uniqued())
        #expect(GraphBuilder.uniqued([]).isEmpty)
    }

    @Test("Locations are listed apart and take part in no relation; adjectives made from names are marked")
    func locationsApart() throws {
        let text = "Der Leipziger Oberbürgermeister Burkhard Jung eröffnete das Bürgerbüro in der Schillerstraße."
        let extracted = try #require(TestGazetteer.extractor.extract(text: text).first)
        #expect(extracted.locations.map(\.name) == ["Schillerstraße"])
        #expect(extracted.locations.first?.type == .location)
        #expect(!extracted.entities.contains { $0.type == .location })
        #expect(!extracted.relations.contains { $0.subject.rawValue.hasPrefix("location:") || $0.object.rawValue.hasPrefix("location:") })
        #expect(extracted.relations.contains { $0.predicate == .holdsRole && $0.object == TestGazetteer.leipzig })
        let leipzig = try #require(extracted.entities.first { $0.id == TestGazetteer.leipzig })
        #expect(leipzig.mentions.map(\.isAdjective) == [true])
    }
}
