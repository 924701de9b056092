import GovGraphModel

/// Joins every two entities named in the same sentence by a `co_mentioned` relation.
/// Locations (``EntityType/location``) are no entities of the graph and are left out.
///
/// The relation is undirected: its subject is the smaller id. Counting happens in the graph,
/// where all sentences that name both become the edge's evidence.
public struct CoMentionRule: PipelineStage {
    public init() {}

    public func process(_ document: inout Document) {
        document.relations += relations(in: document)
    }

    public func relations(in document: Document) -> [Relation] {
        var result: [Relation] = []
        var spanIndex = 0
        let spans = document.spans
        for sentence in document.sentences {
            guard let article = document.article(containingToken: sentence.tokens.lowerBound).map({ document.articles[$0] })
            else { continue }
            while spanIndex < spans.count, spans[spanIndex].tokens.lowerBound < sentence.tokens.lowerBound { spanIndex += 1 }
            var ids: [EntityID] = []
            var k = spanIndex
            while k < spans.count, spans[k].tokens.lowerBound < sentence.tokens.upperBound {
                let id = spans[k].entity
                if !ids.contains(id), document.entities[id]?.type != .location { ids.append(id) }
                k += 1
            }
            guard ids.count > 1 else { continue }
            let evidence = Evidence(
                start: sentence.start, end: sentence.end, text: document.slice(sentence.start, sentence.end), rule: "co-mention.sentence")
            let sorted = ids.sorted()
            for a in sorted.indices {
                for b in sorted.indices where b > a {
                    result.append(
                        Relation(
                            subject: sorted[a], predicate: .coMentioned, object: sorted[b], date: article.date,
                            evidence: evidence))
                }
            }
        }
        return result
    }
}
