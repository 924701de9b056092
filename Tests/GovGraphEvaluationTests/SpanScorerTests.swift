import GovGraphEvaluation
import GovGraphModel
import Testing

struct SpanScorerTests {
    // "Das Amtsgericht Kiel wendet § 5 BGB an ." : offsets 0 4 16 21 28 30 32 36 39
    static let sentence = CoNLLSentence(
        tokens: ["Das", "Amtsgericht", "Kiel", "wendet", "§", "5", "BGB", "an", "."],
        tags: ["O", "B-GRT", "I-GRT", "O", "B-GS", "I-GS", "I-GS", "O", "O"])
    static let map = try! LabelMap(parsing: "GS=law,VO=law,GRT=organization,ST=municipality")

    static func score(_ mentions: [(type: EntityType, start: Int, end: Int)]) -> SpanReport {
        let corpus = CoNLLCorpus(format: .ler, sentences: [sentence])
        return SpanScorer(labels: map).score(corpus, predictions: [[.spans(mentions)]])
    }

    @Test(
        "Exact needs the same tokens; overlapping needs one shared token; both need a fitting type",
        arguments: [
            // "Amtsgericht Kiel" as an organization: exact.
            ([(EntityType.organization, 4, 20)], 1, 1, 1),
            // "BGB" as a law: overlapping only.
            ([(.law, 32, 35)], 0, 1, 1),
            // "Kiel" as a municipality: the gold label GRT does not stand for municipalities.
            ([(.municipality, 16, 20)], 0, 0, 1),
            // A person is of no mapped type: not scored at all.
            ([(.person, 0, 3)], 0, 0, 0),
            // Both laws overlap the one GS span, which is used once.
            ([(.law, 28, 29), (.law, 32, 35)], 0, 1, 2),
        ] as [([(EntityType, Int, Int)], Int, Int, Int)])
    func modes(mentions: [(EntityType, Int, Int)], exact: Int, overlapping: Int, predicted: Int) {
        let report = Self.score(mentions.map { (type: $0.0, start: $0.1, end: $0.2) })
        #expect(report.exact.overall.found == exact)
        #expect(report.overlapping.overall.found == overlapping)
        #expect(report.overlapping.overall.correct == overlapping)
        #expect(report.exact.overall.predicted == predicted)
        #expect(report.exact.overall.gold == 2)
    }

    @Test("Greedy overlap pairs the prediction sharing most tokens")
    func greedy() {
        // "§ 5" shares two tokens with the GS span, "BGB" one: "§ 5" is paired, "BGB" is a false hit.
        let report = Self.score([(.law, 32, 35), (.law, 28, 31)])
        #expect(report.overlapping.overall == Score(gold: 2, found: 1, predicted: 2, correct: 1))
        #expect(report.boundaries.map(\.text) == ["§ 5 BGB"])
        #expect(report.boundaries.first?.other == "§ 5 (law)")
        #expect(report.falseHits.map(\.text) == ["BGB"])
        #expect(report.falseHits.first?.other == "§ 5 BGB (GS)")
        #expect(report.misses.map(\.label) == ["GRT"])
    }

    @Test("A false hit counts against every label its type stands for; overall counts it once")
    func sharedType() {
        let report = Self.score([(.law, 21, 27)])  // "wendet" read as a law
        #expect(report.exact["GS"]?.predicted == 1)
        #expect(report.exact["VO"]?.predicted == 1)
        #expect(report.exact["GRT"]?.predicted == 0)
        #expect(report.exact.overall.predicted == 1)
        #expect(report.exact.rows.map(\.label) == ["GS", "VO", "GRT", "ST"])
    }

    @Test("Gold spans of labels the map does not name are not scored")
    func unmappedLabels() {
        let sentence = CoNLLSentence(tokens: ["Kieler", "Woche"], tags: ["B-LOCderiv", "O"], line: 4)
        let corpus = CoNLLCorpus(format: .germeval, sentences: [sentence])
        let map = try! LabelMap(parsing: "LOC=municipality")
        let report = SpanScorer(labels: map).score(corpus, predictions: [[.spans([(.municipality, 0, 6)])]])
        #expect(report.exact.overall == Score(gold: 0, found: 0, predicted: 1, correct: 0))
        #expect(report.falseHits.first?.other == "Kieler (LOCderiv)")
        #expect(report.falseHits.first?.line == 4)
    }

    @Test("Locations are scored where the map names them; adjectives made from names never are")
    func locationsAndAdjectives() {
        // "Am Rhein tagte der Leipziger Rat ." : offsets 0 3 10 16 20 29 33
        let sentence = CoNLLSentence(
            tokens: ["Am", "Rhein", "tagte", "der", "Leipziger", "Rat", "."],
            tags: ["O", "B-LOC", "O", "O", "B-LOCderiv", "O", "O"])
        let corpus = CoNLLCorpus(format: .germeval, sentences: [sentence])
        let map = try! LabelMap(parsing: "LOC=municipality|location")
        var document = ExtractedDocument.spans([(.municipality, 20, 29)])
        document.entities[0].mentions[0].isAdjective = true
        document.locations = [
            Entity(id: "location:rhein", name: "Rhein", type: .location, mentions: [Mention(text: "Rhein", start: 3, end: 8)])
        ]
        let report = SpanScorer(labels: map).score(corpus, predictions: [[document]])
        #expect(report.exact.overall == Score(gold: 1, found: 1, predicted: 1, correct: 1))
        #expect(report.falseHits.isEmpty)
        // Without "location" in the map, the river is not scored.
        let withoutLocations = SpanScorer(labels: try! LabelMap(parsing: "LOC=municipality")).score(corpus, predictions: [[document]])
        #expect(withoutLocations.exact.overall == Score(gold: 1, found: 0, predicted: 0, correct: 0))
    }
}
