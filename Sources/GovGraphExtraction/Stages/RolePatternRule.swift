import GovGraphModel

/// Reads roles with the rules of the rule files (`gazetteer/rules/roles.rules`): each match of a
/// rule's pattern names holders, roles and objects by its captures, and this stage resolves what
/// the pattern cannot say.
///
/// - Roles: each `role` capture is one role; title-forming words in front of the role noun
///   (`@title-modifier`: "erster stellvertretender") and an organ after it (`@organ`: "des
///   Aufsichtsrats") belong to the role, in nominative singular. A rule with a `role` field
///   ("Leiter/Leiterin") names its role itself, gendered by the holder's given name.
/// - Holders: each `holder` capture is a person. With `pairs: nearest`, a holder takes the roles
///   written closest before it (or else after it): "Oberbürgermeister A, Landrätin B".
/// - Objects, in order: an `object` capture after the role or after the holder; the role's own
///   complement ("des Landkreises X", "von X") or what stands before it ("Kieler",
///   "Niedersachsens", "DLT-"); an `object` capture before everything else in the match; a word
///   that points back to the article's body ("des Verbandes"); the place the article's title
///   leads with; and, as the rule's `context` allows, the one body of the role's type the
///   sentence, the title, the sentence before or the article leaves (``contextObject(of:at:holder:sentence:article:context:scope:)``).
///   The object's type must be in the role's scope.
/// - Status: the rule's `status` (`current`, `new`, `former`), `marked` (cue words before the
///   role, "a. D." after it) or `clause` (also the sentence's election, take-over and exit
///   verbs, and "wird"/"wurde" before the role).
///
/// Every relation records its rule's name in its evidence. A relation another stage has read
/// from the same sentence is not added twice. The cue words come from the rule files' lists
/// (see the DocC article "The rule language").
public struct RolePatternRule: PipelineStage {
    public let book: RuleBook
    let roleRule: RoleRelationRule
    let cues: Cues
    /// For the district a town's name stands for ("Landrat X (Ravensburg)").
    let gazetteer: CompiledGazetteer?

    /// The word lists the resolver reads.
    struct Cues: Sendable {
        var titleModifiers: WordSet
        var organs: WordSet
        var formerMarkers: WordSet
        var newMarkers: WordSet
        var electionVerbs: WordSet
        var takeOverVerbs: WordSet
        var exitWords: WordSet
        var negations: WordSet
        /// Role prefixes that say the role is of no body the context could give ("bundes").
        var unplacedPrefixes: [String]
        var roleJoiners: WordSet
        /// Abbreviated title-forming words and what they stand for ("stellv" → "stellvertretend").
        var modifierAbbreviations: [String: String]
        /// Compound parts that say where a role is held ("kreistags" → district).
        var scopePrefixes: [(prefix: String, type: EntityType)]
        /// Nouns that point back to a body of a type ("verbandes" → organization).
        var anaphors: [String: String]
        /// Forms of "werden" that make a role newly taken: "X wird Chef der Staatskanzlei".
        var becomeVerbs: WordSet

        init(_ book: RuleBook) {
            titleModifiers = book.wordSet("title-modifier")
            organs = book.wordSet("organ")
            formerMarkers = book.wordSet("former-marker")
            newMarkers = book.wordSet("new-marker")
            electionVerbs = book.wordSet("election-verb")
            takeOverVerbs = book.wordSet("take-over-verb")
            exitWords = book.wordSet("exit-word")
            negations = book.wordSet("negation")
            unplacedPrefixes = book.lists["unplaced-role-prefix"] ?? []
            roleJoiners = book.wordSet("role-joiner")
            modifierAbbreviations = book.pairs("title-abbreviation")
            anaphors = book.pairs("anaphor-noun")
            becomeVerbs = book.wordSet("become-verb")
            scopePrefixes = book.pairs("scope-prefix").compactMap { prefix, type in
                EntityType(rawValue: type).map { (prefix, $0) }
            }.sorted { $0.prefix.count > $1.prefix.count }
        }
    }

    public init(book: RuleBook, roles: RoleLexicon, givenNames: [String: String] = [:], gazetteer: CompiledGazetteer? = nil) {
        self.book = book
        self.roleRule = RoleRelationRule(roles: roles, givenNames: givenNames)
        self.cues = Cues(book)
        self.gazetteer = gazetteer
    }

    public func process(_ document: inout Document) {
        let found = relations(in: document)
        guard !found.isEmpty else { return }
        var seen = Set(document.relations.lazy.filter { $0.predicate == .holdsRole }.map(Self.key))
        for relation in found where seen.insert(Self.key(relation)).inserted {
            document.relations.append(relation)
            // A district named by its town ("Landrat X (Ravensburg)") joins the document.
            if document.entities[relation.object] == nil, let entry = gazetteer?.entry(relation.object) {
                document.entities[relation.object] = EntityInfo(id: entry.id, name: entry.name, type: entry.type, keys: entry.keys)
            }
        }
    }

    static func key(_ relation: Relation) -> String {
        "\(relation.subject.rawValue)\t\(relation.object.rawValue)\t\(relation.roleKey ?? "")\t\(relation.evidence.start)"
    }

    /// The relations the rules read, in text order.
    public func relations(in document: Document) -> [Relation] {
        guard !book.rules.isEmpty, !document.spans.isEmpty else { return [] }
        let tokens = document.tokens
        let roleAt = document.roles(roleRule.roles)
        var roleStarts: [Int: Int] = [:]
        var roleMatches: [Int: RoleLexicon.Match] = [:]
        for r in tokens.indices where roleAt[r] != nil || tokens[r].isCapitalized {
            guard let (match, start) = roleRule.roles.match(tokens, endingAt: r, roles: roleAt) else { continue }
            roleStarts[start] = r + 1
            roleMatches[start] = match
        }
        let input = PatternInput(document: document, book: book, roleStarts: roleStarts)
        let context = Context(document: document, roleMatches: roleMatches, roleEnds: roleStarts)
        var matcher = PatternMatcher()
        var candidates: [Int] = []
        var matchedUntil = [Int](repeating: 0, count: book.rules.count)
        var result: [Relation] = []
        for sentence in document.sentences {
            guard let articleIndex = document.article(containingToken: sentence.tokens.lowerBound) else { continue }
            let article = document.articles[articleIndex]
            let evidenceText = document.slice(sentence.start, sentence.end)
            // The span classes the sentence has: a rule that needs another is not tried.
            var present: UInt16 = 0
            for index in sentence.tokens { present |= input.classes[index] }
            guard present & book.commonRequired == book.commonRequired else { continue }
            // Where each rule's last match ended: a rule's matches do not overlap.
            for index in matchedUntil.indices { matchedUntil[index] = 0 }
            let limit = sentence.tokens.upperBound
            for start in sentence.tokens {
                book.candidates(at: start, input: input, into: &candidates)
                for index in candidates where matchedUntil[index] <= start {
                    let rule = book.rules[index]
                    guard rule.program.required & ~present == 0 else { continue }
                    guard let (end, captures) = matcher.match(rule.program, in: input, at: start, limit: limit) else { continue }
                    matchedUntil[index] = end
                    let evidence = Evidence(start: sentence.start, end: sentence.end, text: evidenceText, rule: rule.name)
                    result += resolve(
                        rule, captures: captures, match: start..<end, sentence: sentence, article: article, evidence: evidence,
                        context: context)
                }
            }
        }
        return result
    }

    /// What the resolver looks up about the document, made once.
    struct Context {
        let document: Document
        let roleMatches: [Int: RoleLexicon.Match]
        /// The end (exclusive) of the role noun that starts at a token.
        let roleEnds: [Int: Int]
        var spanAtStart: [Int: SpanCandidate] = [:]
        var spanAtEnd: [Int: SpanCandidate] = [:]

        /// The entities of a type (no party) that tokens `range` name.
        func named(_ type: EntityType, in range: Range<Int>) -> Set<EntityID> {
            var found: Set<EntityID> = []
            for index in document.spans.indices(by: { $0.tokens.lowerBound }, from: range.lowerBound, to: range.upperBound) {
                let span = document.spans[index]
                guard let info = document.entities[span.entity], info.type == type, info.keys["category"] != "party" else { continue }
                found.insert(info.id)
            }
            return found
        }

        /// The tokens of an article.
        func tokens(of article: Article) -> Range<Int> {
            tokens(from: article.start, to: article.end)
        }

        /// The tokens of an article's title, if it has one.
        func titleTokens(of article: Article) -> Range<Int>? {
            guard let start = article.titleStart, let end = article.titleEnd else { return nil }
            return tokens(from: start, to: end)
        }

        /// The tokens that start in the code point range `start..<end`.
        private func tokens(from start: Int, to end: Int) -> Range<Int> {
            document.tokens.indices(by: \.start, from: start, to: end)
        }

        /// The entity of a type that tokens `range` name, when they name exactly one.
        func only(_ type: EntityType, in range: Range<Int>) -> EntityID? {
            let found = named(type, in: range)
            return found.count == 1 ? found.first : nil
        }

        init(document: Document, roleMatches: [Int: RoleLexicon.Match], roleEnds: [Int: Int]) {
            self.document = document
            self.roleMatches = roleMatches
            self.roleEnds = roleEnds
            for span in document.spans {
                spanAtStart[span.tokens.lowerBound] = span
                spanAtEnd[span.tokens.upperBound - 1] = span
            }
        }
    }

    /// A role read from a capture.
    struct ReadRole {
        var match: RoleLexicon.Match
        /// The role noun's first and last token.
        var nounStart: Int
        var nounEnd: Int
        /// The capture's tokens.
        var tokens: Range<Int>
        var object: EntityID?
        /// The type of body a word after the role points back to ("des Verbandes").
        var anaphor: EntityType?
    }

    private func resolve(
        _ rule: RuleBook.Rule, captures: [PatternCapture], match: Range<Int>, sentence: Sentence, article: Article,
        evidence: Evidence, context: Context
    ) -> [Relation] {
        let document = context.document
        let tokens = document.tokens
        let roleSlot = book.slot("role")
        let holderSlot = book.slot("holder")
        let objectSlot = book.slot("object")
        let anaphorSlot = book.slot("anaphor")
        var roles: [ReadRole] = []
        var holders: [(entity: EntityID, span: SpanCandidate, object: EntityID?, roleCount: Int)] = []
        var leadingObject: EntityID?
        // What an object capture attaches to: the last role or holder read before it.
        enum Last { case none, role, holder }
        var last = Last.none
        for capture in captures {
            if capture.slot == roleSlot, let role = readRole(capture.tokens, context: context) {
                roles.append(role)
                last = .role
            } else if capture.slot == holderSlot, let span = context.spanAtStart[capture.tokens.lowerBound],
                document.entities[span.entity]?.type == .person
            {
                holders.append((span.entity, span, nil, roles.count))
                last = .holder
            } else if capture.slot == anaphorSlot, last == .role,
                let type = cues.anaphors[tokens[capture.tokens.upperBound - 1].norm].flatMap(EntityType.init(rawValue:))
            {
                // "Präsident des Verbandes", "CIO des Landes": the body the article is about.
                roles[roles.count - 1].anaphor = type
            } else if capture.slot == objectSlot, let span = context.spanAtStart[capture.tokens.lowerBound] {
                switch last {
                case .none: leadingObject = leadingObject ?? span.entity
                case .role: roles[roles.count - 1].object = roles[roles.count - 1].object ?? span.entity
                case .holder: holders[holders.count - 1].object = holders[holders.count - 1].object ?? span.entity
                }
            }
        }
        guard !holders.isEmpty else { return [] }
        if roles.isEmpty, let named = rule.fields["role"] {
            // "leitet das Ministerium": the rule names the role; the holder's given name its gender.
            let forms = named.split(separator: "/").map(String.init)
            guard let masculine = forms.first, let lexical = roleRule.roles.match(Token(kind: .word, start: 0, end: 0, text: masculine))
            else { return [] }
            let feminine = forms.count > 1 ? forms[1] : masculine
            var result: [Relation] = []
            for holder in holders {
                var role = lexical
                role.written = roleRule.gendered(masculine, feminine, holder: holder.span, tokens: tokens)
                let read = ReadRole(match: role, nounStart: holder.span.tokens.lowerBound, nounEnd: holder.span.tokens.lowerBound, tokens: holder.span.tokens, object: nil)
                guard let object = holder.object ?? leadingObject, fits(object, role, document) else { continue }
                result.append(relation(holder.entity, read, object: object, rule: rule, sentence: sentence, article: article, evidence: evidence, context: context, match: match))
            }
            return result
        }
        let nearest = rule.fields["pairs"] == "nearest"
        var result: [Relation] = []
        for holder in holders {
            var own = roles.indices.map { $0 }
            if nearest {
                // The run of roles right before the holder, or else right after it.
                let before = roles.indices.filter { $0 < holder.roleCount }
                if let lastBefore = before.last {
                    var first = lastBefore
                    while first > 0, isRun(roles[first - 1], roles[first], tokens: tokens) { first -= 1 }
                    own = Array(first...lastBefore)
                } else {
                    own = roles.indices.first.map { [$0] } ?? []
                }
            }
            for index in own {
                let role = roles[index]
                // What follows a name ("Landrat X (Landkreis Y)") is the object of the role written
                // right before the name only: "DLT-Präsident Landrat X (Landkreis Y)".
                let holderObject = index == holder.roleCount - 1 ? holder.object : nil
                guard let object = objectOf(
                    role, holderID: holder.entity, holder: holderObject, leading: leadingObject, article: article, sentence: sentence, context: context,
                    scope: rule.fields["context"] ?? "all")
                else { continue }
                result.append(relation(holder.entity, role, object: object, rule: rule, sentence: sentence, article: article, evidence: evidence, context: context, match: match))
            }
        }
        return result
    }

    /// Two roles are one run when nothing but "und" or a comma stands between them: "der
    /// Vorsitzende und Sprecher, Bürgermeister X".
    private func isRun(_ a: ReadRole, _ b: ReadRole, tokens: [Token]) -> Bool {
        guard a.tokens.upperBound <= b.tokens.lowerBound else { return false }
        return (a.tokens.upperBound..<b.tokens.lowerBound).allSatisfy { cues.roleJoiners.contains(tokens[$0].norm) }
    }

    private func relation(
        _ holder: EntityID, _ role: ReadRole, object: EntityID, rule: RuleBook.Rule, sentence: Sentence, article: Article,
        evidence: Evidence, context: Context, match: Range<Int>
    ) -> Relation {
        Relation(
            subject: holder, predicate: .holdsRole, role: role.match.written, roleKey: role.match.key,
            status: status(
                of: rule, role: role, sentence: sentence, tokens: context.document.tokens,
                holders: context.named(.person, in: sentence.tokens).count, match: match),
            object: object,
            date: article.date,
            evidence: evidence)
    }

    /// The role a capture names: its role noun with the title-forming words before it and an
    /// organ after it.
    func readRole(_ range: Range<Int>, context: Context) -> ReadRole? {
        let tokens = context.document.tokens
        guard let nounStart = range.first(where: { context.roleMatches[$0] != nil }), var match = context.roleMatches[nounStart]
        else { return nil }
        // A role noun of several words ("Chief Digital Officer") ends at its last word.
        var nounEnd = (context.roleEnds[nounStart] ?? nounStart + 1) - 1
        // Where the role is held, when a compound part says so ("Kreistagsvorsitzender").
        if let (_, type) = cues.scopePrefixes.first(where: { match.key.hasPrefix($0.prefix) && match.key.count > $0.prefix.count + 2 }) {
            match.primaryScope = type
            match.scope.insert(type)
        }
        let feminine = match.written.hasSuffix("in") || match.written.hasSuffix("e")
            || (range.lowerBound > 0 && ["zur", "die"].contains(tokens[range.lowerBound - 1].norm))
        // A plural or inflected form the lexicon lists on its own ("Landräte", "Vorsitzenden"):
        // the role in nominative singular, from its key.
        if !match.key.contains(" "), RoleFolding.key(match.written) != match.key, match.written.count > 3,
            let first = match.key.first
        {
            let singular = first.uppercased() + match.key.dropFirst()
            match.written = feminine && (singular.hasSuffix("nder") || singular.hasSuffix("ter")) ? String(singular.dropLast()) : singular
        }
        // A prefix joined by a hyphen that names no body ("Co-CIO", "Landes-CIO"), and the first
        // parts of a coordination of compounds ("Wirtschafts- und Digitalminister").
        var prefix = ""
        var k = nounStart - 1
        if k - 1 >= range.lowerBound, tokens[k].kind == .hyphen, !tokens[k].spaceBefore, !tokens[nounStart].spaceBefore,
            tokens[k - 1].kind == .word, context.spanAtEnd[k - 1] == nil, !cues.formerMarkers.contains(tokens[k - 1].norm)
        {
            prefix = tokens[k - 1].text + "-"
            k -= 2
        }
        var coordinationStart = k + 1
        while k - 2 >= range.lowerBound, ["und", "oder", ","].contains(tokens[k].norm), tokens[k - 1].kind == .hyphen,
            tokens[k - 2].isCapitalized
        {
            coordinationStart = k - 2
            k -= 3
        }
        if coordinationStart < nounStart - (prefix.isEmpty ? 0 : 2) {
            let end = nounStart - (prefix.isEmpty ? 0 : 2)
            prefix = context.document.text(ofTokens: coordinationStart..<end) + " " + prefix
        }
        // Title-forming words right before the noun: "ersten stellvertretenden Vorsitzenden".
        var modifiers: [String] = []
        while k >= range.lowerBound {
            if cues.titleModifiers.contains(tokens[k].norm) {
                modifiers.insert(Self.nominative(tokens[k].text, feminine: feminine, capitalized: k == range.lowerBound && tokens[k].isCapitalized && modifiers.isEmpty), at: 0)
                k -= 1
            } else if tokens[k].text == ".", k > range.lowerBound, let full = cues.modifierAbbreviations[tokens[k - 1].norm] {
                // "Stellv. Vorsitzender"
                modifiers.insert(full + (feminine ? "e" : "er"), at: 0)
                k -= 2
            } else {
                break
            }
        }
        // An organ or another role after the noun: "Vorsitzender des Aufsichtsrats",
        // "Stellvertreter des Präsidenten".
        var organ = ""
        var organBody: EntityID?
        if nounEnd + 1 < range.upperBound, ["des", "der"].contains(tokens[nounEnd + 1].norm),
            let body = context.spanAtStart[nounEnd + 2], body.tokens.upperBound + 1 < range.upperBound,
            tokens[body.tokens.upperBound].kind == .hyphen, cues.organs.contains(tokens[body.tokens.upperBound + 1].norm)
        {
            // "Mitglieder des NLT-Präsidiums": the organ belongs to the role, the body is its object.
            organ = " " + tokens[nounEnd + 1].text + " " + tokens[body.tokens.upperBound + 1].text
            organBody = body.entity
            nounEnd = body.tokens.upperBound + 1
        } else if nounEnd + 2 < range.upperBound, ["des", "der"].contains(tokens[nounEnd + 1].norm) {
            let complementEnd = cues.organs.contains(tokens[nounEnd + 2].norm)
                ? nounEnd + 3 : context.roleEnds[nounEnd + 2] ?? nounEnd + 2
            if complementEnd > nounEnd + 2, complementEnd <= range.upperBound {
                organ = " " + context.document.text(ofTokens: (nounEnd + 1)..<complementEnd)
                nounEnd = complementEnd - 1
            }
        }
        // A field after "für": "Minister für Inneres und Kommunales".
        if nounEnd + 2 < range.upperBound, tokens[nounEnd + 1].norm == "für" {
            organ += " " + context.document.text(ofTokens: (nounEnd + 1)..<range.upperBound)
            nounEnd = range.upperBound - 1
        }
        if !modifiers.isEmpty || !organ.isEmpty || !prefix.isEmpty {
            let noun = prefix + match.written
            let written = (modifiers + [Self.nominativeNoun(noun, feminine: feminine)]).joined(separator: " ") + organ
            match.written = written
            match.key = RoleFolding.key(written)
        }
        return ReadRole(match: match, nounStart: nounStart, nounEnd: nounEnd, tokens: range, object: organBody)
    }

    /// An inflected title-forming adjective in nominative singular: "ersten" → "erster" (or
    /// "erste"), "stellvertretenden" → "stellvertretender".
    static func nominative(_ word: String, feminine: Bool, capitalized: Bool) -> String {
        var stem = word
        for ending in ["en", "em", "es", "er", "e"] where stem.hasSuffix(ending) && stem.count > ending.count + 2 {
            stem = String(stem.dropLast(ending.count))
            break
        }
        let result = stem + (feminine ? "e" : "er")
        guard let first = result.first else { return result }
        let lowered = first.lowercased() + result.dropFirst()
        return capitalized && ["erster", "erste", "regierender", "regierende"].contains(lowered) ? result : lowered
    }

    /// An adjectival role noun in nominative singular: "Vorsitzenden" → "Vorsitzender",
    /// "Beigeordneten" → "Beigeordneter"; other nouns as they are.
    static func nominativeNoun(_ noun: String, feminine: Bool) -> String {
        guard noun.hasSuffix("nden") || noun.hasSuffix("ten") else { return noun }
        return String(noun.dropLast(1)) + (feminine ? "" : "r")
    }

    /// The object of a role for one holder (see the type's documentation for the order).
    private func objectOf(
        _ role: ReadRole, holderID: EntityID, holder: EntityID?, leading: EntityID?, article: Article, sentence: Sentence,
        context: Context, scope: String
    ) -> EntityID? {
        let document = context.document
        let tokens = document.tokens
        for candidate in [role.object, holder] {
            if let candidate, let object = object(candidate, for: role.match, document) { return object }
        }
        let limit = sentence.tokens.upperBound
        if let after = roleRule.object(after: role.nounEnd, tokens: tokens, spanAtStart: context.spanAtStart, document: document, role: role.match, limit: limit) {
            return after.entity
        }
        if let before = roleRule.object(before: role.nounStart, tokens: tokens, spanAtEnd: context.spanAtEnd, document: document, role: role.match) {
            return before.entity
        }
        // A place adjective before the title-forming words: "der Reutlinger erste Landrat".
        if role.tokens.lowerBound < role.nounStart,
            let before = roleRule.object(before: role.tokens.lowerBound, tokens: tokens, spanAtEnd: context.spanAtEnd, document: document, role: role.match)
        {
            return before.entity
        }
        if let leading, fits(leading, role.match, document) { return leading }
        if let type = role.anaphor {
            return anaphorObject(type, role: role.match, sentence: sentence, article: article, context: context)
        }
        let inTitle = sentence.start == article.titleStart
        if let lead = roleRule.titleLead(of: article, document: document, inTitle: inTitle), role.match.scope.contains(lead.type) {
            return lead.id
        }
        return contextObject(
            of: role.match, at: role.tokens.lowerBound, holder: holderID, sentence: sentence, article: article, context: context,
            scope: scope)
    }

    /// The body or place of a role the sentence does not name, when the context leaves one
    /// choice of the role's first scope type (a Landrat's district, a Bürgermeister's town):
    /// - the only one in the sentence before the role, when the sentence names one person only
    ///   (in a list of people each place may be another's);
    /// - for an organization, the only one of the article's title, else of the sentence before,
    ///   else of the article (unless the sentence names another);
    /// - for a municipality or district, the only one of the article, else of its title.
    ///
    /// Federal roles ("Bundesminister") take none: where the text names no body, they are no
    /// relation; nor do Land roles, which the text names with their ministry.
    func contextObject(
        of role: RoleLexicon.Match, at roleStart: Int, holder: EntityID, sentence: Sentence, article: Article, context: Context,
        scope: String
    ) -> EntityID? {
        let document = context.document
        if cues.unplacedPrefixes.contains(where: { role.key.hasPrefix($0) }) { return nil }
        let type = role.primaryScope
        guard scope == "all" || (scope == "places" && type != .organization) else { return nil }
        func named(_ wanted: EntityType, in range: Range<Int>) -> Set<EntityID> { context.named(wanted, in: range) }
        func only(_ wanted: EntityType, in range: Range<Int>) -> EntityID? { context.only(wanted, in: range) }
        let before = sentence.tokens.lowerBound..<max(sentence.tokens.lowerBound, roleStart)
        if only(.person, in: sentence.tokens) != nil, let found = only(type, in: before) { return found }
        switch type {
        case .organization:
            if let title = context.titleTokens(of: article), let found = only(.organization, in: title) { return found }
            guard let index = document.sentenceIndex(containingToken: sentence.tokens.lowerBound), index > 0 else { return nil }
            let previous = document.sentences[index - 1]
            guard only(.organization, in: sentence.tokens) == nil else { return nil }
            if previous.start >= article.start, let found = only(.organization, in: previous.tokens) { return found }
            // The only organization the article names.
            return only(.organization, in: context.tokens(of: article))
        case .municipality, .district:
            // A place the sentence names after the role is another's ("… und Y (Landkreis Z)").
            let inSentence = named(type, in: max(sentence.tokens.lowerBound, roleStart)..<sentence.tokens.upperBound)
            if let found = only(type, in: context.tokens(of: article)) { return inSentence.contains(found) ? nil : found }
            guard let title = context.titleTokens(of: article) else { return nil }
            // A title about another person speaks of that person's place.
            guard named(.person, in: title).isSubset(of: [holder]) else { return nil }
            return only(type, in: title)
        default:
            return nil
        }
    }

    /// The body a word such as "des Verbandes" or "des Landes" points back to: the only one of
    /// its type in the article's title, else in the sentences before in the article.
    func anaphorObject(_ type: EntityType, role: RoleLexicon.Match, sentence: Sentence, article: Article, context: Context) -> EntityID? {
        guard role.scope.contains(type) else { return nil }
        if let title = context.titleTokens(of: article), let found = context.only(type, in: title) { return found }
        let articleTokens = context.tokens(of: article)
        return context.only(type, in: articleTokens.lowerBound..<max(articleTokens.lowerBound, sentence.tokens.lowerBound))
    }

    private func fits(_ entity: EntityID, _ role: RoleLexicon.Match, _ document: Document) -> Bool {
        guard let info = document.entities[entity], info.type != .person, info.keys["category"] != "party" else { return false }
        return role.scope.contains(info.type)
    }

    /// The object a named entity gives a role: itself when it fits the role's scope, or for a
    /// district's role the district a town names ("Landrat X (Ravensburg)": Landkreis
    /// Ravensburg, whose seat or namesake the town is).
    func object(_ entity: EntityID, for role: RoleLexicon.Match, _ document: Document) -> EntityID? {
        if fits(entity, role, document) { return entity }
        guard role.scope.contains(.district), !role.scope.contains(.municipality), let town = document.entities[entity],
            town.type == .municipality, let key = town.keys["district"], let district = gazetteer?.entry(EntityID("district:\(key)")),
            Gazetteer.districtName(withoutDesignator: district.name) == town.name
        else { return nil }
        return district.id
    }

    /// The status a relation of `rule` has.
    /// - Parameter holders: the persons the sentence names.
    /// - Parameter match: the tokens the rule's match covers.
    func status(of rule: RuleBook.Rule, role: ReadRole, sentence: Sentence, tokens: [Token], holders: Int, match: Range<Int>) -> RoleStatus {
        let lower = sentence.tokens.lowerBound
        let limit = sentence.tokens.upperBound
        // "a. D." after the role, "frühere", "bisherige" before it: former, whatever the rule.
        if RoleRelationRule.retirementSuffixLength(after: role.nounEnd, tokens: tokens, limit: limit) > 0 { return .former }
        let window = max(lower, role.tokens.lowerBound - 4)..<role.nounStart
        if window.contains(where: { cues.formerMarkers.contains(tokens[$0].norm) }) { return .former }
        let fixed = rule.fields["status"] ?? "marked"
        // "X scheidet aus", "verabschiedet sich in den Ruhestand": the sentence's only holder
        // gives up the role, unless the rule reads a role newly taken.
        if fixed != "new", holders == 1, sentence.tokens.contains(where: { cues.exitWords.contains(tokens[$0].norm) }),
            !sentence.tokens.contains(where: { cues.negations.contains(tokens[$0].norm) })
        {
            return .former
        }
        switch fixed {
        case "current": return .current
        case "new": return .new
        case "former": return .former
        case "clause":
            let clause = sentence.tokens
            if match.contains(where: { cues.becomeVerbs.contains(tokens[$0].norm) }) { return .new }
            let negated = clause.contains { cues.negations.contains(tokens[$0].norm) }
            if clause.contains(where: { cues.exitWords.contains(tokens[$0].norm) }) { return .former }
            if clause.contains(where: { cues.electionVerbs.contains(tokens[$0].norm) }) { return negated ? .former : .new }
            if clause.contains(where: { cues.takeOverVerbs.contains(tokens[$0].norm) }) { return .new }
            fallthrough
        default:
            return window.contains(where: { cues.newMarkers.contains(tokens[$0].norm) }) ? .new : .current
        }
    }
}
