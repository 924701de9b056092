/// Precision, recall and F1 from four counts.
///
/// Gold items and predictions are counted apart: `found` of the `gold` items were found, and
/// `correct` of the `predicted` items were right. For one-to-one matching (CoNLL spans) the two
/// agree; for gold entities, two extracted entities may find the same gold entity.
///
/// ```swift
/// let score = Score(gold: 10, found: 8, predicted: 9, correct: 8)
/// score.recall     // 0.8
/// score.precision  // 0.888…
/// ```
public struct Score: Sendable, Hashable, Codable {
    public var gold: Int
    public var found: Int
    public var predicted: Int
    public var correct: Int

    public init(gold: Int = 0, found: Int = 0, predicted: Int = 0, correct: Int = 0) {
        self.gold = gold
        self.found = found
        self.predicted = predicted
        self.correct = correct
    }

    /// `correct / predicted`; `nil` when nothing was predicted.
    public var precision: Double? { predicted == 0 ? nil : Double(correct) / Double(predicted) }

    /// `found / gold`; `nil` when there is no gold item.
    public var recall: Double? { gold == 0 ? nil : Double(found) / Double(gold) }

    /// The harmonic mean of precision and recall: 0 when either is 0 or undefined while the
    /// other side has items, `nil` when there is neither gold nor prediction.
    public var f1: Double? {
        guard gold > 0 || predicted > 0 else { return nil }
        guard let p = precision, let r = recall, p + r > 0 else { return 0 }
        return 2 * p * r / (p + r)
    }

    /// Gold items that were not found.
    public var missed: Int { gold - found }

    /// Predictions that matched nothing.
    public var falseHits: Int { predicted - correct }

    public static func + (a: Score, b: Score) -> Score {
        Score(
            gold: a.gold + b.gold, found: a.found + b.found, predicted: a.predicted + b.predicted,
            correct: a.correct + b.correct)
    }

    public static func += (a: inout Score, b: Score) { a = a + b }

    enum CodingKeys: String, CodingKey {
        case gold, found, predicted, correct, precision, recall, f1
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        gold = try container.decode(Int.self, forKey: .gold)
        found = try container.decode(Int.self, forKey: .found)
        predicted = try container.decode(Int.self, forKey: .predicted)
        correct = try container.decode(Int.self, forKey: .correct)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(gold, forKey: .gold)
        try container.encode(found, forKey: .found)
        try container.encode(predicted, forKey: .predicted)
        try container.encode(correct, forKey: .correct)
        try container.encode(precision, forKey: .precision)
        try container.encode(recall, forKey: .recall)
        try container.encode(f1, forKey: .f1)
    }
}

/// Scores per row (an entity type or a CoNLL label) and their micro-averaged total.
public struct ScoreTable: Sendable, Hashable, Codable {
    /// One row of the table.
    public struct Row: Sendable, Hashable, Codable {
        public var label: String
        public var score: Score

        public init(label: String, score: Score) {
            self.label = label
            self.score = score
        }
    }

    /// Rows in a fixed order (entity types in declared order, labels in map order).
    public var rows: [Row]
    /// Counts summed over all items (micro average). For CoNLL labels that share an entity type
    /// this is not the sum of the rows' `predicted` (see ``SpanScorer``).
    public var overall: Score

    public init(rows: [Row], overall: Score) {
        self.rows = rows
        self.overall = overall
    }

    /// The row with this label.
    public subscript(label: String) -> Score? { rows.first { $0.label == label }?.score }
}
