import GovGraphModel

/// Turns an analysed document into one ``ExtractedDocument`` per article.
///
/// Each article keeps the entities whose mentions fall inside it (a mention that runs over its
/// end is left out) and the relations read from its sentences; the entities its relations name
/// without a mention in it (the Land of a named town) go to ``ExtractedDocument/implied``;
/// locations (``EntityType/location``) go to ``ExtractedDocument/locations``, and
/// a relation that names one is dropped, since locations are no entities of the graph. Its id is
/// a content hash of its text, so extracting the same text again yields the same id.
public struct GraphBuilder: Sendable {
    public init() {}

    public func documents(from document: Document) -> [ExtractedDocument] {
        let tokens = document.tokens
        // Spans are in text order; relations are put in order of their evidence once, so each
        // article finds its own by binary search instead of scanning the whole page.
        let spanStarts = document.spans.map { tokens[$0.tokens.lowerBound].start }
        let relations = document.relations.sorted { $0.evidence.start < $1.evidence.start }
        let relationStarts = relations.map(\.evidence.start)
        func isLocation(_ id: EntityID) -> Bool { document.entities[id]?.type == .location }
        return document.articles.map { article in
            var entities: [EntityID: Entity] = [:]
            var order: [EntityID] = []
            for index in spanStarts.indices(by: \.self, from: article.start, to: article.end) {
                let span = document.spans[index]
                let start = spanStarts[index]
                let end = tokens[span.tokens.upperBound - 1].end
                // A name that runs over into the next article (its title line) belongs to neither.
                guard end <= article.end, let info = document.entities[span.entity] else { continue }
                if entities[info.id] == nil {
                    entities[info.id] = Entity(id: info.id, name: info.name, type: info.type, keys: info.keys)
                    order.append(info.id)
                }
                entities[info.id]!.mentions.append(
                    Mention(text: document.slice(start, end), start: start, end: end, isAdjective: span.origin == .adjective))
            }
            let own = Self.newInArticle(relationStarts.indices(by: \.self, from: article.start, to: article.end).map { relations[$0] })
                .filter { !isLocation($0.subject) && !isLocation($0.object) }
                .sorted {
                    ($0.evidence.start, $0.predicate, $0.subject, $0.object, $0.roleKey ?? "")
                        < ($1.evidence.start, $1.predicate, $1.subject, $1.object, $1.roleKey ?? "")
                }
            // Entities a relation names though the article does not (the Land of a named town)
            // are implied, not named: they go to their own list.
            var implied: [Entity] = []
            var impliedIDs: Set<EntityID> = []
            for relation in own {
                for id in [relation.subject, relation.object] where entities[id] == nil {
                    guard let info = document.entities[id], impliedIDs.insert(id).inserted else { continue }
                    implied.append(Entity(id: info.id, name: info.name, type: info.type, keys: info.keys))
                }
            }
            let body = document.slice(article.start, article.end)
            let all = order.map { entities[$0]! }
            return ExtractedDocument(
                id: String(SHA256.hex(Array(body.utf8)).prefix(32)), source: document.source,
                title: article.title, date: article.date, start: article.start, end: article.end,
                entities: all.filter { $0.type != .location }, relations: Self.uniqued(own),
                locations: all.filter { $0.type == .location }, implied: implied, text: body)
        }
    }

    /// An article that reports a role as newly taken in one sentence reports it as new in all:
    /// "Sager wurde bestätigt … Sager steht seit 2014 an der Spitze" is one new role. Roles the
    /// article reads as former stay former.
    static func newInArticle(_ relations: [Relation]) -> [Relation] {
        func key(_ relation: Relation) -> String {
            "\(relation.subject.rawValue)\t\(relation.object.rawValue)\t\(relation.roleKey ?? "")"
        }
        let new = Set(relations.lazy.filter { $0.predicate == .holdsRole && $0.status == .new }.map(key))
        guard !new.isEmpty else { return relations }
        return relations.map { relation in
            guard relation.predicate == .holdsRole, relation.status == .current, new.contains(key(relation)) else { return relation }
            var changed = relation
            changed.status = .new
            return changed
        }
    }

    /// The relations without repeats, first occurrences kept. Equal relations have equal sort
    /// keys, and `sorted` holds those next to each other, so each relation is compared only
    /// with the earlier ones of its run (instead of hashing every relation with its evidence).
    static func uniqued(_ sorted: [Relation]) -> [Relation] {
        var result: [Relation] = []
        result.reserveCapacity(sorted.count)
        var runStart = 0
        for (index, relation) in sorted.enumerated() {
            if index > 0, !sameKey(sorted[index - 1], relation) { runStart = result.count }
            if !result[runStart...].contains(relation) { result.append(relation) }
        }
        return result
    }

    private static func sameKey(_ a: Relation, _ b: Relation) -> Bool {
        a.evidence.start == b.evidence.start && a.predicate == b.predicate && a.subject == b.subject
            && a.object == b.object && (a.roleKey ?? "") == (b.roleKey ?? "")
    }
}
