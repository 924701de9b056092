import GovGraphModel

/// Tells apart persons of the same name that the gazetteer knows (two members of the Bundestag
/// called Gerhard Schröder, a member of a Landtag and a member of the Bundestag called Michael
/// Meister) by what the article says of them: their party, their parliament and its date.
///
/// Runs on the candidates, after ``PersonRecognizer``. The gazetteer gives each person of a shared
/// name an id of its own and the key `shared`; a name matches all of them. Each mention of the
/// name is judged by its sentence:
/// - **party**: a party attached to the name, in brackets or an apposition after it ("Karl Müller
///   (CDU)", "Karl Müller, SPD-Abgeordneter,") or joined to the noun before it ("die
///   CDU-Abgeordnete …");
/// - **member word** of the list `parliament-member`, attached in the same way ("MdB Karl
///   Müller", "Karl Müller (Landtagsabgeordneter)");
/// - **parliament**: the one parliament the sentence names ("sprach im Bundestag");
/// - **date**: the article's year within the person's years in office (`term`; a person the data
///   lists as in office today has an open end). The date only decides between persons that the
///   rest leaves.
///
/// Each piece of evidence keeps the persons that agree with it; when none agrees, the text speaks
/// of someone the data does not know. A mention becomes the one person left when there is exactly
/// one and some evidence was used. A mention whose sentence says nothing of the person takes the
/// person the article's other mentions of the name agree on, if they agree on one. Otherwise the
/// name stays a person without an identity (the id the rules give any name, without keys).
public struct PersonDisambiguator: PipelineStage {
    /// The forms by which a party can be named, per party entity (a party group "CDU/CSU" stands
    /// for each of its parties).
    let partyForms: [EntityID: Set<String>]
    /// Every parliament a person of a shared name sits in, with the kind of its members' word
    /// (`bundestag`, `landtag`, `eu`).
    let parliaments: [EntityID: String]
    /// Member words and the kind of parliament they name.
    let memberWords: [String: String]
    /// How far (in tokens) a party or member word may stand from the name it speaks of.
    static let reach = 4

    public init(gazetteer: Gazetteer) {
        var partyForms: [EntityID: Set<String>] = [:]
        var seats: Set<String> = []
        for entry in gazetteer.entries {
            switch entry.type {
            case .organization:
                guard entry.keys["category"] == "party" else { continue }
                var forms = Set([entry.name] + entry.aliases)
                if entry.name.contains("/") {
                    for part in entry.name.split(separator: "/") { forms.insert(String(part)) }
                }
                partyForms[entry.id] = forms
            case .person:
                // Only the parliaments of persons who share a name are evidence.
                guard entry.keys["shared"] != nil else { continue }
                seats.formUnion(Self.list(entry.keys["parliament"]))
            default:
                continue
            }
        }
        var parliaments: [EntityID: String] = [:]
        for entry in gazetteer.entries where entry.type == .organization && seats.contains(entry.id.rawValue) {
            parliaments[entry.id] = Self.kind(of: entry)
        }
        self.partyForms = partyForms
        self.parliaments = parliaments
        self.memberWords = gazetteer.rules.pairs("parliament-member")
    }

    /// The kind of members' word a parliament has: `bundestag` for the federal parliament, `eu`
    /// for the European Parliament, `landtag` for a Land's.
    static func kind(of body: GazetteerEntry) -> String {
        switch (body.keys["level"], body.keys["category"]) {
        case ("federal", _): "bundestag"
        case ("eu", _), (_, "eu"): "eu"
        default: "landtag"
        }
    }

    static func list(_ value: String?) -> [String] {
        value.map { $0.split(separator: ",").map { String($0).trimmingSpaces } } ?? []
    }

    public func process(_ document: inout Document) {
        let shared = document.candidates.filter { candidate in
            candidate.origin == .gazetteer && document.entities[candidate.entity]?.keys["shared"] != nil
        }
        guard !shared.isEmpty else { return }
        // The persons each name may be, and where the article names it.
        struct Key: Hashable { var article: Int?; var name: String }
        var persons: [Key: Set<EntityID>] = [:]
        var mentions: [Key: Set<Range<Int>>] = [:]
        for candidate in shared {
            guard let info = document.entities[candidate.entity] else { continue }
            let key = Key(article: document.article(containingToken: candidate.tokens.lowerBound), name: info.name)
            persons[key, default: []].insert(candidate.entity)
            mentions[key, default: []].insert(candidate.tokens)
        }
        let byTokens = SpanIndex(document.candidates)
        var chosen: [Range<Int>: (id: EntityID, name: String)] = [:]
        for (key, ids) in persons {
            let year = key.article.flatMap { document.articles[$0].date }.flatMap { Int($0.prefix(4)) }
            let infos = ids.sorted { $0.rawValue < $1.rawValue }.compactMap { document.entities[$0] }
            var silent: [Range<Int>] = []
            var agreed: Set<EntityID> = []
            for tokens in mentions[key] ?? [] {
                let found = evidence(for: tokens, in: document, candidates: byTokens)
                if let person = choose(among: infos, evidence: found, year: year) {
                    chosen[tokens] = (person, key.name)
                    agreed.insert(person)
                } else if found == Evidence() {
                    silent.append(tokens)
                }
            }
            if agreed.count == 1, let person = agreed.first {
                for tokens in silent { chosen[tokens] = (person, key.name) }
            }
        }
        // The chosen person takes over the rules' span of the name; the others are dropped.
        var kept: [SpanCandidate] = []
        kept.reserveCapacity(document.candidates.count)
        var dropped: Set<EntityID> = []
        var taken: Set<Range<Int>> = []
        for candidate in document.candidates {
            if candidate.origin == .gazetteer, document.entities[candidate.entity]?.keys["shared"] != nil {
                dropped.insert(candidate.entity)
                continue
            }
            var candidate = candidate
            if let person = chosen[candidate.tokens], candidate.origin == .person,
               candidate.entity == .slug("person", person.name) {
                candidate.entity = person.id
                taken.insert(candidate.tokens)
            }
            kept.append(candidate)
        }
        // A name the rules did not read as one keeps the gazetteer's span (in text order, so that
        // the candidates do not depend on the order of a dictionary).
        for (tokens, person) in chosen.sorted(by: { $0.key.lowerBound < $1.key.lowerBound }) where !taken.contains(tokens) {
            kept.append(SpanCandidate(tokens: tokens, entity: person.id, origin: .gazetteer))
        }
        let used = Set(chosen.values.map(\.id))
        for id in dropped.subtracting(used) { document.entities[id] = nil }
        document.candidates = kept
    }

    /// What the sentence of a mention says of the person named.
    struct Evidence: Equatable {
        var parties: Set<EntityID> = []
        var parliaments: Set<EntityID> = []
        /// Kinds of parliament named by a member word (`bundestag`, `landtag`, `eu`).
        var memberKinds: Set<String> = []
    }

    func evidence(for mention: Range<Int>, in document: Document, candidates: SpanIndex) -> Evidence {
        var evidence = Evidence()
        guard let sentenceIndex = document.sentenceIndex(containingToken: mention.lowerBound) else { return evidence }
        let sentence = document.sentences[sentenceIndex].tokens
        let tokens = document.tokens
        let inSentence = candidates.inside(sentence)
        for candidate in inSentence where partyForms[candidate.entity] != nil
            && Self.attached(candidate.tokens, to: mention, in: tokens, bare: false) {
            evidence.parties.insert(candidate.entity)
        }
        let bodies = Set(inSentence.lazy.filter { self.parliaments[$0.entity] != nil }.map(\.entity))
        if bodies.count == 1 { evidence.parliaments = bodies }
        for index in sentence where !mention.contains(index) {
            if let kind = memberWords[tokens[index].norm], Self.attached(index..<(index + 1), to: mention, in: tokens, bare: true) {
                evidence.memberKinds.insert(kind)
            }
        }
        return evidence
    }

    /// Whether the words at `span` say something of the person named at `mention`. Before the
    /// name: joined by a hyphen to the noun right before it ("die CDU-Abgeordnete Karl Müller",
    /// "SPD-Fraktionschef Karl Müller"), or right before the name when `bare` ("MdB Karl Müller").
    /// After the name: in brackets or an apposition that opens right after it ("Karl Müller
    /// (SPD)", "Karl Müller, SPD-Abgeordneter,"), within ``reach`` tokens and with only words and
    /// hyphens between.
    static func attached(_ span: Range<Int>, to mention: Range<Int>, in tokens: [Token], bare: Bool) -> Bool {
        if span.upperBound <= mention.lowerBound {
            let between = tokens[span.upperBound..<mention.lowerBound]
            if between.isEmpty { return bare }
            return between.count < reach && between.first?.kind == .hyphen && between.first?.spaceBefore == false
                && between.dropFirst().allSatisfy { $0.kind == .word }
        }
        guard span.lowerBound > mention.upperBound, span.lowerBound - mention.upperBound <= reach,
              ["(", ","].contains(tokens[mention.upperBound].text)
        else { return false }
        return tokens[(mention.upperBound + 1)..<span.lowerBound].allSatisfy { $0.kind == .word || $0.kind == .hyphen }
    }

    /// The one person the evidence leaves, or nil.
    func choose(among persons: [EntityInfo], evidence: Evidence, year: Int?) -> EntityID? {
        var left = persons
        var used = false
        for party in evidence.parties {
            let forms = partyForms[party] ?? []
            left = left.filter { $0.keys["party"].map(forms.contains) ?? false }
            used = true
        }
        for body in evidence.parliaments {
            left = left.filter { Self.list($0.keys["parliament"]).contains(body.rawValue) }
            used = true
        }
        for kind in evidence.memberKinds {
            left = left.filter { person in
                Self.list(person.keys["parliament"]).contains { parliaments[EntityID($0)] == kind }
            }
            used = true
        }
        if left.count > 1, let year {
            let inOffice = left.filter { Self.inOffice($0, in: year) }
            if !inOffice.isEmpty && inOffice.count < left.count {
                left = inOffice
                used = true
            }
        }
        return used && left.count == 1 ? left[0].id : nil
    }

    /// Whether the person may hold a seat in `year`: within the years of `term` (an open end
    /// runs to today), or any year when the data gives no term.
    static func inOffice(_ person: EntityInfo, in year: Int) -> Bool {
        guard let term = person.keys["term"] else { return true }
        let bounds = term.split(separator: "-", omittingEmptySubsequences: false)
        guard bounds.count == 2, let first = Int(bounds[0]) else { return true }
        return year >= first && (Int(bounds[1]).map { year <= $0 } ?? true)
    }
}
