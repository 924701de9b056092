import GovGraphModel

/// Reads who follows whom in a role: `person –succeeds→ person`.
///
/// - "Sie folgt auf Katja Dörner", "X folgte auf Y", "X löst Y ab", "X tritt die Nachfolge von Y
///   an": the successor is the person before the verb, or the person a pronoun subject ("Sie",
///   "Er") stands for: the one named last before the sentence in the article.
/// - "X, Nachfolger von Y, …" and "Nachfolgerin von Y ist X": the successor is the person before
///   "Nachfolger" or the one after a copula behind Y.
/// - "Sein Nachfolger wird X", "Zu ihrer Nachfolgerin wurde X gewählt": the predecessor is the
///   person named last before the sentence in the article, the successor the one after.
///
/// The role the successor newly took in the article ("die neue Vizepräsidentin") is then closed
/// for the predecessor, who gets it with the status `former`. Conversely, a role the predecessor
/// left in the article ("scheidet als Hauptgeschäftsführer des DStGB aus") is opened for a
/// successor who has no role there yet: the successor gets it with the status `new`.
public struct SuccessionRule: PipelineStage {
    public init() {}

    static let pronouns: WordSet = ["sie", "er"]
    static let possessives: WordSet = ["sein", "seine", "seinem", "seinen", "seiner", "ihr", "ihre", "ihrem", "ihren", "ihrer"]
    static let successorNouns: WordSet = ["nachfolger", "nachfolgerin"]
    static let successionNouns: WordSet = ["nachfolge"]
    static let followVerbs: WordSet = ["folgt", "folgte"]
    static let replaceVerbs: WordSet = ["löst", "löste"]
    static let predecessorLinks: WordSet = ["von", "des", "der"]
    static let copulas: WordSet = ["ist", "wird", "wurde", "war", "bleibt", "soll", "werden", "gewählt", "ernannt"]

    public func process(_ document: inout Document) {
        document.relations += relations(in: document)
    }

    public func relations(in document: Document) -> [Relation] {
        let persons = SpanIndex(document.spans.filter { document.entities[$0.entity]?.type == .person })
        // The roles read so far, by the article of their evidence.
        let roles = Dictionary(
            grouping: document.relations.filter { $0.predicate == .holdsRole },
            by: { document.article(containingOffset: $0.evidence.start) })
        var result: [Relation] = []
        for sentence in document.sentences {
            guard let articleIndex = document.article(containingToken: sentence.tokens.lowerBound) else { continue }
            let article = document.articles[articleIndex]
            for k in sentence.tokens {
                guard let (successor, predecessor) = succession(at: k, sentence: sentence, article: article, persons: persons, document: document),
                    successor.entity != predecessor.entity
                else { continue }
                let evidence = Evidence(start: sentence.start, end: sentence.end, text: document.slice(sentence.start, sentence.end))
                result.append(
                    Relation(
                        subject: successor.entity, predicate: .succeeds, object: predecessor.entity, date: article.date,
                        evidence: evidence.by("succession.follows")))
                result += handedOverRoles(
                    from: predecessor.entity, to: successor.entity, among: roles[articleIndex] ?? [], article: article,
                    evidence: evidence)
            }
        }
        return result
    }

    /// The successor and the predecessor when token `k` opens a succession phrase.
    /// - Parameter persons: the document's spans of persons.
    func succession(
        at k: Int, sentence: Sentence, article: Article, persons: SpanIndex, document: Document
    ) -> (successor: SpanCandidate, predecessor: SpanCandidate)? {
        let tokens = document.tokens
        let range = sentence.tokens
        // The person named last in the article before this sentence, for pronouns and
        // possessives; looked up only where a phrase needs it (most tokens open none).
        var earlierInArticle: SpanCandidate? {
            persons.last(endingBy: range.lowerBound).flatMap { tokens[$0.tokens.lowerBound].start >= article.start ? $0 : nil }
        }
        // "Sein Nachfolger wird X": the predecessor was named before.
        if tokens[k].is(.successorNoun), k > range.lowerBound, tokens[k - 1].is(.possessive) {
            guard let predecessor = earlierInArticle,
                let successor = person(after: k, tokens: tokens, persons: persons, limit: range.upperBound)
            else { return nil }
            return (successor, predecessor)
        }
        guard let predecessorStart = predecessorStart(at: k, tokens: tokens, limit: range.upperBound),
            let predecessor = persons.starting(at: predecessorStart).first
        else { return nil }
        // "Nachfolgerin von Y ist X"
        if tokens[k].is(.successorNoun),
            let successor = person(after: predecessor.tokens.upperBound - 1, tokens: tokens, persons: persons, limit: range.upperBound)
        {
            return (successor, predecessor)
        }
        // The successor: a person before the verb in the sentence, or the person a pronoun stands for.
        if let successor = persons.last(endingBy: k).flatMap({ $0.tokens.lowerBound >= range.lowerBound ? $0 : nil }) {
            return (successor, predecessor)
        }
        guard range.lowerBound < k, Self.pronouns.contains(tokens[range.lowerBound].norm), let successor = earlierInArticle
        else { return nil }
        return (successor, predecessor)
    }

    /// Where the predecessor's name starts when token `k` opens a succession phrase.
    func predecessorStart(at k: Int, tokens: [Token], limit: Int) -> Int? {
        let token = tokens[k]
        if token.is(.followVerb), k + 2 < limit, tokens[k + 1].norm == "auf" { return k + 2 }
        if token.is(.replaceVerb), k + 1 < limit { return k + 1 }
        if token.is(.successionNoun) || token.is(.successorNoun), k + 2 < limit,
            Self.predecessorLinks.contains(tokens[k + 1].norm)
        {
            return k + 2
        }
        return nil
    }

    /// The person after token `k`, past a comma and a copula or participle: "… ist André
    /// Berghegger", "…, wird Claudia Kalisch".
    func person(after k: Int, tokens: [Token], persons: SpanIndex, limit: Int) -> SpanCandidate? {
        var j = k + 1
        while j < limit, j - k <= 4, tokens[j].text == "," || Self.copulas.contains(tokens[j].norm) { j += 1 }
        return persons.starting(at: j).first
    }

    /// The roles that pass between predecessor and successor in the article: the successor's new
    /// roles become the predecessor's former ones; when the successor took none, the predecessor's
    /// former roles become the successor's new ones (unless the successor holds that role there).
    /// - Parameter inArticle: the `holds_role` relations read from the article.
    func handedOverRoles(
        from predecessor: EntityID, to successor: EntityID, among inArticle: [Relation], article: Article,
        evidence: Evidence
    ) -> [Relation] {
        // Close the predecessor's role: the one the successor newly took in this article.
        let taken = inArticle.filter { $0.subject == successor && $0.status == .new }
        guard taken.isEmpty else {
            return taken.map { $0.handedOver(to: predecessor, status: .former, date: article.date, evidence: evidence) }
        }
        // Open the successor's role: the one the predecessor left in this article.
        var result: [Relation] = []
        let successorRoles = inArticle.filter { $0.subject == successor }
        for role in inArticle where role.subject == predecessor && role.status == .former
            && !successorRoles.contains(where: { $0.object == role.object && $0.roleKey == role.roleKey })
        {
            result.append(role.handedOver(to: successor, status: .new, date: article.date, evidence: evidence))
        }
        return result
    }
}

extension Relation {
    /// The same role of the same object, held by `holder` with `status`.
    func handedOver(to holder: EntityID, status: RoleStatus, date: String?, evidence: Evidence) -> Relation {
        Relation(
            subject: holder, predicate: .holdsRole, role: role, roleKey: roleKey, status: status, object: object,
            date: date, evidence: evidence.by("role.handed-over"))
    }
}
