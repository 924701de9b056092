import Foundation
import GovGraphEvaluation
import Testing

struct ScoreTests {
    @Test(
        "Precision, recall and F1 from the counts; nil where undefined",
        arguments: [
            (Score(gold: 10, found: 8, predicted: 8, correct: 8), 1.0, 0.8, 0.888_888_9),
            (Score(gold: 4, found: 2, predicted: 8, correct: 2), 0.25, 0.5, 0.333_333_3),
            (Score(gold: 3, found: 0, predicted: 0, correct: 0), nil, 0.0, 0.0),
            (Score(gold: 0, found: 0, predicted: 2, correct: 0), 0.0, nil, 0.0),
            (Score(), nil, nil, nil),
        ] as [(Score, Double?, Double?, Double?)])
    func ratios(score: Score, precision: Double?, recall: Double?, f1: Double?) {
        #expect(score.precision == precision)
        #expect(score.recall == recall)
        switch (score.f1, f1) {
        case let (actual?, expected?): #expect(abs(actual - expected) < 1e-6)
        case (nil, nil): break
        default: Issue.record("f1 \(String(describing: score.f1)), expected \(String(describing: f1))")
        }
    }

    @Test("Scores add up field by field")
    func sum() {
        var total = Score(gold: 1, found: 1, predicted: 2, correct: 1)
        total += Score(gold: 3, found: 2, predicted: 2, correct: 2)
        #expect(total == Score(gold: 4, found: 3, predicted: 4, correct: 3))
        #expect(total.missed == 1)
        #expect(total.falseHits == 1)
    }

    @Test("JSON carries the counts and the ratios, and reads back")
    func codable() throws {
        let score = Score(gold: 2, found: 1, predicted: 1, correct: 1)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(score), as: UTF8.self)
        #expect(json.contains(#""precision":1"#))
        #expect(json.contains(#""recall":0.5"#))
        #expect(try JSONDecoder().decode(Score.self, from: Data(json.utf8)) == score)
    }

    @Test("A table finds its rows by label")
    func table() {
        let table = ScoreTable(rows: [.init(label: "PER", score: Score(gold: 1))], overall: Score(gold: 1))
        #expect(table["PER"] == Score(gold: 1))
        #expect(table["LOC"] == nil)
    }
}
