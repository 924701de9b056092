import GovGraphModel

/// Says where places and bodies lie: `located_in`.
///
/// - From the official keys: a municipality lies in its Kreis (or, when it is a kreisfreie Stadt,
///   directly in its Land), a Kreis in its Land, a Land body (`state` key) in its Land.
/// - From the text: a body whose name holds a place ("Hochschule Ludwigsburg", "Landkreistag
///   Baden-Württemberg") lies there, and so does one named with a possessive ("Oldenburgs Amt
///   für digitale Transformation").
///
/// Each relation cites the sentence of the first mention in the article; the containing entity
/// joins the article's entities even where the text does not name it.
public struct PlaceHierarchyRule: PipelineStage {
    public let gazetteer: CompiledGazetteer

    public init(gazetteer: CompiledGazetteer) {
        self.gazetteer = gazetteer
    }

    public func process(_ document: inout Document) {
        let (relations, containers) = relations(in: document)
        for info in containers where document.entities[info.id] == nil { document.entities[info.id] = info }
        document.relations += relations
    }

    public func relations(in document: Document) -> ([Relation], [EntityInfo]) {
        let tokens = document.tokens
        let candidates = SpanIndex(document.candidates)
        let spans = SpanIndex(document.spans)
        var result: [Relation] = []
        var found: [EntityInfo] = []
        var done: Set<String> = []
        func add(_ part: EntityID, _ whole: EntityInfo, sentenceOf token: Int, article: Article) {
            guard part != whole.id, done.insert("\(part)|\(whole.id)|\(article.start)").inserted,
                let index = document.sentenceIndex(containingToken: token)
            else { return }
            let sentence = document.sentences[index]
            found.append(whole)
            result.append(
                Relation(
                    subject: part, predicate: .locatedIn, object: whole.id, date: article.date,
                    evidence: Evidence(
                        start: sentence.start, end: sentence.end, text: document.slice(sentence.start, sentence.end),
                        rule: "located-in.official-keys")))
            // Up the chain: the Kreis lies in its Land.
            for next in containers(of: whole) { add(whole.id, next, sentenceOf: token, article: article) }
        }
        for span in document.spans {
            guard let article = document.article(containingToken: span.tokens.lowerBound).map({ document.articles[$0] }),
                let info = document.entities[span.entity]
            else { continue }
            for whole in containers(of: info) { add(info.id, whole, sentenceOf: span.tokens.lowerBound, article: article) }
            guard info.type == .organization else { continue }
            // A place inside the body's name, or right before it in the genitive. Where a name is
            // a Land's and a town's elsewhere ("… Sachsen": the Land, not Sachsen bei Ansbach),
            // the Land is meant.
            let inside = candidates.inside(span.tokens).filter { $0.tokens != span.tokens }
            for candidate in inside {
                guard let place = document.entities[candidate.entity], [.municipality, .state, .district].contains(place.type)
                else { continue }
                let landElsewhere = place.type == .municipality && inside.contains { other in
                    guard other.tokens == candidate.tokens, let land = document.entities[other.entity], land.type == .state
                    else { return false }
                    return land.keys["ags"] != place.keys["state"]
                }
                if !landElsewhere { add(info.id, place, sentenceOf: span.tokens.lowerBound, article: article) }
            }
            let before = span.tokens.lowerBound - 1
            if before >= 0, let possessive = spans.ending(at: before).first,
                let place = document.entities[possessive.entity], [.municipality, .state, .district].contains(place.type),
                tokens[before].text.hasSuffix("s")
            {
                add(info.id, place, sentenceOf: span.tokens.lowerBound, article: article)
            }
        }
        return (result, found)
    }

    /// The Kreis or Land an entity lies in by its keys.
    func containers(of info: EntityInfo) -> [EntityInfo] {
        switch info.type {
        case .municipality:
            let type = info.keys["type"] ?? ""
            let independent = type == "kreisfreie-stadt" || type == "stadtkreis"
            if !independent, let district = info.keys["district"], let entry = gazetteer.entry(EntityID("district:" + district)) {
                return [entry.info]
            }
            return state(info.keys["state"])
        case .district:
            return state(info.keys["state"])
        case .organization:
            return info.keys["level"] == "state" ? state(info.keys["state"]) : []
        default:
            return []
        }
    }

    private func state(_ code: String?) -> [EntityInfo] {
        guard let code, let entry = gazetteer.entry(EntityID("state:" + code)) else { return [] }
        return [entry.info]
    }
}
