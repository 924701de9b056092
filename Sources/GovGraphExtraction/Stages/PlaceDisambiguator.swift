import GovGraphModel

/// Decides which place a place name means, and whether it is a place at all.
///
/// Runs on the gazetteer's candidates, before overlap resolution:
/// - **Ordinary words.** A place name that is also an ordinary noun or a common name (the
///   gazetteer lists such forms in the key `common_word`: "Essen", "Halle", "Hof", "Weil") counts
///   only with place context; one that is a word in lower case (`lower_word`: "Siegen",
///   "Erlangen") needs it only where its capital proves nothing, at the start of a sentence or in
///   a headline in capitals. Place context is a designator right before it ("Stadt Hof"), a
///   locative preposition before a town of 10,000 or more ("in Halle"; "in Brand geraten" is no
///   place, nor is "von Norden"),
///   a role noun right after it ("Essens Oberbürgermeister"), the lead of a title ("Hof: …"), or
///   another mention of the same place in the input that is not an ordinary word
///   ("Halle (Saale)").
/// - **Articles and adjectives.** German place names take neither, so a one-word name after one
///   ("die Stelle", "das Essen", "im Osten", "an erster Stelle") is a word, not a place; so is a
///   name inside or at the end of a hyphenated compound ("Schwarz-Rot-Gold"). A place that is also
///   a given name ("Karl") needs place context like an ordinary word.
/// - **City-states.** Where a city-state's bare name matches both the Land and the city, the city
///   is meant ("in Berlin") unless the name stands in a list with other Länder ("Bayern, Berlin
///   und Hessen"); the Land named with its designator ("Land Berlin") is a longer span and wins
///   anyway.
/// - **Homonyms.** Where one name matches several municipalities (20+ Neustadts, two Frankfurts),
///   the one whose Land or Kreis the article (else the page) names, or whose Kreis another place of
///   the article lies in, or that the page names unambiguously elsewhere, wins; the population
///   decides only when the context does not.
public struct PlaceDisambiguator: PipelineStage {
    public let roles: RoleLexicon
    /// Given names: a place that is also one ("Karl") needs place context.
    public let givenNames: Set<String>

    public init(roles: RoleLexicon, givenNames: Set<String> = []) {
        self.roles = roles
        self.givenNames = givenNames
    }

    /// The population from which a place name after an article or adjective is still the place.
    static let townSize = 10_000

    static let locativePrepositions: WordSet = [
        "in", "aus", "nach", "bei", "von", "vor", "um", "zwischen", "gen", "ab", "bis", "über", "durch",
    ]
    /// Compass nouns that are also towns ("Norden").
    static let directions: WordSet = ["norden", "süden", "osten", "westen", "nordens", "südens", "ostens", "westens"]
    static let designators: WordSet = [
        "stadt", "gemeinde", "markt", "kreisstadt", "hansestadt", "landeshauptstadt", "universitätsstadt",
        "ortsgemeinde", "samtgemeinde", "verbandsgemeinde", "stadtgemeinde", "marktgemeinde", "großstadt",
        "kommune", "ortschaft",
    ]

    public func process(_ document: inout Document) {
        document.candidates = resolve(document.candidates, in: document)
    }

    public func resolve(_ candidates: [SpanCandidate], in document: Document) -> [SpanCandidate] {
        let namedElsewhere = nonWordMentions(candidates, in: document)
        var namedAreas: Set<String> = []
        for candidate in candidates where candidate.origin == .gazetteer {
            if let info = document.entities[candidate.entity], info.type == .district || info.type == .state, let key = info.keys["ags"] {
                namedAreas.insert(key)
            }
        }
        let withoutWords = candidates.filter {
            keep($0, namedElsewhere: namedElsewhere, in: document, namedAreas: namedAreas)
        }
        let byTokens = SpanIndex(withoutWords)
        var groups: [Range<Int>: [Int]] = [:]
        for (index, candidate) in withoutWords.enumerated() where candidate.origin != .person {
            groups[candidate.tokens, default: []].append(index)
        }
        var dropped = Set<Int>()
        let context = Context(candidates: withoutWords, document: document)
        // Names of a Land of several words ("Freie und Hansestadt Hamburg") by the article they
        // stand in, found when first asked for.
        var landNames: [Int?: [SpanCandidate]]?
        for (_, members) in groups where members.count > 1 {
            let infos = members.map { document.entities[withoutWords[$0].entity] }
            // City-states: the bare name is the city.
            // Only the bare name is ambiguous; "Freie und Hansestadt Hamburg" is the Land.
            let isBareName = withoutWords[members[0]].tokens.count == 1
            let cityStates = Set(
                infos.compactMap { info -> String? in
                    guard isBareName, let info, info.type == .municipality, let state = info.keys["state"],
                        infos.contains(where: { $0?.type == .state && $0?.keys["ags"] == state && $0?.name == info.name })
                    else { return nil }
                    return state
                })
            if !cityStates.isEmpty {
                // Named among other Länder ("Bayern, Berlin und Hessen") a city-state is the Land;
                // elsewhere the city.
                let span = withoutWords[members[0]].tokens
                if landNames == nil {
                    landNames = Dictionary(
                        grouping: withoutWords.filter { $0.tokens.count > 1 && document.entities[$0.entity]?.type == .state },
                        by: { document.article(containingToken: $0.tokens.lowerBound) })
                }
                let asLand = listsLänder(around: span, candidates: byTokens, document: document)
                    || followsLandRole(span.lowerBound, tokens: document.tokens)
                    || namesLand(of: cityStates, before: span, landNames: landNames ?? [:], document: document)
                for (member, info) in zip(members, infos) {
                    if asLand, info?.type == .municipality, let state = info?.keys["state"], cityStates.contains(state) {
                        dropped.insert(member)
                    }
                    if !asLand, info?.type == .state, let ags = info?.keys["ags"], cityStates.contains(ags) {
                        dropped.insert(member)
                    }
                }
            }
            // Homonymous municipalities: one wins.
            let municipalities = zip(members, infos).filter { $0.1?.type == .municipality && !dropped.contains($0.0) }
            guard municipalities.count > 1 else { continue }
            let span = withoutWords[members[0]]
            let article = document.article(containingToken: span.tokens.lowerBound)
            let text = document.text(ofTokens: span.tokens)
            let ownerExists = municipalities.contains { $0.1!.name.lowercased() == text.lowercased() }
            let competitors = Set(municipalities.map { $0.1!.id })
            let best = municipalities.max { a, b in
                let (sa, sb) = (
                    context.score(a.1!, article: article, text: text, ownerExists: ownerExists, competitors: competitors),
                    context.score(b.1!, article: article, text: text, ownerExists: ownerExists, competitors: competitors)
                )
                if sa != sb { return sa < sb }
                let (pa, pb) = (a.1!.population, b.1!.population)
                if pa != pb { return pa < pb }
                return a.1!.id > b.1!.id
            }
            for (member, _) in municipalities where member != best?.0 { dropped.insert(member) }
        }
        return withoutWords.enumerated().filter { !dropped.contains($0.offset) }.map(\.element)
    }

    static let coordinators: WordSet = [",", "und", "sowie", "oder", "bzw"]

    /// The article names the city-state as a Land ("die Freie und Hansestadt Hamburg", "das Land
    /// Berlin") before the bare name, which then means the Land too, unless a locative
    /// preposition makes it the place ("Für Hamburg betreibt …" after "… Hansestadt Hamburg";
    /// not "in Hamburg").
    /// - Parameter landNames: the names of a Land of several words, by the article they stand in.
    func namesLand(of states: Set<String>, before span: Range<Int>, landNames: [Int?: [SpanCandidate]], document: Document) -> Bool {
        let start = span.lowerBound
        if start > 0, Self.locativePrepositions.contains(document.tokens[start - 1].norm) { return false }
        let inArticle = landNames[document.article(containingToken: start)] ?? []
        return inArticle.contains { other in
            guard other.tokens.upperBound <= start, let ags = document.entities[other.entity]?.keys["ags"] else { return false }
            return states.contains(ags)
        }
    }

    /// "Regierender Bürgermeister von Berlin", "Innensenatorin von Bremen", "Erster Bürgermeister
    /// der Freien und Hansestadt": a role that only a Land has, right before the city-state's name.
    func followsLandRole(_ start: Int, tokens: [Token]) -> Bool {
        guard start >= 2, ["von", "des", "der"].contains(tokens[start - 1].norm),
            let role = roles.match(tokens[start - 2])
        else { return false }
        if role.key.hasSuffix("senator") || role.key.hasSuffix("ministerpräsident") { return true }
        let modifier = start >= 3 ? tokens[start - 3].norm : ""
        return role.key.hasSuffix("bürgermeister") && ["regierender", "regierende", "erster", "erste"].contains(modifier)
    }

    /// The span stands in a list with a Land that is no city-state: "Bayern, Berlin und Hessen".
    func listsLänder(around span: Range<Int>, candidates: SpanIndex, document: Document) -> Bool {
        let tokens = document.tokens
        // A Land candidate over `range` that is not itself a city-state's bare name.
        func isLand(_ range: Range<Int>) -> Bool {
            let here = candidates.starting(at: range.lowerBound).filter { $0.tokens == range }
                .compactMap { document.entities[$0.entity] }
            return here.contains { land in
                land.type == .state
                    && !here.contains { $0.type == .municipality && $0.name == land.name && $0.keys["state"] == land.keys["ags"] }
            }
        }
        let before = span.lowerBound - 1
        if before > 0, Self.coordinators.contains(tokens[before].norm),
            candidates.ending(at: before - 1).contains(where: { isLand($0.tokens) })
        {
            return true
        }
        let after = span.upperBound
        if after + 1 < tokens.count, Self.coordinators.contains(tokens[after].norm),
            candidates.starting(at: after + 1).contains(where: { isLand($0.tokens) })
        {
            return true
        }
        return false
    }

    /// False for a place name that is an ordinary word and stands without place context.
    /// - Parameter namedElsewhere: the gazetteer's candidates of municipalities by a form that is
    ///   no ordinary word (see ``nonWordMentions(_:in:)``).
    /// - Parameter namedAreas: the keys of the Kreise and Länder the document names.
    func keep(
        _ candidate: SpanCandidate, namedElsewhere: ElsewhereIndex<EntityID>, in document: Document,
        namedAreas: Set<String> = []
    ) -> Bool {
        guard candidate.origin == .gazetteer, let info = document.entities[candidate.entity],
            info.type == .municipality
        else { return true }
        let tokens = document.tokens
        let start = candidate.tokens.lowerBound
        let end = candidate.tokens.upperBound
        let word = ordinaryWord(candidate, info, document)
        if candidate.tokens.count == 1 {
            // German place names take no article and no adjective, so after one a small place's
            // name is a word ("die Stelle", "das Essen", "an erster Stelle", "im langen Mantel");
            // a town of 10,000 or more that is no word stays a place ("im benachbarten Schwelm",
            // "im royalen Stockholm"), unless it opens a compound or a longer name ("des
            // Barcelona-Spiels", "die Chicago Bulls").
            let opensName = end < tokens.count && tokens[end].newlinesBefore == 0
                && ((tokens[end].kind == .hyphen && !tokens[end].spaceBefore) || (tokens[end].kind == .word && tokens[end].isCapitalized))
            let town = word == nil && !opensName && info.population >= Self.townSize
            if !town, Self.followsDeterminer(start, tokens: tokens) { return false }
            // Nor are they the inner or last part of a hyphenated compound ("Schwarz-Rot-Gold").
            if tokens.continuesCompound(at: start) { return false }
        }
        guard let word else { return true }
        // A capital says "name" except at the start of a sentence or in capitals.
        if word == .lowerCase, !tokens[start].isAllCaps, !document.startsSentence(atToken: start) { return true }
        if start > 0 {
            let before = tokens[start - 1].norm
            if Self.designators.contains(before) { return true }
            // A preposition makes a place of a word in lower case ("in Siegen"), of a given name
            // ("der Rat von Karl") and of a town's name; before a small place that is a noun it
            // is mostly an idiom ("in Brand geraten", "aus Steinen"), before a compass noun a
            // direction ("von Norden nach Süden"), unless the text names its Kreis or Land.
            if Self.locativePrepositions.contains(before),
                word != .noun || (info.population >= Self.townSize && !Self.directions.contains(tokens[start].norm))
                    || namedAreas.contains(info.keys["district"] ?? "-") || namedAreas.contains(info.keys["state"] ?? "-")
            {
                return true
            }
        }
        if end < tokens.count {
            if roles.match(tokens[end]) != nil { return true }
            // The lead of a title line: "Hof: Neue Bürgerdienste".
            if tokens[end].text == ":", tokens[start].newlinesBefore > 0 || start == 0 { return true }
        }
        // Named elsewhere in the input by a form that is no ordinary word.
        return namedElsewhere.first(candidate.entity, notOver: candidate.tokens) != nil
    }

    /// The gazetteer's candidates of municipalities by a form that is no ordinary word, by
    /// entity: where else the input names a place that a candidate may name as a word.
    func nonWordMentions(_ candidates: [SpanCandidate], in document: Document) -> ElsewhereIndex<EntityID> {
        ElsewhereIndex(candidates) { candidate in
            guard candidate.origin == .gazetteer, let info = document.entities[candidate.entity], info.type == .municipality,
                ordinaryWord(candidate, info, document) == nil
            else { return nil }
            return candidate.entity
        }
    }

    /// How a place name is also a word: a noun or common name (`common_word`: "Hof", "Essen"), a
    /// given name ("Karl") or a word in lower case (`lower_word`: "siegen", "erlangen").
    enum OrdinaryWord { case noun, givenName, lowerCase }

    func ordinaryWord(_ candidate: SpanCandidate, _ info: EntityInfo, _ document: Document) -> OrdinaryWord? {
        // A place that is also a given name ("Karl", "Otto") is treated like a common noun.
        if candidate.tokens.count == 1, givenNames.contains(document.tokens[candidate.tokens.lowerBound].text) {
            return .givenName
        }
        let text = document.text(ofTokens: candidate.tokens).lowercased()
        func listed(_ key: String) -> Bool {
            guard let words = info.keys[key], !words.isEmpty else { return false }
            return words.split(separator: ",").contains { word in
                let form = word.trimmingSpaces.lowercased()
                return text == form || text == form + "s" || text == form + "es"
            }
        }
        if listed("common_word") { return .noun }
        if listed("lower_word") { return .lowerCase }
        return nil
    }

    static let articles: WordSet = [
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
        "kein", "keine", "keinen", "keinem", "keiner", "dieser", "diese", "dieses", "diesen", "diesem",
        "jeder", "jede", "jedes", "jeden", "jedem", "unser", "unsere", "unseren", "unserem", "seine",
        "seinen", "seinem", "seiner", "ihre", "ihren", "ihrem", "ihrer", "im", "ins", "am", "beim", "vom", "zum", "zur",
    ]

    /// Words ending like adjectives that are not adjectives.
    static let notAdjectives: WordSet = [
        "zwischen", "gegen", "unter", "hinter", "über", "wieder", "immer", "oder", "aber", "sondern",
        "jedoch", "später", "früher", "außer", "entlang", "innerhalb", "außerhalb", "oberhalb",
        "unterhalb", "nahe", "während", "denen", "deren", "dessen", "welche", "welcher", "sowie",
        "sagte", "erklärte", "betonte", "meinte", "heute", "gestern", "morgen", "danke",
    ]

    /// An article or a contraction with one right before the token ("die Stelle", "im Osten"),
    /// or inflected adjectives after an article or preposition ("an erster Stelle", "jede zweite
    /// Stelle"). A verb in the past ("lobte Lüneburg") ends like an adjective but stands elsewhere.
    static func followsDeterminer(_ start: Int, tokens: [Token]) -> Bool {
        var k = start - 1
        guard k >= 0 else { return false }
        if articles.contains(tokens[k].norm) { return true }
        var adjectives = 0
        while k >= 0, tokens[k].kind == .word, tokens[k].isLowercase, Inflection.adjectiveStem(tokens[k].text) != nil,
            !notAdjectives.contains(tokens[k].norm), !articles.contains(tokens[k].norm),
            !Inflection.functionWords.contains(tokens[k].norm), !locativePrepositions.contains(tokens[k].norm)
        {
            adjectives += 1
            k -= 1
        }
        guard adjectives > 0, k >= 0 else { return false }
        let word = tokens[k].norm
        return articles.contains(word) || Inflection.functionWords.contains(word) || locativePrepositions.contains(word)
    }

    /// The places the text names without ambiguity, to judge homonyms by.
    struct Context {
        /// The places mentioned unambiguously under one district or state key: on the page and in
        /// each article (nil: outside every article).
        struct Support {
            var onPage: Set<EntityID> = []
            var byArticle: [Int?: Set<EntityID>] = [:]

            mutating func add(_ id: EntityID, article: Int?) {
                onPage.insert(id)
                byArticle[article, default: []].insert(id)
            }

            /// Whether a place that is not `excluded` supports others in `article`, and on the page.
            /// A set is searched only until its first place that is not excluded, so each
            /// question costs about as many steps as there are excluded places, however long
            /// the page.
            func names(in article: Int?, excluding excluded: (EntityID) -> Bool) -> (article: Bool, page: Bool) {
                let inArticle = byArticle[article]?.contains { !excluded($0) } ?? false
                return (inArticle, inArticle || onPage.contains { !excluded($0) })
            }
        }

        /// Places mentioned unambiguously.
        var mentioned: Set<EntityID> = []
        /// Unambiguous mentions by the district key they name (a district's own key, or the
        /// district of a municipality), and likewise by state key.
        var byDistrict: [String: Support] = [:]
        var byState: [String: Support] = [:]

        init(candidates: [SpanCandidate], document: Document) {
            var countBySpan: [Range<Int>: Int] = [:]
            for candidate in candidates where candidate.origin != .person { countBySpan[candidate.tokens, default: 0] += 1 }
            for candidate in candidates where candidate.origin != .person && countBySpan[candidate.tokens] == 1 {
                guard let info = document.entities[candidate.entity], [.state, .district, .municipality].contains(info.type)
                else { continue }
                let article = document.article(containingToken: candidate.tokens.lowerBound)
                mentioned.insert(info.id)
                if let key = info.type == .district ? info.keys["ags"] : info.keys["district"] {
                    byDistrict[key, default: Support()].add(info.id, article: article)
                }
                if let key = info.type == .state ? info.keys["ags"] : info.keys["state"] {
                    byState[key, default: Support()].add(info.id, article: article)
                }
            }
        }

        /// How well the article (and, less, the page) supports this municipality against its
        /// `competitors`, whose own mentions are no evidence ("in Hof, nicht in Hof (Westerwald)").
        /// - Parameter ownerExists: one of the competing places has this text as its own name.
        func score(
            _ info: EntityInfo, article: Int?, text: String, ownerExists: Bool, competitors: Set<EntityID>
        ) -> Int {
            var score = 0
            // The place whose own name this is ("Oldenburg" for the city in Lower Saxony) …
            if info.name.lowercased() == text.lowercased() { score += 3 }
            // … unless the text names another one in full elsewhere ("Frankfurt (Oder) … Frankfurt");
            // naming the other in full to set it apart ("nicht Oldenburg in Holstein") is no evidence.
            if !ownerExists, mentioned.contains(info.id) { score += 4 }
            // Other places named under the same key, in this article or on the page; the place's
            // own mentions and its competitors' are no evidence.
            func support(_ places: Support?) -> (article: Bool, page: Bool) {
                places?.names(in: article) { $0 == info.id || competitors.contains($0) } ?? (false, false)
            }
            if let district = info.keys["district"] {
                let found = support(byDistrict[district])
                if found.article { score += 3 } else if found.page { score += 1 }
            }
            if let state = info.keys["state"] {
                let found = support(byState[state])
                if found.article { score += 2 } else if found.page { score += 1 }
            }
            return score
        }
    }
}
