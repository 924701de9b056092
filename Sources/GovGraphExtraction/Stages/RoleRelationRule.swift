import GovGraphModel

/// Reads who holds which role where: `person –holds_role→ organization or place`.
///
/// A role noun (from ``RoleLexicon``) finds its holder
/// - right after it: "Oberbürgermeisterin Claudia Kalisch", "den Staatsministern Sinemus und Mehring",
///   "Oberbürgermeister a. D. Ulrich Mädge";
/// - before it, in an apposition or after a copula: "Burkhard Jung, Präsident …",
///   "Claudia Kalisch ist die neue Vizepräsidentin …";
/// - through a coordination: "Präsident des Deutschen Städtetags und OB von Leipzig" (the OB is the
///   Präsident's holder);
/// - after its object: "der Präsident des Deutschen Städtetags, Burkhard Jung", "Präsident des
///   Städtetages ist Burkhard Jung";
/// - in the clause a link word opens (see `RoleRelationRule+Status.swift`): "X wurde zum
///   Präsidenten gewählt", "Zum Präsidenten wurde X gewählt", "X scheidet als Hauptgeschäftsführer
///   aus", "X übernahm das Amt des Präsidenten";
///
/// and its organization or place
/// - after it, in the genitive or with "von": "Präsident des Deutschen Städtetags", "OB von
///   Leipzig", "OB der Stadt Leipzig";
/// - before it, as a possessive, an adjective or a compound part: "Niedersachsens
///   Digitalministerin", "Leipziger Oberbürgermeister", "DLT-Präsident", "Dataport-Chef";
/// - in brackets after the holder: "Präsident Burkhard Jung (Deutscher Städtetag)", but never a
///   party ("Digitalministerin Lydia Hüskens (FDP)");
/// - failing these, the place the article's title leads with ("Sachsen-Anhalt: …" for
///   "Digitalministerin Lydia Hüskens" in its text), or the organization it leads with for a role
///   in the title itself ("Deutscher Städtetag: Präsident Burkhard Jung fordert …").
///
/// The object's type must be in the role's scope (a Bürgermeister is a municipality's). Each
/// relation carries a status (see `RoleRelationRule+Status.swift`): `former` for "die frühere
/// Präsidentin", "Ex-Präsidentin", "a. D.", "scheidet … aus", "nicht wiedergewählt"; `new` for "die
/// neue Vizepräsidentin" and for elections, appointments and take-overs ("zur Präsidentin
/// gewählt", "übernahm das Amt"; a negated election gives nothing); `current` otherwise. Roles
/// without a role noun are read in `RoleRelationRule+Heads.swift`: "X übernimmt den Vorsitz des Y"
/// (Vorsitzende(r), new) and "X steht an der Spitze des Y" (Chef(in)).
public struct RoleRelationRule: PipelineStage {
    public let roles: RoleLexicon
    /// Given names with gender (`m`, `f`, `u`), for roles the text does not write out.
    public let givenNames: [String: String]

    public init(roles: RoleLexicon, givenNames: [String: String] = [:]) {
        self.roles = roles
        self.givenNames = givenNames
    }

    static let modifiers: WordSet = [
        "neue", "neuer", "neuen", "designierte", "designierter", "designierten", "amtierende",
        "amtierender", "amtierenden", "der", "die", "den", "dem", "des", "auch", "zudem", "zugleich",
        "außerdem", "weiterhin", "derzeit", "nun", "jetzt", "seit", "bereits", "schon", "noch",
    ]
    static let copulas: WordSet = ["ist", "bleibt", "wird", "war", "sei", "sind", "bleiben", "werden"]
    static let objectLinks: WordSet = ["des", "der", "von", "vom", "im", "beim", "am"]
    static let placeDesignators: WordSet = [
        "stadt", "gemeinde", "landeshauptstadt", "hansestadt", "universitätsstadt", "kreisstadt", "landes",
        "freistaates", "freistaats", "kreises", "landkreises", "bundeslandes",
    ]
    static let titleLeadTypes: Set<EntityType> = [.state, .municipality, .district, .country]

    /// Adds the relations the rule files' rules (``RolePatternRule``, run before) have not read:
    /// a holder and object the rules joined in a sentence keep the rules' role ("Minister für
    /// Arbeit", not "Minister").
    public func process(_ document: inout Document) {
        func pair(_ relation: Relation) -> String {
            "\(relation.subject.rawValue)\t\(relation.object.rawValue)\t\(relation.evidence.start)"
        }
        var seen = Set(document.relations.lazy.filter { $0.predicate == .holdsRole }.map(pair))
        for relation in relations(in: document) where relation.predicate != .holdsRole || seen.insert(pair(relation)).inserted {
            document.relations.append(relation)
        }
    }

    /// The relations, in text order.
    public func relations(in document: Document) -> [Relation] {
        let tokens = document.tokens
        let roleAt = document.roles(roles)
        var spanAtStart: [Int: SpanCandidate] = [:]
        var spanAtEnd: [Int: SpanCandidate] = [:]  // keyed by the last token
        var coveredByName = TokenSet(count: document.tokens.count)
        for span in document.spans {
            spanAtStart[span.tokens.lowerBound] = span
            spanAtEnd[span.tokens.upperBound - 1] = span
            if !isPerson(span, document) { coveredByName.formUnion(span.tokens) }
        }
        let offices = officeObjects(in: document, roles: roleAt)
        var result: [Relation] = []
        for sentence in document.sentences {
            guard let article = document.article(containingToken: sentence.tokens.lowerBound).map({ document.articles[$0] })
            else { continue }
            let evidence = Evidence(
                start: sentence.start, end: sentence.end, text: document.slice(sentence.start, sentence.end))
            let isTitle = evidence.start == article.titleStart
            let lower = sentence.tokens.lowerBound
            let limit = sentence.tokens.upperBound
            // Holders of earlier roles in this sentence, keyed by the last token of the role's phrase.
            var holderAfter: [Int: [EntityID]] = [:]
            for r in sentence.tokens where !coveredByName.contains(r) || offices[r] != nil {
                // "Chief Digital Officer" ends at its last word.
                guard let (found, wordStart) = roles.match(tokens, endingAt: r, lower: lower, roles: roleAt) else { continue }
                var role = found
                let modified = withTitleModifier(role, before: wordStart, tokens: tokens, lower: lower)
                // Where the role phrase starts: "stellvertretender Ministerpräsident" starts at the modifier.
                let roleStart = modified == role ? wordStart : wordStart - 1
                role = modified
                // "Oberbürgermeister a. D.": the retirement suffix belongs to the role noun.
                let retired = Self.retirementSuffixLength(after: r, tokens: tokens, limit: limit)
                let roleEnd = r + retired
                var status = markedStatus(before: roleStart, tokens: tokens, spanAtEnd: spanAtEnd, lower: lower)
                if retired > 0 { status = .former }

                var phraseEnd = roleEnd
                let after = object(after: roleEnd, tokens: tokens, spanAtStart: spanAtStart, document: document, role: role, limit: limit)
                if let after { phraseEnd = after.tokens.upperBound - 1 }

                var holders: [EntityID] = []
                var rule = "role.clause-link"
                // "X wurde zum Präsidenten gewählt", "X scheidet als Hauptgeschäftsführer aus",
                // "X übernahm das Amt des Präsidenten": the holder is the clause's person.
                if let link = Self.link(before: roleStart, tokens: tokens, lower: lower),
                    let linked = linkedHolder(
                        link, phraseEnd: phraseEnd, sentence: sentence, tokens: tokens, spanAtStart: spanAtStart,
                        spanAtEnd: spanAtEnd, document: document, earlier: holderAfter)
                {
                    guard case .person(let holder, let clauseStatus) = linked else { continue }
                    holders = [holder]
                    if status != .former { status = clauseStatus }
                } else {
                    (holders, rule) = holdersOfRole(
                        at: roleStart, roleEnd: roleEnd, after: after, tokens: tokens, spanAtStart: spanAtStart,
                        spanAtEnd: spanAtEnd, document: document, earlier: holderAfter, sentence: sentence)
                    // "Gerd Landsberg, Hauptgeschäftsführer des DStGB, scheidet aus".
                    if status == .current, exitFollows(phraseEnd, tokens: tokens, roles: roleAt, spanAtStart: spanAtStart, limit: limit) {
                        status = .former
                    }
                }
                guard !holders.isEmpty else { continue }
                holderAfter[phraseEnd] = holders
                holderAfter[r] = holders

                let objectID = after?.entity ?? offices[r] ?? objectOfRole(
                    role, at: wordStart, roleEnd: roleEnd, article: article, inTitle: isTitle, tokens: tokens,
                    spanAtStart: spanAtStart, spanAtEnd: spanAtEnd, document: document, limit: limit)
                guard let objectID else { continue }
                for holder in holders {
                    result.append(
                        Relation(
                            subject: holder, predicate: .holdsRole, role: role.written, roleKey: role.key,
                            status: status, object: objectID, date: article.date,
                            evidence: Evidence(start: evidence.start, end: evidence.end, text: evidence.text, rule: rule)))
                }
            }
            result += chairs(in: sentence, article: article, evidence: evidence, spanAtStart: spanAtStart, spanAtEnd: spanAtEnd, document: document)
            result += heads(in: sentence, article: article, evidence: evidence, spanAtStart: spanAtStart, spanAtEnd: spanAtEnd, document: document)
        }
        return result
    }

    /// Offices named as a role of a body ("Beauftragter der Bundesregierung für
    /// Informationstechnik", one organization of the gazetteer): the body, when the document
    /// names it on its own too, by the office's first token. Holding the office is holding that
    /// role there.
    func officeObjects(in document: Document, roles roleAt: [RoleLexicon.Match?]) -> [Int: EntityID] {
        let tokens = document.tokens
        var result: [Int: EntityID] = [:]
        // The organizations' spans by name, made when first asked for.
        var bodies: ElsewhereIndex<String>?
        for span in document.spans where span.tokens.count >= 3 {
            let first = span.tokens.lowerBound
            guard roleAt[first] != nil, ["der", "des"].contains(tokens[first + 1].norm),
                document.entities[span.entity]?.type == .organization
            else { continue }
            let nameEnd = (first + 2..<span.tokens.upperBound).first { tokens[$0].norm == "für" } ?? span.tokens.upperBound
            guard nameEnd > first + 2 else { continue }
            let name = document.text(ofTokens: (first + 2)..<nameEnd)
            if bodies == nil {
                bodies = ElsewhereIndex(document.spans) { other in
                    document.entities[other.entity].flatMap { $0.type == .organization ? $0.name : nil }
                }
            }
            if let body = bodies?.first(name, notOver: span.tokens) { result[first] = body.entity }
        }
        return result
    }

    /// The object of a role with none after it, tried in order: before it ("Niedersachsens
    /// Digitalministerin", "DLT-Präsident"), in brackets after its holder, the title's lead.
    private func objectOfRole(
        _ role: RoleLexicon.Match, at r: Int, roleEnd: Int, article: Article, inTitle: Bool, tokens: [Token],
        spanAtStart: [Int: SpanCandidate], spanAtEnd: [Int: SpanCandidate], document: Document, limit: Int
    ) -> EntityID? {
        if let before = object(before: r, tokens: tokens, spanAtEnd: spanAtEnd, document: document, role: role) {
            return before.entity
        }
        // "Präsident Burkhard Jung (Deutscher Städtetag)", never a party: "(FDP)".
        if let bracketed = bracketedObject(
            after: roleEnd, tokens: tokens, spanAtStart: spanAtStart, document: document, role: role, limit: limit)
        {
            return bracketed.entity
        }
        if let lead = titleLead(of: article, document: document, inTitle: inTitle), role.scope.contains(lead.type) {
            return lead.id
        }
        return nil
    }

    /// The holders of a role noun that no link word introduces, tried in order: right after it
    /// ("Präsident Burkhard Jung"), before it ("Burkhard Jung, Präsident …", "X ist Präsident"),
    /// after its object ("der Präsident des Y, X") and after a copula behind the object
    /// ("Präsident des Y ist X"); with the name of the resolver that found them.
    private func holdersOfRole(
        at roleStart: Int, roleEnd: Int, after: SpanCandidate?, tokens: [Token], spanAtStart: [Int: SpanCandidate],
        spanAtEnd: [Int: SpanCandidate], document: Document, earlier: [Int: [EntityID]], sentence: Sentence
    ) -> (holders: [EntityID], rule: String) {
        let limit = sentence.tokens.upperBound
        let holders = holders(after: roleEnd, tokens: tokens, spanAtStart: spanAtStart, document: document, limit: limit)
        if !holders.isEmpty { return (holders, "role.noun-before-name") }
        let before = holder(before: roleStart, tokens: tokens, spanAtEnd: spanAtEnd, document: document, earlier: earlier, lower: sentence.tokens.lowerBound)
        if !before.isEmpty { return (before, "role.name-then-noun") }
        if let after {
            // "der Präsident des Deutschen Städtetags, Burkhard Jung"
            var k = after.tokens.upperBound
            if k < limit, tokens[k].text == "," { k += 1 }
            if let span = spanAtStart[k], isPerson(span, document) { return ([span.entity], "role.noun-object-name") }
            // "Präsident des Städtetages ist seit 2019 der Leipziger Oberbürgermeister Burkhard Jung"
            let predicate = predicateHolder(after: after.tokens.upperBound, tokens: tokens, spanAtStart: spanAtStart, document: document, limit: limit)
            if !predicate.isEmpty { return (predicate, "role.noun-object-copula-name") }
        }
        return ([], "")
    }

    func isPerson(_ span: SpanCandidate, _ document: Document) -> Bool {
        document.entities[span.entity]?.type == .person
    }

    func fits(_ span: SpanCandidate, _ role: RoleLexicon.Match, _ document: Document) -> Bool {
        guard let type = document.entities[span.entity]?.type else { return false }
        return type != .person && role.scope.contains(type)
    }

    /// "Präsident des Deutschen Städtetags", "OB von Leipzig", "OB der Stadt Leipzig".
    func object(
        after r: Int, tokens: [Token], spanAtStart: [Int: SpanCandidate], document: Document,
        role: RoleLexicon.Match, limit: Int
    ) -> SpanCandidate? {
        var k = r + 1
        // "Chief Digital Officer (CDO) des Landes Berlin": an abbreviation in brackets.
        if k + 2 < limit, tokens[k].text == "(", tokens[k + 2].text == ")" { k += 3 }
        if k < limit, tokens[k].norm == "für" { k = Self.skippingField(from: k + 1, tokens: tokens, limit: limit) }
        guard k < limit, Self.objectLinks.contains(tokens[k].norm) else { return nil }
        k += 1
        // "des Kreises Ostholstein" may be one name; "der Stadt Leipzig", "des Landes X" are not.
        if k < limit, spanAtStart[k] == nil, Self.placeDesignators.contains(tokens[k].norm) { k += 1 }
        guard k < limit, let span = spanAtStart[k], fits(span, role, document) else { return nil }
        return span
    }

    /// "Niedersachsens Digitalministerin", "Leipziger Oberbürgermeister", "DLT-Präsident".
    func object(
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
    static let titleModifiers: WordSet = [
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

    /// "Präsident Burkhard Jung (Deutscher Städtetag)": an organization or place in brackets right
    /// after the role's holder. A party in brackets ("Lydia Hüskens (FDP)") is no object.
    private func bracketedObject(
        after roleEnd: Int, tokens: [Token], spanAtStart: [Int: SpanCandidate], document: Document,
        role: RoleLexicon.Match, limit: Int
    ) -> SpanCandidate? {
        guard let holder = spanAtStart[roleEnd + 1], isPerson(holder, document) else { return nil }
        let open = holder.tokens.upperBound
        guard open + 2 < limit, tokens[open].text == "(", let span = spanAtStart[open + 1],
            span.tokens.upperBound < limit, tokens[span.tokens.upperBound].text == ")",
            fits(span, role, document), document.entities[span.entity]?.keys["category"] != "party"
        else { return nil }
        return span
    }

    /// The entity a title leads with: "Sachsen-Anhalt: Zentrale Serviceagentur …". A place counts
    /// for the whole item, an organization ("Deutscher Städtetag: Präsident Jung …") only for the
    /// title itself.
    func titleLead(of article: Article, document: Document, inTitle: Bool) -> EntityInfo? {
        guard let start = article.titleStart, let end = article.titleEnd, let title = article.title,
            let colon = title.unicodeScalars.firstIndex(of: ":")
        else { return nil }
        let colonOffset = start + title.unicodeScalars.distance(from: title.unicodeScalars.startIndex, to: colon)
        let tokens = document.tokens
        // The title's first span: spans are in text order.
        guard let first = document.spans.indices(by: { tokens[$0.tokens.lowerBound].start }, from: start, to: end).first
        else { return nil }
        let span = document.spans[first]
        guard tokens[span.tokens.upperBound - 1].end <= colonOffset, let info = document.entities[span.entity],
            Self.titleLeadTypes.contains(info.type) || (inTitle && info.type == .organization)
        else { return nil }
        return info
    }
}

extension String {
    /// The string with one suffix replaced, when it has it.
    func replacingSuffix(_ suffix: String, with replacement: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) + replacement : self
    }
}
