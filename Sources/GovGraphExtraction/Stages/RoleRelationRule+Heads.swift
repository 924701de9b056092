import GovGraphModel

/// Roles the text gives without a role noun: taking over the chair ("übernimmt den Vorsitz des Y")
/// and standing at the head ("steht an der Spitze des Y"). The role is written in the holder's
/// gender, read from the given name.
extension RoleRelationRule {
    /// The types a chair or a head can be of.
    static let headedTypes: Set<EntityType> = [.organization, .municipality, .district, .state, .country]

    /// "Claudia Kalisch übernimmt den Vorsitz des Digitalausschusses": the role Vorsitzende(r),
    /// new, of the body after "des/der/im"; the holder is the person before the verb.
    func chairs(
        in sentence: Sentence, article: Article, evidence: Evidence, spanAtStart: [Int: SpanCandidate],
        spanAtEnd: [Int: SpanCandidate], document: Document
    ) -> [Relation] {
        let tokens = document.tokens
        var result: [Relation] = []
        for k in sentence.tokens where tokens[k].norm == "vorsitz" && k >= sentence.tokens.lowerBound + 2 {
            guard tokens[k - 1].norm == "den",
                let verb = (max(sentence.tokens.lowerBound, k - 4)..<(k - 1)).last(where: { Self.takeOverVerbs.contains(tokens[$0].norm) }),
                let holder = personBefore(verb, tokens: tokens, spanAtEnd: spanAtEnd, document: document, lower: sentence.tokens.lowerBound, window: nil),
                k + 2 < sentence.tokens.upperBound, ["des", "der", "im", "beim"].contains(tokens[k + 1].norm),
                let object = spanAtStart[k + 2], let type = document.entities[object.entity]?.type,
                Self.headedTypes.contains(type) && type != .country
            else { continue }
            let written = gendered("Vorsitzender", "Vorsitzende", holder: holder, tokens: tokens)
            result.append(
                Relation(
                    subject: holder.entity, predicate: .holdsRole, role: written, roleKey: "vorsitzender", status: .new,
                    object: object.entity, date: article.date, evidence: evidence.by("role.takes-chair")))
        }
        return result
    }

    /// "X steht an der Spitze des Y", "An der Spitze des Y steht X", "X tritt an die Spitze des Y":
    /// the role Chef(in) of Y. The holder is the nearest person before "an" or, failing that, the
    /// first after Y. "stand" makes the role former, "an die Spitze" new.
    func heads(
        in sentence: Sentence, article: Article, evidence: Evidence, spanAtStart: [Int: SpanCandidate],
        spanAtEnd: [Int: SpanCandidate], document: Document
    ) -> [Relation] {
        let tokens = document.tokens
        let range = sentence.tokens
        var result: [Relation] = []
        for k in range where tokens[k].norm == "spitze" && k >= range.lowerBound + 2 {
            let an = k - 2
            guard tokens[an].norm == "an", ["der", "die"].contains(tokens[k - 1].norm),
                let object = headedObject(after: k, tokens: tokens, spanAtStart: spanAtStart, document: document, limit: range.upperBound),
                let holder = personBefore(an, tokens: tokens, spanAtEnd: spanAtEnd, document: document, lower: range.lowerBound, window: 8)
                    ?? personAfter(object.tokens.upperBound - 1, tokens: tokens, spanAtStart: spanAtStart, document: document, limit: range.upperBound)
            else { continue }
            var status = RoleStatus.current
            if tokens[k - 1].norm == "die" {
                status = .new  // "tritt an die Spitze", "rückt an die Spitze"
            } else if range.contains(where: { ["stand", "standen"].contains(tokens[$0].norm) }) {
                status = .former
            }
            result.append(
                Relation(
                    subject: holder.entity, predicate: .holdsRole, role: gendered("Chef", "Chefin", holder: holder, tokens: tokens),
                    roleKey: "chef", status: status, object: object.entity, date: article.date, evidence: evidence.by("role.at-the-head")))
        }
        return result
    }

    /// The organization or place after "Spitze": "des Deutschen Städtetags", "der Stadt Bonn".
    private func headedObject(
        after k: Int, tokens: [Token], spanAtStart: [Int: SpanCandidate], document: Document, limit: Int
    ) -> SpanCandidate? {
        var j = k + 1
        guard j < limit, ["des", "der", "von"].contains(tokens[j].norm) else { return nil }
        j += 1
        if j < limit, spanAtStart[j] == nil, Self.placeDesignators.contains(tokens[j].norm) { j += 1 }
        guard j < limit, let span = spanAtStart[j], let type = document.entities[span.entity]?.type,
            Self.headedTypes.contains(type)
        else { return nil }
        return span
    }

    /// The masculine or feminine role, by the holder's given name (masculine when unknown).
    func gendered(_ masculine: String, _ feminine: String, holder: SpanCandidate, tokens: [Token]) -> String {
        givenNames[tokens[holder.tokens.lowerBound].text] == "f" ? feminine : masculine
    }
}
