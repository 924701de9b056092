import GovGraphModel

/// Reads who holds which role where: `person –holds_role→ organization or place`.
///
/// A role noun (from ``RoleLexicon``) finds its holder
/// - right after it: "Oberbürgermeisterin Claudia Kalisch", "den Staatsministern Sinemus und Mehring";
/// - before it, in an apposition or after a copula: "Burkhard Jung, Präsident …",
///   "Claudia Kalisch ist die neue Vizepräsidentin …";
/// - through a coordination: "Präsident des Deutschen Städtetags und OB von Leipzig" (the OB is the
///   Präsident's holder);
/// - after its object: "der Präsident des Deutschen Städtetags, Burkhard Jung";
///
/// and its organization or place
/// - after it, in the genitive or with "von": "Präsident des Deutschen Städtetags", "OB von
///   Leipzig", "OB der Stadt Leipzig";
/// - before it, as a possessive, an adjective or a compound part: "Niedersachsens
///   Digitalministerin", "Leipziger Oberbürgermeister", "DLT-Präsident";
/// - failing both, the place the article's title leads with ("Sachsen-Anhalt: …" for
///   "Digitalministerin Lydia Hüskens" in its text).
///
/// The object's type must be in the role's scope (a Bürgermeister is a municipality's). Each
/// relation carries a status: `former` for "die frühere Präsidentin", "Ex-Präsidentin"; `new` for
/// "die neue Vizepräsidentin" and for "X wurde zur Präsidentin des Y gewählt" (the person before
/// "zum/zur", unless negated: "nicht erneut zur Oberbürgermeisterin gewählt" gives nothing);
/// `current` otherwise. "X übernimmt den Vorsitz des Y" gives X the role Vorsitzende(r) of Y, new.
public struct RoleRelationRule: PipelineStage {
    public let roles: RoleLexicon
    /// Given names with gender (`m`, `f`, `u`), for roles the text does not write out.
    public let givenNames: [String: String]

    public init(roles: RoleLexicon, givenNames: [String: String] = [:]) {
        self.roles = roles
        self.givenNames = givenNames
    }

    static let formerMarkers: Set<String> = [
        "frühere", "früheren", "früherer", "ehemalige", "ehemaligen", "ehemaliger", "bisherige",
        "bisherigen", "bisheriger", "damalige", "damaligen", "damaliger", "ex",
        "verstorbene", "verstorbenen", "scheidende", "scheidenden", "langjährige", "langjährigen", "langjähriger",
    ]
    static let newMarkers: Set<String> = [
        "neue", "neuer", "neuen", "designierte", "designierter", "designierten", "künftige", "künftiger",
        "künftigen", "frisch", "gewählte", "gewählter", "gewählten",
    ]
    static let electionVerbs: Set<String> = [
        "gewählt", "ernannt", "bestellt", "berufen", "gekürt", "bestimmt", "wiedergewählt", "vereidigt",
    ]
    static let negations: Set<String> = ["nicht", "kein", "keine", "nie", "niemals"]
    static let modifiers: Set<String> = [
        "neue", "neuer", "neuen", "designierte", "designierter", "designierten", "amtierende",
        "amtierender", "amtierenden", "der", "die", "den", "dem", "des", "auch", "zudem", "zugleich",
        "außerdem", "weiterhin", "derzeit", "nun", "jetzt", "seit", "bereits", "schon", "noch",
    ]
    static let copulas: Set<String> = ["ist", "bleibt", "wird", "war", "sei", "sind", "bleiben", "werden"]
    static let objectLinks: Set<String> = ["des", "der", "von", "vom", "im", "beim", "am"]
    static let placeDesignators: Set<String> = [
        "stadt", "gemeinde", "landeshauptstadt", "hansestadt", "universitätsstadt", "kreisstadt", "landes",
        "freistaates", "freistaats", "kreises", "landkreises", "bundeslandes",
    ]
    static let titleLeadTypes: Set<EntityType> = [.state, .municipality, .district, .country]

    public func process(_ document: inout Document) {
        document.relations += relations(in: document)
    }

    /// The relations, in text order.
    public func relations(in document: Document) -> [Relation] {
        let tokens = document.tokens
        var spanAtStart: [Int: SpanCandidate] = [:]
        var spanAtEnd: [Int: SpanCandidate] = [:]  // keyed by the last token
        var coveredByName = Set<Int>()
        for span in document.spans {
            spanAtStart[span.tokens.lowerBound] = span
            spanAtEnd[span.tokens.upperBound - 1] = span
            if !isPerson(span, document) { coveredByName.formUnion(span.tokens) }
        }
        var result: [Relation] = []
        for sentence in document.sentences {
            guard let article = document.article(containingToken: sentence.tokens.lowerBound).map({ document.articles[$0] })
            else { continue }
            let evidence = Evidence(
                start: sentence.start, end: sentence.end, text: document.slice(sentence.start, sentence.end))
            // Holders of earlier roles in this sentence, keyed by the last token of the role's phrase.
            var holderAfter: [Int: [EntityID]] = [:]
            for r in sentence.tokens where !coveredByName.contains(r) {
                guard var role = roles.match(tokens[r]) else { continue }
                let modified = withTitleModifier(role, before: r, tokens: tokens, lower: sentence.tokens.lowerBound)
                // Where the role phrase starts: "stellvertretender Ministerpräsident" starts at the modifier.
                let roleStart = modified == role ? r : r - 1
                role = modified
                let lower = sentence.tokens.lowerBound
                var status: RoleStatus = isFormer(roleStart, tokens: tokens, spanAtEnd: spanAtEnd, lower: lower) ? .former : .current
                if status == .current, (max(lower, roleStart - 3)..<roleStart).contains(where: { Self.newMarkers.contains(tokens[$0].norm) }) {
                    status = .new
                }
                // "X wurde zur Präsidentin gewählt": elected to the role (not if negated).
                let elected = roleStart > lower && ["zum", "zur"].contains(tokens[roleStart - 1].norm)
                if elected {
                    guard let (holder, negated) = electedHolder(before: roleStart - 1, sentence: sentence, tokens: tokens, spanAtEnd: spanAtEnd, document: document),
                        !negated
                    else { continue }
                    status = .new
                    holderAfter[r] = [holder]
                }
                var phraseEnd = r
                let after = object(after: r, tokens: tokens, spanAtStart: spanAtStart, document: document, role: role, limit: sentence.tokens.upperBound)
                if let after { phraseEnd = after.tokens.upperBound - 1 }
                var holders = elected ? holderAfter[r] ?? [] : holders(after: r, tokens: tokens, spanAtStart: spanAtStart, document: document, limit: sentence.tokens.upperBound)
                if holders.isEmpty {
                    holders = holder(before: roleStart, tokens: tokens, spanAtEnd: spanAtEnd, document: document, earlier: holderAfter, lower: sentence.tokens.lowerBound)
                }
                if holders.isEmpty, let after {
                    // "der Präsident des Deutschen Städtetags, Burkhard Jung"
                    var k = after.tokens.upperBound
                    if k < sentence.tokens.upperBound, tokens[k].text == "," { k += 1 }
                    if let span = spanAtStart[k], isPerson(span, document) { holders = [span.entity] }
                }
                if holders.isEmpty, let after {
                    // "Präsident des Städtetages ist seit 2019 der Leipziger Oberbürgermeister Burkhard Jung"
                    holders = predicateHolder(after: after.tokens.upperBound, tokens: tokens, spanAtStart: spanAtStart, document: document, limit: sentence.tokens.upperBound)
                }
                guard !holders.isEmpty else { continue }
                holderAfter[phraseEnd] = holders
                holderAfter[r] = holders
                var objectID = after?.entity
                if objectID == nil {
                    objectID = object(before: r, tokens: tokens, spanAtEnd: spanAtEnd, document: document, role: role)?.entity
                }
                if objectID == nil, let lead = titleLead(of: article, document: document),
                    role.scope.contains(lead.type), evidence.start != article.titleStart
                {
                    objectID = lead.id
                }
                guard let objectID else { continue }
                for holder in holders {
                    result.append(
                        Relation(
                            subject: holder, predicate: .holdsRole, role: role.written, roleKey: role.key,
                            status: status, object: objectID, date: article.date, evidence: evidence))
                }
            }
            result += chairs(in: sentence, article: article, evidence: evidence, spanAtStart: spanAtStart, spanAtEnd: spanAtEnd, document: document)
        }
        return result
    }

    static let takeOverVerbs: Set<String> = ["übernimmt", "übernahm", "übernehmen", "übernommen", "übernehme"]

    /// "Claudia Kalisch übernimmt den Vorsitz des Digitalausschusses": the role Vorsitzende(r),
    /// new, of the body after "des/der/im"; the holder is the person before the verb.
    private func chairs(
        in sentence: Sentence, article: Article, evidence: Evidence, spanAtStart: [Int: SpanCandidate],
        spanAtEnd: [Int: SpanCandidate], document: Document
    ) -> [Relation] {
        let tokens = document.tokens
        var result: [Relation] = []
        for k in sentence.tokens where tokens[k].norm == "vorsitz" && k >= sentence.tokens.lowerBound + 2 {
            guard tokens[k - 1].norm == "den",
                let verb = (max(sentence.tokens.lowerBound, k - 4)..<(k - 1)).last(where: { Self.takeOverVerbs.contains(tokens[$0].norm) }),
                let holder = (sentence.tokens.lowerBound..<verb).reversed().compactMap({ spanAtEnd[$0] }).first(where: { isPerson($0, document) }),
                k + 2 < sentence.tokens.upperBound, ["des", "der", "im", "beim"].contains(tokens[k + 1].norm),
                let object = spanAtStart[k + 2], let type = document.entities[object.entity]?.type,
                type == .organization || type == .municipality || type == .district || type == .state
            else { continue }
            let given = tokens[holder.tokens.lowerBound].text
            let written = givenNames[given] == "f" ? "Vorsitzende" : "Vorsitzender"
            result.append(
                Relation(
                    subject: holder.entity, predicate: .holdsRole, role: written, roleKey: "vorsitzender", status: .new,
                    object: object.entity, date: article.date, evidence: evidence))
        }
        return result
    }

    /// The person elected or appointed "zum/zur" a role: the nearest person before it in the
    /// sentence, and whether a negation stands between ("nicht erneut zur … gewählt"). Only when
    /// an election verb follows.
    private func electedHolder(
        before k: Int, sentence: Sentence, tokens: [Token], spanAtEnd: [Int: SpanCandidate], document: Document
    ) -> (EntityID, Bool)? {
        guard (k..<sentence.tokens.upperBound).contains(where: { Self.electionVerbs.contains(tokens[$0].norm) }) else { return nil }
        var j = k - 1
        var negated = false
        while j >= sentence.tokens.lowerBound {
            if Self.negations.contains(tokens[j].norm) { negated = true }
            if let span = spanAtEnd[j], isPerson(span, document) { return (span.entity, negated) }
            j -= 1
        }
        return nil
    }

    /// "die frühere Präsidentin", "die ehemalige Lüneburger Oberbürgermeisterin", "Ex-Präsidentin".
    private func isFormer(_ r: Int, tokens: [Token], spanAtEnd: [Int: SpanCandidate], lower: Int) -> Bool {
        var k = r - 1
        guard k >= lower else { return false }
        if tokens[k].kind == .hyphen, !tokens[k].spaceBefore, k > lower, tokens[k - 1].norm == "ex" { return true }
        // "der frühere BSI-Präsident": skip the compound's name part.
        if tokens[k].kind == .hyphen, !tokens[k].spaceBefore, k > lower, spanAtEnd[k - 1] != nil { k -= 1 }
        // Skip a place adjective or possessive between the marker and the role.
        if k >= lower, let span = spanAtEnd[k], span.origin != .person && span.origin != .surname {
            k = span.tokens.lowerBound - 1
        }
        return k >= lower && Self.formerMarkers.contains(tokens[k].norm)
    }

    private func isPerson(_ span: SpanCandidate, _ document: Document) -> Bool {
        document.entities[span.entity]?.type == .person
    }

    private func fits(_ span: SpanCandidate, _ role: RoleLexicon.Match, _ document: Document) -> Bool {
        guard let type = document.entities[span.entity]?.type else { return false }
        return type != .person && role.scope.contains(type)
    }

    /// "Präsident des Deutschen Städtetags", "OB von Leipzig", "OB der Stadt Leipzig".
    private func object(
        after r: Int, tokens: [Token], spanAtStart: [Int: SpanCandidate], document: Document,
        role: RoleLexicon.Match, limit: Int
    ) -> SpanCandidate? {
        var k = r + 1
        if k < limit, tokens[k].norm == "für" { k = Self.skippingField(from: k + 1, tokens: tokens, limit: limit) }
        guard k < limit, Self.objectLinks.contains(tokens[k].norm) else { return nil }
        k += 1
        // "des Kreises Ostholstein" may be one name; "der Stadt Leipzig", "des Landes X" are not.
        if k < limit, spanAtStart[k] == nil, Self.placeDesignators.contains(tokens[k].norm) { k += 1 }
        guard k < limit, let span = spanAtStart[k], fits(span, role, document) else { return nil }
        return span
    }

    /// "Niedersachsens Digitalministerin", "Leipziger Oberbürgermeister", "DLT-Präsident".
    private func object(
        before r: Int, tokens: [Token], spanAtEnd: [Int: SpanCandidate], document: Document,
        role: RoleLexicon.Match
    ) -> SpanCandidate? {
        guard r > 0 else { return nil }
        if tokens[r - 1].kind == .hyphen, !tokens[r - 1].spaceBefore, !tokens[r].spaceBefore, r >= 2,
            let span = spanAtEnd[r - 2], fits(span, role, document)
        {
            return span
        }
        guard let span = spanAtEnd[r - 1], fits(span, role, document) else { return nil }
        if span.origin == .adjective { return span }
        let last = tokens[span.tokens.upperBound - 1].text
        let name = document.entities[span.entity]?.name ?? ""
        return last.hasSuffix("s") && !name.hasSuffix(last) ? span : nil
    }

    /// Persons right after the role noun, titles skipped, joined by "und".
    private func holders(
        after r: Int, tokens: [Token], spanAtStart: [Int: SpanCandidate], document: Document, limit: Int
    ) -> [EntityID] {
        var k = r + 1
        while k + 1 < limit, PersonRecognizer.titles.contains(tokens[k].norm), tokens[k + 1].text == "." { k += 2 }
        var found: [EntityID] = []
        while k < limit, let span = spanAtStart[k], isPerson(span, document) {
            found.append(span.entity)
            k = span.tokens.upperBound
            guard k + 1 < limit, tokens[k].norm == "und" else { break }
            k += 1
        }
        return found
    }

    /// The holder before the role: an apposition, a copula or a coordination.
    private func holder(
        before r: Int, tokens: [Token], spanAtEnd: [Int: SpanCandidate], document: Document,
        earlier: [Int: [EntityID]], lower: Int
    ) -> [EntityID] {
        var j = r - 1
        while j > lower, Self.modifiers.contains(tokens[j].norm) || Self.isTemporal(j, tokens: tokens) { j -= 1 }
        guard j >= lower else { return [] }
        let word = tokens[j].norm
        if word == "und" || word == "sowie" {
            return j > lower ? earlier[Self.skippingParenthesis(before: j, tokens: tokens, lower: lower)] ?? [] : []
        }
        if word == "," || Self.copulas.contains(word), j > lower,
            let span = spanAtEnd[Self.skippingParenthesis(before: j, tokens: tokens, lower: lower)], isPerson(span, document)
        {
            return [span.entity]
        }
        return []
    }

    /// Words that make a title of a role ("Regierender Bürgermeister", "stellvertretende Vorsitzende").
    static let titleModifiers: Set<String> = [
        "regierender", "regierende", "erster", "erste", "stellvertretender", "stellvertretende", "leitender",
        "leitende", "kommissarischer", "kommissarische", "geschäftsführender", "geschäftsführende",
        "parlamentarischer", "parlamentarische", "beamteter", "beamtete", "ständiger", "ständige",
    ]

    /// The role with a title-forming modifier in front of it, which belongs to the role.
    private func withTitleModifier(_ role: RoleLexicon.Match, before r: Int, tokens: [Token], lower: Int) -> RoleLexicon.Match {
        guard r > lower, Self.titleModifiers.contains(tokens[r - 1].norm) else { return role }
        var result = role
        result.written = tokens[r - 1].text + " " + role.written
        result.key = tokens[r - 1].norm.replacingSuffix("e", with: "er") + " " + role.key
        return result
    }

    /// A date or duration between a copula and a role: "seit 2021", "seit dem 1. Januar 2024".
    static func isTemporal(_ j: Int, tokens: [Token]) -> Bool {
        let token = tokens[j]
        if token.kind == .number || token.text == "." { return true }
        return ["seit", "ab", "bis", "dem", "vom", "im", "jahr", "januar", "februar", "märz", "april", "mai", "juni",
                "juli", "august", "september", "oktober", "november", "dezember", "anfang", "ende", "mitte"].contains(token.norm)
    }

    /// The token before a bracketed aside that ends at `j - 1` ("Claudia Kalisch (Grüne) ist"),
    /// or `j - 1` itself.
    static func skippingParenthesis(before j: Int, tokens: [Token], lower: Int) -> Int {
        var k = j - 1
        guard k > lower, tokens[k].text == ")" else { return k }
        while k > lower, tokens[k].text != "(" { k -= 1 }
        return k - 1
    }

    /// Past a field after "für": "Arbeit, Gesundheit und Soziales", "digitale Infrastruktur".
    static func skippingField(from start: Int, tokens: [Token], limit: Int) -> Int {
        var k = start
        while k < limit, k - start < 12 {
            let token = tokens[k]
            let isFieldWord = token.kind == .word && (token.isCapitalized || Inflection.adjectiveStem(token.text) != nil)
                && !objectLinks.contains(token.norm)
            guard isFieldWord || token.kind == .hyphen || token.text == "," || token.norm == "und" else { break }
            k += 1
        }
        return k
    }

    /// "… ist seit 2019 der Leipziger Oberbürgermeister Burkhard Jung": after the role's object, a
    /// copula and, within a few words, a person.
    private func predicateHolder(
        after start: Int, tokens: [Token], spanAtStart: [Int: SpanCandidate], document: Document, limit: Int
    ) -> [EntityID] {
        guard start < limit, Self.copulas.contains(tokens[start].norm) else { return [] }
        var k = start + 1
        while k < limit, k - start <= 10 {
            if let span = spanAtStart[k] {
                if isPerson(span, document) { return [span.entity] }
                k = span.tokens.upperBound
                continue
            }
            if [",", ";", ":", "."].contains(tokens[k].text) && !Self.isTemporal(k, tokens: tokens) { break }
            k += 1
        }
        return []
    }

    /// The place a title leads with: "Sachsen-Anhalt: Zentrale Serviceagentur …".
    private func titleLead(of article: Article, document: Document) -> EntityInfo? {
        guard let start = article.titleStart, let end = article.titleEnd, let title = article.title,
            let colon = title.unicodeScalars.firstIndex(of: ":")
        else { return nil }
        let colonOffset = start + title.unicodeScalars.distance(from: title.unicodeScalars.startIndex, to: colon)
        let tokens = document.tokens
        for span in document.spans {
            let spanStart = tokens[span.tokens.lowerBound].start
            guard spanStart >= start, spanStart < end else { continue }
            guard tokens[span.tokens.upperBound - 1].end <= colonOffset,
                let info = document.entities[span.entity], Self.titleLeadTypes.contains(info.type)
            else { return nil }
            return info
        }
        return nil
    }
}

extension String {
    /// The string with one suffix replaced, when it has it.
    func replacingSuffix(_ suffix: String, with replacement: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) + replacement : self
    }
}
