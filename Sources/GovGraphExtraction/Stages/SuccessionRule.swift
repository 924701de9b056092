import GovGraphModel

/// Reads who follows whom in a role: `person –succeeds→ person`.
///
/// "Sie folgt auf Katja Dörner", "X folgte auf Y", "X löst Y ab", "X tritt die Nachfolge von Y
/// an". A pronoun subject ("Sie", "Er") is the person named last before the sentence in the
/// article. The role the successor newly took in the article ("die neue Vizepräsidentin") is then
/// closed for the predecessor: the predecessor gets it with the status `former`.
public struct SuccessionRule: PipelineStage {
    public init() {}

    static let pronouns: Set<String> = ["sie", "er"]

    public func process(_ document: inout Document) {
        document.relations += relations(in: document)
    }

    public func relations(in document: Document) -> [Relation] {
        let tokens = document.tokens
        let persons = document.spans.filter { document.entities[$0.entity]?.type == .person }
        var result: [Relation] = []
        for sentence in document.sentences {
            guard let articleIndex = document.article(containingToken: sentence.tokens.lowerBound) else { continue }
            let article = document.articles[articleIndex]
            let range = sentence.tokens
            for k in range {
                guard let predecessorStart = predecessorStart(at: k, tokens: tokens, limit: range.upperBound),
                    let predecessor = persons.first(where: { $0.tokens.lowerBound == predecessorStart })
                else { continue }
                // The successor: a person before the verb in the sentence, or the person a pronoun stands for.
                var successor = persons.last { $0.tokens.upperBound <= k && $0.tokens.lowerBound >= range.lowerBound }
                if successor == nil, range.lowerBound < k, Self.pronouns.contains(tokens[range.lowerBound].norm) {
                    successor = persons.last {
                        $0.tokens.upperBound <= range.lowerBound && tokens[$0.tokens.lowerBound].start >= article.start
                    }
                }
                guard let successor, successor.entity != predecessor.entity else { continue }
                let evidence = Evidence(start: sentence.start, end: sentence.end, text: document.slice(sentence.start, sentence.end))
                result.append(
                    Relation(subject: successor.entity, predicate: .succeeds, object: predecessor.entity, date: article.date, evidence: evidence))
                // Close the predecessor's role: the one the successor newly took in this article.
                for role in document.relations where role.predicate == .holdsRole && role.subject == successor.entity
                    && role.status == .new && role.evidence.start >= article.start && role.evidence.start < article.end
                {
                    result.append(
                        Relation(
                            subject: predecessor.entity, predicate: .holdsRole, role: role.role, roleKey: role.roleKey,
                            status: .former, object: role.object, date: article.date, evidence: evidence))
                }
            }
        }
        return result
    }

    /// Where the predecessor's name starts when token `k` opens a succession phrase.
    func predecessorStart(at k: Int, tokens: [Token], limit: Int) -> Int? {
        let word = tokens[k].norm
        if ["folgt", "folgte"].contains(word), k + 2 < limit, tokens[k + 1].norm == "auf" { return k + 2 }
        if ["löst", "löste"].contains(word), k + 1 < limit { return k + 1 }
        if word == "nachfolge", k + 2 < limit, ["von", "des", "der"].contains(tokens[k + 1].norm) { return k + 2 }
        return nil
    }
}
