import GovGraphModel

/// Scores extracted mentions against the labelled spans of a CoNLL corpus.
///
/// Each sentence was extracted on its own (``CoNLLSentence/text``). A predicted mention (of an
/// entity or of a location, ``ExtractedDocument/locations``) becomes the span of the tokens its
/// code point offsets touch, typed by its entity's type. Mentions of types the ``LabelMap`` does
/// not name are left out, and so are adjectives made from names (``Mention/isAdjective``: corpora
/// mark names; GermEval marks the adjectives apart, as LOCderiv), as are gold spans whose label
/// the map does not name. A prediction fits a gold span when its type is one the gold label
/// stands for.
///
/// - **exact**: the same tokens and a fitting type.
/// - **overlapping**: a fitting type and at least one shared token. Each gold span and each
///   prediction is used once; pairs are taken greedily, most shared tokens first.
///
/// Per label, `gold`/`found` count that label's spans; `predicted` counts the predictions matched
/// to that label plus every unmatched prediction whose type the label stands for. When several
/// labels stand for one type (LER: GS, VO, EUN → law) an unmatched law counts against each of
/// them, so the rows' `predicted` need not add up to the overall one, which counts each
/// prediction once.
///
/// ```swift
/// let report = SpanScorer(labels: map).score(corpus, predictions: perSentence)
/// report.exact.overall.f1
/// ```
public struct SpanScorer: Sendable {
    public var labels: LabelMap

    public init(labels: LabelMap) {
        self.labels = labels
    }

    /// Scores `corpus`; `predictions[i]` holds the documents extracted from sentence `i`.
    ///
    /// - Complexity: O(g·p) per sentence for g gold spans and p predictions.
    public func score(_ corpus: CoNLLCorpus, predictions: [[ExtractedDocument]]) -> SpanReport {
        var exact = Tally(labels: labels)
        var overlapping = Tally(labels: labels)
        var misses: [SpanReport.Item] = []
        var falseHits: [SpanReport.Item] = []
        var boundaries: [SpanReport.Item] = []
        let mapped = labels.mappedTypes
        for (index, sentence) in corpus.sentences.enumerated() {
            let allGold = sentence.spans
            let gold = allGold.filter { !labels.types(for: $0.label).isEmpty }
            let predicted = predictedSpans(sentence, index < predictions.count ? predictions[index] : [], mapped)
            let exactPairs = matchExact(gold, predicted)
            let overlapPairs = matchOverlapping(gold, predicted)
            exact.add(gold, predicted, exactPairs)
            overlapping.add(gold, predicted, overlapPairs)

            let pairedGold = Set(overlapPairs.map(\.gold))
            let pairedPredictions = Set(overlapPairs.map(\.predicted))
            func item(_ tokens: Range<Int>, _ label: String, _ other: String?) -> SpanReport.Item {
                SpanReport.Item(
                    sentence: index + 1, line: sentence.line, document: sentence.document, label: label,
                    text: sentence.text(of: tokens), other: other)
            }
            for pair in overlapPairs where gold[pair.gold].tokens != predicted[pair.predicted].tokens {
                let prediction = predicted[pair.predicted]
                boundaries.append(
                    item(gold[pair.gold].tokens, gold[pair.gold].label,
                         "\(sentence.text(of: prediction.tokens)) (\(prediction.type.rawValue))"))
            }
            for (g, span) in gold.enumerated() where !pairedGold.contains(g) {
                misses.append(item(span.tokens, span.label, nil))
            }
            for (p, prediction) in predicted.enumerated() where !pairedPredictions.contains(p) {
                // Name a gold span it touches, scored or not ("LOCderiv", "RS"), if any.
                let touched = allGold.first { $0.tokens.overlaps(prediction.tokens) }
                falseHits.append(
                    item(prediction.tokens, prediction.type.rawValue,
                         touched.map { "\(sentence.text(of: $0.tokens)) (\($0.label))" }))
            }
        }
        return SpanReport(
            sentences: corpus.sentences.count, exact: exact.table, overlapping: overlapping.table,
            misses: misses, falseHits: falseHits, boundaries: boundaries)
    }

    /// A predicted mention as a token span.
    struct Prediction: Hashable {
        var tokens: Range<Int>
        var type: EntityType
    }

    /// The sentence's predicted mentions of mapped types, once per token span and type, in order.
    func predictedSpans(_ sentence: CoNLLSentence, _ documents: [ExtractedDocument], _ mapped: Set<EntityType>)
        -> [Prediction]
    {
        var seen: Set<Prediction> = []
        var result: [Prediction] = []
        for entity in documents.flatMap({ $0.entities + $0.locations }) where mapped.contains(entity.type) {
            // An adjective made from a name ("Leipziger") is no name: GermEval marks it LOCderiv.
            for mention in entity.mentions where !mention.isAdjective {
                guard let tokens = sentence.tokens(covering: mention.start..<mention.end) else { continue }
                let prediction = Prediction(tokens: tokens, type: entity.type)
                if seen.insert(prediction).inserted { result.append(prediction) }
            }
        }
        return result.sorted { ($0.tokens.lowerBound, $0.tokens.upperBound) < ($1.tokens.lowerBound, $1.tokens.upperBound) }
    }

    func fits(_ prediction: Prediction, _ gold: LabeledSpan) -> Bool {
        labels.types(for: gold.label).contains(prediction.type)
    }

    /// Pairs of (gold index, prediction index) with the same tokens.
    func matchExact(_ gold: [LabeledSpan], _ predicted: [Prediction]) -> [Pair] {
        var used: Set<Int> = []
        var pairs: [Pair] = []
        for (g, span) in gold.enumerated() {
            if let p = predicted.indices.first(where: {
                !used.contains($0) && predicted[$0].tokens == span.tokens && fits(predicted[$0], span)
            }) {
                used.insert(p)
                pairs.append(Pair(gold: g, predicted: p))
            }
        }
        return pairs
    }

    /// Pairs that share tokens, taken greedily: most shared tokens first, then the closest in
    /// length, then the leftmost.
    func matchOverlapping(_ gold: [LabeledSpan], _ predicted: [Prediction]) -> [Pair] {
        var candidates: [(pair: Pair, shared: Int, difference: Int)] = []
        for (g, span) in gold.enumerated() {
            for (p, prediction) in predicted.enumerated() where fits(prediction, span) {
                let shared = span.tokens.clamped(to: prediction.tokens).count
                guard shared > 0 else { continue }
                candidates.append((Pair(gold: g, predicted: p), shared, abs(span.tokens.count - prediction.tokens.count)))
            }
        }
        candidates.sort {
            ($1.shared, $0.difference, $0.pair.gold, $0.pair.predicted)
                < ($0.shared, $1.difference, $1.pair.gold, $1.pair.predicted)
        }
        var usedGold: Set<Int> = []
        var usedPredicted: Set<Int> = []
        var pairs: [Pair] = []
        for candidate in candidates
        where !usedGold.contains(candidate.pair.gold) && !usedPredicted.contains(candidate.pair.predicted) {
            usedGold.insert(candidate.pair.gold)
            usedPredicted.insert(candidate.pair.predicted)
            pairs.append(candidate.pair)
        }
        return pairs.sorted { ($0.gold, $0.predicted) < ($1.gold, $1.predicted) }
    }

    struct Pair: Hashable {
        var gold: Int
        var predicted: Int
    }

    /// Counts per label and overall for one matching mode.
    struct Tally {
        let labels: LabelMap
        var rows: [String: Score] = [:]
        var overall = Score()

        init(labels: LabelMap) { self.labels = labels }

        mutating func add(_ gold: [LabeledSpan], _ predicted: [Prediction], _ pairs: [Pair]) {
            for span in gold { rows[span.label, default: Score()].gold += 1 }
            overall.gold += gold.count
            overall.predicted += predicted.count
            overall.found += pairs.count
            overall.correct += pairs.count
            for pair in pairs {
                let label = gold[pair.gold].label
                rows[label, default: Score()].found += 1
                rows[label, default: Score()].correct += 1
                rows[label, default: Score()].predicted += 1
            }
            let matched = Set(pairs.map(\.predicted))
            for (p, prediction) in predicted.enumerated() where !matched.contains(p) {
                for label in labels.labels(for: prediction.type) { rows[label, default: Score()].predicted += 1 }
            }
        }

        var table: ScoreTable {
            ScoreTable(rows: labels.labels.map { .init(label: $0, score: rows[$0] ?? Score()) }, overall: overall)
        }
    }
}

/// The result of ``SpanScorer/score(_:predictions:)``.
///
/// The lists follow overlapping matching: ``misses`` are gold spans no prediction overlaps,
/// ``falseHits`` predictions that overlap no gold span of a fitting label, and ``boundaries`` the
/// overlapping pairs whose tokens differ, which exact matching counts as a miss and a false hit.
public struct SpanReport: Sendable, Hashable, Codable {
    /// One span of the lists, with where it stands.
    public struct Item: Sendable, Hashable, Codable {
        /// 1-based sentence number, and the line of its first token.
        public var sentence: Int
        public var line: Int
        /// The source line above the sentence (GermEval).
        public var document: String?
        /// The gold label (misses, boundaries) or the entity type (false hits).
        public var label: String
        public var text: String
        /// For a boundary, the prediction; for a false hit, a gold span it touches that did not
        /// fit (another label, or one the map does not name: "LOCderiv", "RS").
        public var other: String?
    }

    public var sentences: Int
    public var exact: ScoreTable
    public var overlapping: ScoreTable
    public var misses: [Item]
    public var falseHits: [Item]
    public var boundaries: [Item]

    enum CodingKeys: String, CodingKey {
        case sentences, exact, overlapping, misses, boundaries
        case falseHits = "false_hits"
    }
}
