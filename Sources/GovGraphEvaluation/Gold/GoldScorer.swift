import GovGraphModel

/// Scores extracted documents against gold articles, as `eval/GUIDELINES.md` ("Scoring") says.
///
/// A gold entity is found when one extracted entity of the same type has a name or a mention text
/// among the gold entity's forms (its name, mentions and aliases). Optional gold entities are not
/// required, and an extracted entity that matches one is not counted either way. Incidental ones
/// (credits) are treated as optional unless `keepIncidental` is set, which makes them required.
/// Every other extracted entity is a false hit. Entities are counted once per text: the documents
/// extracted from one text (one per dated item of a page) are merged by entity id.
///
/// Role relations (`holds_role`) match on subject, object and folded role (``RoleFolding``); a
/// relaxed score ignores the role. An extracted subject or object matches a gold name when its
/// name is that name or one of the forms of the gold entity so named.
///
/// ```swift
/// let report = GoldScorer().score([GoldComparison(gold: article, source: "page.txt", documents: extracted)])
/// report.entities.overall.f1
/// ```
public struct GoldScorer: Sendable {
    public var keepIncidental: Bool

    public init(keepIncidental: Bool = false) {
        self.keepIncidental = keepIncidental
    }

    /// Scores every text and sums the counts.
    public func score(_ comparisons: [GoldComparison]) -> GoldReport {
        var report = GoldReport()
        var byType: [EntityType: Score] = [:]
        for comparison in comparisons {
            let extracted = ExtractedEntity.merge(comparison.documents)
            scoreEntities(comparison, extracted, into: &report, byType: &byType)
            scoreRelations(comparison, extracted, into: &report)
        }
        report.texts = comparisons.count
        report.entities = ScoreTable(
            rows: EntityType.allCases.compactMap { type in byType[type].map { .init(label: type.rawValue, score: $0) } },
            overall: byType.values.reduce(Score(), +))
        return report
    }

    private func required(_ entity: GoldEntity) -> Bool {
        !entity.optional && (!entity.incidental || keepIncidental)
    }

    private func scoreEntities(
        _ comparison: GoldComparison, _ extracted: [ExtractedEntity], into report: inout GoldReport,
        byType: inout [EntityType: Score]
    ) {
        let gold = comparison.gold.entities.map { (entity: $0, forms: $0.forms) }
        for (entity, forms) in gold where required(entity) {
            byType[entity.type, default: Score()].gold += 1
            if extracted.contains(where: { $0.matches(entity.type, forms) }) {
                byType[entity.type, default: Score()].found += 1
            } else {
                report.misses.append(
                    .init(source: comparison.source, name: entity.name, type: entity.type, texts: entity.mentions))
            }
        }
        for item in extracted {
            let matched = gold.filter { item.matches($0.entity.type, $0.forms) }
            if matched.contains(where: { required($0.entity) }) {
                byType[item.type, default: Score()].predicted += 1
                byType[item.type, default: Score()].correct += 1
            } else if matched.isEmpty {
                byType[item.type, default: Score()].predicted += 1
                report.falseHits.append(
                    .init(source: comparison.source, name: item.name, type: item.type, texts: item.texts.sorted()))
            }
        }
    }

    private func scoreRelations(
        _ comparison: GoldComparison, _ extracted: [ExtractedEntity], into report: inout GoldReport
    ) {
        let entities = Dictionary(extracted.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var predicted: [PredictedRelation] = []
        var predictedFormer: [PredictedRelation] = []
        // Former roles are kept in the graph with their status but are no current relation
        // (GUIDELINES rule 18).
        for relation in comparison.documents.flatMap(\.relations) where relation.predicate == .holdsRole {
            guard let subject = entities[relation.subject], let object = entities[relation.object] else { continue }
            let item = PredictedRelation(
                subject: subject.name, object: object.name,
                key: relation.roleKey ?? RoleFolding.key(relation.role ?? ""), role: relation.role ?? "",
                status: relation.status ?? .current)
            if relation.status == .former {
                predictedFormer.append(item)
            } else if !predicted.contains(where: { $0.subject == item.subject && $0.object == item.object && $0.key == item.key }) {
                predicted.append(item)
            }
        }
        let gold = comparison.gold
        var goldRelations: [GoldRelation] = []
        for relation in gold.relations where !goldRelations.contains(relation) { goldRelations.append(relation) }

        func names(_ name: String, _ goldName: String) -> Bool {
            name == goldName || (gold.entity(named: goldName)?.forms.contains(name) ?? false)
        }
        func strict(_ p: PredictedRelation, _ g: GoldRelation) -> Bool {
            p.key == RoleFolding.key(g.role) && names(p.subject, g.subject) && names(p.object, g.object)
        }
        func relaxed(_ p: PredictedRelation, _ g: GoldRelation) -> Bool {
            names(p.subject, g.subject) && names(p.object, g.object)
        }

        for g in goldRelations {
            report.relations.gold += 1
            report.relationsIgnoringRole.gold += 1
            if predicted.contains(where: { strict($0, g) }) {
                report.relations.found += 1
            } else {
                report.relationMisses.append(
                    .init(source: comparison.source, subject: g.subject, role: g.role, object: g.object))
            }
            if predicted.contains(where: { relaxed($0, g) }) { report.relationsIgnoringRole.found += 1 }
        }
        // Former roles: found when read with the status former.
        for g in gold.formerRelations {
            report.formerRelations.gold += 1
            if predictedFormer.contains(where: { strict($0, g) }) { report.formerRelations.found += 1 }
        }
        report.formerRelations.predicted += predictedFormer.count
        report.formerRelations.correct += predictedFormer.filter { p in gold.formerRelations.contains { strict(p, $0) } }.count
        for p in predicted {
            report.relations.predicted += 1
            if let g = goldRelations.first(where: { strict(p, $0) }), let status = g.status {
                report.statusChecked += 1
                if status == p.status { report.statusRight += 1 }
            }
            if goldRelations.contains(where: { strict(p, $0) }) {
                report.relations.correct += 1
            } else {
                report.relationFalseHits.append(
                    .init(source: comparison.source, subject: p.subject, role: p.role, object: p.object))
            }
        }
        // The relaxed score counts each (subject, object) pair once.
        var pairs: [(String, String)] = []
        for p in predicted where !pairs.contains(where: { $0 == (p.subject, p.object) }) {
            pairs.append((p.subject, p.object))
            report.relationsIgnoringRole.predicted += 1
            if goldRelations.contains(where: { relaxed(p, $0) }) { report.relationsIgnoringRole.correct += 1 }
        }
    }
}

/// One text to score: its gold and the documents extracted from it.
public struct GoldComparison: Sendable {
    public var gold: GoldArticle
    /// The text's path, for reports.
    public var source: String
    public var documents: [ExtractedDocument]

    public init(gold: GoldArticle, source: String, documents: [ExtractedDocument]) {
        self.gold = gold
        self.source = source
        self.documents = documents
    }
}

/// An extracted entity of a whole text, with every mention text of all its documents.
struct ExtractedEntity {
    var id: EntityID
    var name: String
    var type: EntityType
    var texts: Set<String>

    func matches(_ goldType: EntityType, _ forms: Set<String>) -> Bool {
        type == goldType && (forms.contains(name) || !texts.isDisjoint(with: forms))
    }

    /// The entities of `documents`, one per id, in order of first appearance.
    static func merge(_ documents: [ExtractedDocument]) -> [ExtractedEntity] {
        var order: [EntityID] = []
        var byID: [EntityID: ExtractedEntity] = [:]
        // Entities without a mention (a Land added because a town of it was named) are no
        // extraction from the text.
        for entity in documents.flatMap(\.entities) where !entity.mentions.isEmpty {
            if byID[entity.id] == nil {
                order.append(entity.id)
                byID[entity.id] = ExtractedEntity(id: entity.id, name: entity.name, type: entity.type, texts: [])
            }
            byID[entity.id]?.texts.formUnion(entity.mentions.map(\.text))
        }
        return order.compactMap { byID[$0] }
    }
}

private struct PredictedRelation {
    var subject: String
    var object: String
    var key: String
    var role: String
    var status: RoleStatus
}

/// The result of ``GoldScorer/score(_:)``: scores, and every miss and false hit.
public struct GoldReport: Sendable, Hashable, Codable {
    /// An entity or relation that was missed or extracted wrongly, with its text.
    public struct EntityItem: Sendable, Hashable, Codable {
        public var source: String
        public var name: String
        public var type: EntityType
        /// Gold mention forms (misses) or extracted mention texts (false hits).
        public var texts: [String]
    }

    public struct RelationItem: Sendable, Hashable, Codable {
        public var source: String
        public var subject: String
        public var role: String
        public var object: String
    }

    public var texts = 0
    /// Per entity type and overall.
    public var entities = ScoreTable(rows: [], overall: Score())
    /// holds_role relations: subject, object and folded role.
    public var relations = Score()
    /// holds_role relations: subject and object only.
    public var relationsIgnoringRole = Score()
    /// Roles the gold marks as ended, read with the status former (subject, object and role).
    public var formerRelations = Score()
    /// Of the relations found right whose gold gives a status (current or new): how many, and
    /// how many have that status.
    public var statusChecked = 0
    public var statusRight = 0
    public var misses: [EntityItem] = []
    public var falseHits: [EntityItem] = []
    public var relationMisses: [RelationItem] = []
    public var relationFalseHits: [RelationItem] = []

    public init() {}

    enum CodingKeys: String, CodingKey {
        case texts, entities, relations
        case relationsIgnoringRole = "relations_ignoring_role"
        case formerRelations = "former_relations"
        case statusChecked = "status_checked"
        case statusRight = "status_right"
        case misses
        case falseHits = "false_hits"
        case relationMisses = "relation_misses"
        case relationFalseHits = "relation_false_hits"
    }
}
