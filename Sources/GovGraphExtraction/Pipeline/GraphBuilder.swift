import GovGraphModel

/// Turns an analysed document into one ``ExtractedDocument`` per article.
///
/// Each article keeps the entities whose mentions fall inside it and the relations read from
/// its sentences. Its id is a content hash of its text, so extracting the same text again
/// yields the same id.
public struct GraphBuilder: Sendable {
    public init() {}

    public func documents(from document: Document) -> [ExtractedDocument] {
        let tokens = document.tokens
        return document.articles.map { article in
            var entities: [EntityID: Entity] = [:]
            var order: [EntityID] = []
            for span in document.spans {
                let start = tokens[span.tokens.lowerBound].start
                let end = tokens[span.tokens.upperBound - 1].end
                guard start >= article.start, start < article.end, let info = document.entities[span.entity] else {
                    continue
                }
                if entities[info.id] == nil {
                    entities[info.id] = Entity(id: info.id, name: info.name, type: info.type, keys: info.keys)
                    order.append(info.id)
                }
                entities[info.id]!.mentions.append(Mention(text: document.slice(start, end), start: start, end: end))
            }
            let relations = document.relations
                .filter { $0.evidence.start >= article.start && $0.evidence.start < article.end }
                .sorted {
                    ($0.evidence.start, $0.predicate, $0.subject, $0.object, $0.roleKey ?? "")
                        < ($1.evidence.start, $1.predicate, $1.subject, $1.object, $1.roleKey ?? "")
                }
            // Entities a relation names though the article does not (the Land of a named town).
            for relation in relations {
                for id in [relation.subject, relation.object] where entities[id] == nil {
                    guard let info = document.entities[id] else { continue }
                    entities[id] = Entity(id: info.id, name: info.name, type: info.type, keys: info.keys)
                    order.append(id)
                }
            }
            let body = document.slice(article.start, article.end)
            return ExtractedDocument(
                id: String(SHA256.hex(Array(body.utf8)).prefix(32)), source: document.source,
                title: article.title, date: article.date, start: article.start, end: article.end,
                entities: order.map { entities[$0]! }, relations: relations.uniqued())
        }
    }
}
