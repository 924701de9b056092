import GovGraphModel

/// The bodies a Land (or the Bund) has once, by the bare nouns that name them in context.
///
/// A gazetteer organization lists those nouns in its `body` key ("body=innenministerium" on
/// the Land's ministry of the interior, "body=staatskanzlei", "body=landtag"); its `state` key
/// says whose body it is, and `level=federal` marks the Bund's.
struct BodyTable: Sendable {
    /// noun → scope (`state:16`, or `federal`) → the body.
    private(set) var byNoun: [String: [String: EntityInfo]] = [:]
    /// A Land's adjective stem ("niedersächsisch") → the Land's id.
    private(set) var landAdjectives: [String: String] = [:]

    init(entries: [GazetteerEntry]) {
        for entry in entries where entry.type == .state && entry.keys["foreign"] == nil {
            for adjective in entry.adjectives where adjective.first?.isLowercase ?? false {
                landAdjectives[adjective] = entry.id.rawValue
            }
        }
        for entry in entries where entry.type == .organization && entry.keys["until"] == nil {
            guard let nouns = entry.keys["body"] else { continue }
            let scope = entry.keys["state"].map { "state:" + $0 } ?? (entry.keys["level"] == "federal" ? "federal" : nil)
            guard let scope else { continue }
            for noun in nouns.split(separator: ",") {
                byNoun[String(noun), default: [:]][scope] = entry.info
            }
        }
        forms = SuffixIndex(byNoun.keys.sorted().flatMap { noun in ["", "s", "es"].map { (form: noun + $0, value: (noun, 0)) } })
    }

    var isEmpty: Bool { byNoun.isEmpty }

    /// The listed noun a token is a form of ("Innenministeriums" → "innenministerium").
    func noun(of token: Token) -> String? {
        guard token.kind == .word, token.isCapitalized, let (noun, _) = forms.match(token.norm),
            token.norm.count <= noun.count + 2
        else { return nil }
        return String(token.norm.dropLast(token.norm.count - noun.count)) == noun ? noun : nil
    }

    /// The nouns and their genitives ("innenministerium", "innenministeriums"), by their ending.
    private var forms = SuffixIndex<(String, Int)>([])

    /// The Land whose adjective ends right before token `end` ("das hessische …", "des
    /// sachsen-anhaltischen …"), with the adjective's first token.
    func land(adjectiveBefore end: Int, tokens: [Token]) -> (start: Int, land: String)? {
        guard end >= 1, tokens[end - 1].kind == .word, tokens[end - 1].isLowercase else { return nil }
        var start = end - 1
        while start >= 2, tokens.continuesCompound(at: start) { start -= 2 }
        let word = tokens[start..<end].map(\.norm).joined()
        guard let stem = Inflection.adjectiveStem(word), let land = landAdjectives[stem] else { return nil }
        return (start, land)
    }

    /// The body in `scope` that all `nouns` name ("Wirtschafts- und Digitalministerium").
    func body(_ nouns: [String], in scope: String) -> EntityInfo? {
        guard let first = byNoun[nouns[0]]?[scope] else { return nil }
        return nouns.dropFirst().allSatisfy({ byNoun[$0]?[scope]?.id == first.id }) ? first : nil
    }
}

extension OrganizationPatternRule {
    /// A ministry, Staatskanzlei or Landtag named by its noun alone ("das Innenministerium",
    /// "die Staatskanzlei", "im Landtag", "des Wirtschafts- und Digitalministeriums") is the body
    /// of the Land the article is about, and of the Bund when the article names no Land but
    /// federal bodies. A Land named right with it wins ("das hessische Finanzministerium",
    /// "das Finanzministerium von Sachsen-Anhalt", "das Innenministerium des Landes Brandenburg"). When the article names several Länder and
    /// none clearly more often than the others, such a noun names nothing.
    func landBodies(in document: Document) -> [(SpanCandidate, EntityInfo)] {
        guard !bodies.isEmpty, !document.articles.isEmpty else { return [] }
        let tokens = document.tokens
        // Most texts name no such body alone: look for the nouns before counting the Länder.
        let nouns = tokens.indices.compactMap { i in bodies.noun(of: tokens[i]).map { (i, $0) } }
        let utilities = tokens.indices.filter { tokens[$0].isCapitalized && Self.utilityNouns.contains(tokens[$0].norm) }
        guard !nouns.isEmpty || !utilities.isEmpty else { return [] }
        let named = OverlapResolver.resolve(
            document.candidates.filter { $0.origin == .gazetteer || $0.origin == .adjective }, tokens: tokens)
        var stateAt: [Int: (end: Int, state: EntityInfo, adjective: Bool)] = [:]
        var adjectiveEndingAt: [Int: (start: Int, state: EntityInfo)] = [:]
        // Per article: mentions of each Land (Länder, their bodies) and of the Länder of places.
        var lands: [[String: Int]] = Array(repeating: [:], count: document.articles.count)
        var places: [[String: Int]] = Array(repeating: [:], count: document.articles.count)
        var federal = Array(repeating: 0, count: document.articles.count)
        var towns: [[EntityID: Int]] = Array(repeating: [:], count: document.articles.count)
        for span in named {
            guard let info = document.entities[span.entity],
                let article = document.article(containingToken: span.tokens.lowerBound)
            else { continue }
            switch info.type {
            case .state where info.keys["foreign"] == nil:
                lands[article][info.id.rawValue, default: 0] += 1
                stateAt[span.tokens.lowerBound] = (span.tokens.upperBound, info, span.origin == .adjective)
                if span.origin == .adjective { adjectiveEndingAt[span.tokens.upperBound] = (span.tokens.lowerBound, info) }
            case .organization:
                if let state = info.keys["state"] {
                    lands[article]["state:" + state, default: 0] += 1
                } else if info.keys["level"] == "federal" {
                    federal[article] += 1
                }
            case .municipality, .district:
                if let state = info.keys["state"], info.keys["foreign"] == nil { places[article]["state:" + state, default: 0] += 1 }
                if info.type == .municipality, span.origin == .gazetteer { towns[article][info.id, default: 0] += 1 }
            default:
                break
            }
        }
        func dominant(_ counts: [String: Int]) -> String? {
            let sorted = counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
            guard let top = sorted.first else { return nil }
            return sorted.count == 1 || top.value >= 2 * sorted[1].value ? top.key : nil
        }
        // A Land named (or one of its bodies) decides; else federal bodies make it the Bund's;
        // else the Land of the places named.
        let scopes: [String?] = document.articles.indices.map { index in
            if !lands[index].isEmpty { return dominant(lands[index]) }
            if federal[index] > 0 { return "federal" }
            return places[index].isEmpty ? nil : dominant(places[index])
        }
        var result: [(SpanCandidate, EntityInfo)] = []
        result += self.utilities(at: utilities, in: document, towns: towns, dominant: dominant)
        for (i, noun) in nouns {
            guard !tokens.continuesCompound(at: i) else { continue }
            var start = i
            var end = i + 1
            var nouns = [noun]
            // "Wirtschafts- und Digitalministerium"
            if i >= 3, tokens[i - 1].norm == "und", tokens[i - 2].kind == .hyphen, !tokens[i - 2].spaceBefore,
                let suffix = ["ministerium"].first(where: noun.hasSuffix)
            {
                nouns.append(tokens[i - 3].norm + suffix)
                start = i - 3
            }
            var scope: String?
            // "das hessische Finanzministerium"
            if let (adjectiveStart, state) = adjectiveEndingAt[start] {
                scope = state.id.rawValue
                start = adjectiveStart
            } else if let (adjectiveStart, land) = bodies.land(adjectiveBefore: start, tokens: tokens) {
                scope = land
                start = adjectiveStart
            }
            // "das Finanzministerium von Sachsen-Anhalt", "die Staatskanzlei des Landes Brandenburg"
            var k = end
            if k < tokens.count, ["von", "des"].contains(tokens[k].norm) {
                k += 1
                if k < tokens.count, tokens[k].norm == "landes" || tokens[k].norm == "freistaates" { k += 1 }
                if let (stateEnd, state, adjective) = stateAt[k], !adjective, scope == nil {
                    scope = state.id.rawValue
                    end = stateEnd
                }
            }
            guard let article = document.article(containingToken: i), let chosen = scope ?? scopes[article],
                let body = bodies.body(nouns, in: chosen)
            else { continue }
            result.append((SpanCandidate(tokens: start..<end, entity: body.id, origin: .pattern, priority: 1), body))
        }
        return result
    }

    static let utilityNouns: WordSet = ["stadtwerke", "stadtwerken"]

    /// "die Stadtwerke" alone: the Stadtwerke the article names in full ("Stadtwerke Augsburg"),
    /// else those of the one town it names clearly most often; nothing when that is unclear.
    private func utilities(
        at indices: [Int], in document: Document, towns: [[EntityID: Int]], dominant: ([String: Int]) -> String?
    ) -> [(SpanCandidate, EntityInfo)] {
        guard !indices.isEmpty else { return [] }
        let tokens = document.tokens
        var fullStarts: Set<Int> = []
        var full: [[EntityID: EntityInfo]] = Array(repeating: [:], count: document.articles.count)
        for candidate in document.candidates where candidate.origin == .pattern {
            guard let info = document.entities[candidate.entity], info.name.hasPrefix("Stadtwerke "),
                let article = document.article(containingToken: candidate.tokens.lowerBound)
            else { continue }
            fullStarts.insert(candidate.tokens.lowerBound)
            full[article][info.id] = info
        }
        var result: [(SpanCandidate, EntityInfo)] = []
        for i in indices {
            guard !fullStarts.contains(i), !tokens.continuesCompound(at: i),
                let article = document.article(containingToken: i)
            else { continue }
            var body: EntityInfo?
            if full[article].count == 1 {
                body = full[article].values.first
            } else if full[article].isEmpty,
                let town = dominant(Dictionary(uniqueKeysWithValues: towns[article].map { ($0.key.rawValue, $0.value) })),
                let info = document.entities[EntityID(rawValue: town)]
            {
                let name = "Stadtwerke " + info.name
                body = EntityInfo(id: .slug("organization", name), name: name, type: .organization)
            }
            guard let body else { continue }
            result.append((SpanCandidate(tokens: i..<(i + 1), entity: body.id, origin: .pattern, priority: 1), body))
        }
        return result
    }
}
