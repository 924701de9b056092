import GovGraphModel

/// How a role's status and, for roles behind a link word, its holder are read.
///
/// A role is `former` after "frühere", "ehemalige", "bisherige", "Ex-", with "a. D." and when the
/// holder "scheidet … aus", "tritt zurück" or is "nicht wiedergewählt"; it is `new` after "neue",
/// "designierte" and when the holder is elected, appointed or takes the office over.
extension RoleRelationRule {
    static let formerMarkers: WordSet = [
        "frühere", "früheren", "früherer", "ehemalige", "ehemaligen", "ehemaliger", "bisherige",
        "bisherigen", "bisheriger", "damalige", "damaligen", "damaliger", "ex",
        "verstorbene", "verstorbenen", "scheidende", "scheidenden", "langjährige", "langjährigen", "langjähriger",
    ]
    static let newMarkers: WordSet = [
        "neue", "neuer", "neuen", "designierte", "designierter", "designierten", "künftige", "künftiger",
        "künftigen", "frisch", "gewählte", "gewählter", "gewählten",
    ]
    /// Participles and finite forms of electing and appointing ("wurde gewählt", "wählte X zum …").
    static let electionVerbs: WordSet = [
        "gewählt", "ernannt", "bestellt", "berufen", "gekürt", "bestimmt", "wiedergewählt", "vereidigt", "bestätigt",
        "wählt", "wählte", "wählten", "ernennt", "ernannte", "ernannten", "beruft", "berief", "beriefen",
        "bestellte", "kürte", "bestätigte",
    ]
    static let takeOverVerbs: WordSet = ["übernimmt", "übernahm", "übernehmen", "übernommen", "übernehme", "angetreten", "antreten"]
    static let negations: WordSet = ["nicht", "kein", "keine", "nie", "niemals"]
    /// Leaving an office in one word: "ist ausgeschieden", "wurde abgewählt".
    static let exitWords: WordSet = [
        "ausgeschieden", "ausscheiden", "zurückgetreten", "zurücktreten", "niedergelegt", "niederlegen", "abgewählt",
    ]
    /// Leaving an office with a separated particle: "scheidet … aus", "tritt … zurück", "legt … nieder".
    static let exitParticleVerbs: [String: String] = [
        "scheidet": "aus", "schied": "aus", "scheiden": "aus", "schieden": "aus",
        "tritt": "zurück", "trat": "zurück", "treten": "zurück", "traten": "zurück",
        "legt": "nieder", "legte": "nieder", "legen": "nieder", "legten": "nieder",
    ]

    /// The word that ties a role to a clause whose person holds it.
    struct Link {
        enum Kind { case election, capacity, office }
        /// `election`: "zum/zur" ("wurde zur Präsidentin gewählt"); `capacity`: "als" ("scheidet als
        /// Hauptgeschäftsführer aus"); `office`: "das Amt des/der" ("übernahm das Amt des Präsidenten").
        var kind: Kind
        /// The first token of the link ("zum", "als", "Amt").
        var start: Int
    }

    /// What a link gives: the holder with the status the clause reads, or nothing because the clause
    /// is negated ("nicht erneut zur Oberbürgermeisterin gewählt").
    enum LinkedHolder {
        case person(EntityID, RoleStatus)
        case negated
        /// The person before the link elects someone the clause names by a noun or pronoun:
        /// "Kai Wegner hat die Juristin zur Staatssekretärin ernannt".
        case appointer
    }

    /// The status written before the role: "die frühere Präsidentin", "die neue Vizepräsidentin".
    func markedStatus(before roleStart: Int, tokens: [Token], spanAtEnd: [Int: SpanCandidate], lower: Int) -> RoleStatus {
        if isFormer(roleStart, tokens: tokens, spanAtEnd: spanAtEnd, lower: lower) { return .former }
        let window = max(lower, roleStart - 3)..<roleStart
        return window.contains { Self.newMarkers.contains(tokens[$0].norm) } ? .new : .current
    }

    /// "die frühere Präsidentin", "die ehemalige Lüneburger Oberbürgermeisterin", "Ex-Präsidentin".
    func isFormer(_ r: Int, tokens: [Token], spanAtEnd: [Int: SpanCandidate], lower: Int) -> Bool {
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

    /// The number of tokens of "a. D." ("außer Dienst") right after the role noun at `r`, or 0.
    static func retirementSuffixLength(after r: Int, tokens: [Token], limit: Int) -> Int {
        guard r + 4 < limit else { return 0 }
        let words = tokens[(r + 1)...(r + 4)].map(\.norm)
        return words == ["a", ".", "d", "."] ? 4 : 0
    }

    /// The link word before a role phrase, status adjectives skipped ("zur neuen Präsidentin").
    static func link(before roleStart: Int, tokens: [Token], lower: Int) -> Link? {
        var j = roleStart - 1
        while j > lower, roleStart - j <= 2, newMarkers.contains(tokens[j].norm) || formerMarkers.contains(tokens[j].norm) {
            j -= 1
        }
        guard j >= lower else { return nil }
        switch tokens[j].norm {
        case "zum", "zur": return Link(kind: .election, start: j)
        case "als": return Link(kind: .capacity, start: j)
        case "des", "der" where j > lower && ["amt", "amtes"].contains(tokens[j - 1].norm):
            return Link(kind: .office, start: j - 1)
        default: return nil
        }
    }

    /// The holder of a role behind a link, and its status; nil when the clause names no holder
    /// (then the role's ordinary holders are looked for).
    ///
    /// The holder is the nearest person before the link ("Burkhard Jung wurde zum Präsidenten
    /// gewählt", "Die Versammlung wählte Burkhard Jung zum Präsidenten") or else the first after the
    /// role's phrase ("Zum Präsidenten des Y wurde Burkhard Jung gewählt"). An election link needs an
    /// election verb in the sentence.
    func linkedHolder(
        _ link: Link, phraseEnd: Int, sentence: Sentence, tokens: [Token], spanAtStart: [Int: SpanCandidate],
        spanAtEnd: [Int: SpanCandidate], document: Document, earlier: [Int: [EntityID]]
    ) -> LinkedHolder? {
        let range = sentence.tokens
        switch link.kind {
        case .election:
            guard range.contains(where: { Self.electionVerbs.contains(tokens[$0].norm) }) else { return nil }
            let before = personBefore(link.start, tokens: tokens, spanAtEnd: spanAtEnd, document: document, lower: range.lowerBound, window: nil)
            if let before, Self.electsOther(between: before.tokens.upperBound, and: link.start, tokens: tokens) { return .appointer }
            guard let holder = before ?? personAfter(phraseEnd, tokens: tokens, spanAtStart: spanAtStart, document: document, limit: range.upperBound)
            else { return nil }
            // "nicht erneut zur Oberbürgermeisterin gewählt": nothing is known about the role.
            let clause = (before?.tokens.upperBound ?? range.lowerBound)..<range.upperBound
            return clause.contains(where: { Self.negations.contains(tokens[$0].norm) }) ? .negated : .person(holder.entity, .new)
        case .capacity, .office:
            let before = personBefore(link.start, tokens: tokens, spanAtEnd: spanAtEnd, document: document, lower: range.lowerBound, window: 8)
            let holder = before?.entity
                ?? appositionHolder(before: link.start, tokens: tokens, earlier: earlier, lower: range.lowerBound)
                ?? personAfter(phraseEnd, tokens: tokens, spanAtStart: spanAtStart, document: document, limit: range.upperBound)?.entity
            guard let holder else { return nil }
            return .person(holder, clauseStatus(in: range, tokens: tokens))
        }
    }

    /// Active verbs of appointing and their auxiliary, which put the one appointed after them.
    static let appointingVerbs: WordSet = [
        "hat", "hatte", "haben", "hatten", "wählt", "wählte", "wählten", "ernennt", "ernannte", "ernannten",
        "beruft", "berief", "beriefen", "bestellte", "bestellten",
    ]
    static let accusatives: WordSet = ["die", "den", "das", "einen", "eine", "diese", "diesen", "sie", "ihn"]

    /// Between the person and the link an active verb takes another object, a noun or a pronoun:
    /// the person appoints ("X hat die Juristin zur Staatssekretärin ernannt", "X ernannte sie zur …").
    static func electsOther(between start: Int, and link: Int, tokens: [Token]) -> Bool {
        guard start < link, let verb = (start..<link).first(where: { appointingVerbs.contains(tokens[$0].norm) }) else {
            return false
        }
        return ((verb + 1)..<link).contains { accusatives.contains(tokens[$0].norm) }
    }

    /// The status a clause's verbs give: leaving or not re-elected is former, elected or taking
    /// over is new.
    func clauseStatus(in range: Range<Int>, tokens: [Token]) -> RoleStatus {
        if range.contains(where: { Self.isExit(at: $0, tokens: tokens, limit: range.upperBound) }) { return .former }
        let negated = range.contains { Self.negations.contains(tokens[$0].norm) }
        let elected = range.contains { Self.electionVerbs.contains(tokens[$0].norm) }
        if elected { return negated ? .former : .new }
        if range.contains(where: { Self.takeOverVerbs.contains(tokens[$0].norm) }) { return .new }
        return .current
    }

    /// Whether the holder leaves the role after its phrase: "Gerd Landsberg, Hauptgeschäftsführer
    /// des DStGB, scheidet aus". The cue must come before any other person or role noun.
    /// - Parameter roleAt: the role noun of each token (``Document/roles(_:)``).
    func exitFollows(
        _ phraseEnd: Int, tokens: [Token], roles roleAt: [RoleLexicon.Match?], spanAtStart: [Int: SpanCandidate], limit: Int
    ) -> Bool {
        var k = phraseEnd + 1
        var negated = false
        while k < limit {
            if spanAtStart[k] != nil || roleAt[k] != nil { return false }
            // "X, OB von Leipzig, schied als Präsident des Y aus": the exit is the later role's.
            if Self.isExit(at: k, tokens: tokens, limit: limit) {
                return !((k + 1)..<limit).contains { roleAt[$0] != nil }
            }
            if Self.negations.contains(tokens[k].norm) { negated = true }
            // "… wurde nicht wiedergewählt"
            if negated, Self.electionVerbs.contains(tokens[k].norm) { return true }
            k += 1
        }
        return false
    }

    /// "scheidet … aus", "tritt … zurück", "ausgeschieden" at token `k`.
    static func isExit(at k: Int, tokens: [Token], limit: Int) -> Bool {
        let word = tokens[k].norm
        if exitWords.contains(word) { return true }
        guard let particle = exitParticleVerbs[word] else { return false }
        return ((k + 1)..<limit).contains { tokens[$0].norm == particle }
    }

    /// The nearest person ending before token `k` in the sentence; with a `window`, at most that
    /// many tokens back and not across a comma, semicolon or colon.
    func personBefore(
        _ k: Int, tokens: [Token], spanAtEnd: [Int: SpanCandidate], document: Document, lower: Int, window: Int?
    ) -> SpanCandidate? {
        var j = k - 1
        while j >= lower {
            if let window, k - j > window || [",", ";", ":"].contains(tokens[j].text) { return nil }
            if let span = spanAtEnd[j], isPerson(span, document) { return span }
            j -= 1
        }
        return nil
    }

    /// The holder of a role phrase closed by the nearest comma before token `k`: "Burkhard Jung,
    /// Oberbürgermeister von Leipzig, schied als …".
    func appositionHolder(before k: Int, tokens: [Token], earlier: [Int: [EntityID]], lower: Int) -> EntityID? {
        let from = max(lower + 1, k - 8)
        // A link that opens the sentence ("Als Präsidentin …") has nothing before it.
        guard from < k, let comma = (from..<k).last(where: { tokens[$0].text == "," }) else { return nil }
        return earlier[comma - 1]?.first
    }

    /// The first person within a few tokens after token `k`, not across punctuation or another
    /// name: "… des Deutschen Städtetags wurde Burkhard Jung gewählt".
    func personAfter(_ k: Int, tokens: [Token], spanAtStart: [Int: SpanCandidate], document: Document, limit: Int) -> SpanCandidate? {
        var j = k + 1
        while j < limit, j - k <= 6 {
            if let span = spanAtStart[j] {
                return isPerson(span, document) ? span : nil
            }
            if tokens[j].kind == .punctuation && !Self.isTemporal(j, tokens: tokens) { return nil }
            j += 1
        }
        return nil
    }
}
