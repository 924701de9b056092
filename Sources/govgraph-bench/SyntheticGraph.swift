import Foundation
import GovGraphModel

/// Extracted documents made without the extractor, for the store benchmark: the same for the
/// same seed, shaped like what extraction of the generated corpus gives.
///
/// Each document is one item written from the corpus templates. The entities are those whose
/// names the sentences contain, with their mentions; relations are read off the templates: the
/// role of each person in the sentence that names it, a succession where a sentence says
/// "folgt auf", the town in its Kreis and its Land, and every pair of entities named in one
/// sentence as co_mentioned. Persons come from a pool that grows with the graph (one person per
/// 15 edges), so that a large graph is not a few people named everywhere.
///
/// ```swift
/// let graph = SyntheticGraph(generator: generator, edges: 1_000_000)
/// let first = graph.document(0)
/// ```
struct SyntheticGraph: Sendable {
    let generator: CorpusGenerator
    /// The size of the person pool.
    let persons: Int

    /// Lead sentences that name the first person's role, bodies that name the second's.
    private let roleLeads: [String]
    private let roleBodies: [String]
    private let otherBodies: [String]

    init(generator: CorpusGenerator, edges: Int) {
        self.generator = generator
        persons = max(100, edges / 15)
        roleLeads = CorpusGenerator.leads.filter { $0.contains("{Pt}") }
        roleBodies = CorpusGenerator.bodies.filter { $0.contains("{Qt}") }
        otherBodies = CorpusGenerator.bodies.filter { !$0.contains("{Qt}") }
    }

    /// The number of items per synthetic source file; the offsets of an item are those in its file.
    static let itemsPerSource = 20
    private static let itemSpacing = 5_000

    /// Document number `index`.
    func document(_ index: Int) -> ExtractedDocument {
        var random = SplitMix64(seed: generator.seed ^ 0x5354_4F52_4547_5248, part: index)
        let cast = generator.cast(&random, persons: persons)
        let slots = cast.slots
        let candidates = self.candidates(cast)

        let base = (index % Self.itemsPerSource) * Self.itemSpacing
        let title = generator.fill(random.pick(CorpusGenerator.titles), slots, &random)
        let dateText = (random.int(in: 1...28), random.int(in: 1...12), random.int(in: 2015...2025))
        let date = String(format: "%04d-%02d-%02d", dateText.2, dateText.1, dateText.0)
        var templates = [random.pick(roleLeads), random.pick(roleBodies)]
        for _ in 0..<random.int(in: 2...5) {
            templates.append(random.chance(0.5) ? random.pick(CorpusGenerator.fillers) : random.pick(otherBodies))
        }

        var offset = base + title.unicodeScalars.count + 2 + "[01.01.2020] ".count
        var mentions: [EntityID: [Mention]] = [:]
        var relations: [Relation] = []
        for (number, template) in templates.enumerated() {
            let sentence = generator.fill(template, slots, &random)
            let start = offset
            offset += sentence.unicodeScalars.count + 1
            let evidence = Evidence(start: start, end: start + sentence.unicodeScalars.count, text: sentence)
            var named: [EntityID] = []
            for candidate in candidates {
                let found = Self.occurrences(of: candidate.names, in: sentence, at: start)
                guard !found.isEmpty else { continue }
                mentions[candidate.entity.id, default: []] += found
                named.append(candidate.entity.id)
            }
            let present = Set(named)
            func role(_ holder: CorpusGenerator.Holder) {
                let person = personID(holder)
                let target = targetID(holder, cast)
                guard present.contains(person), present.contains(target) else { return }
                relations.append(
                    Relation(
                        subject: person, predicate: .holdsRole, role: holder.role,
                        roleKey: RoleFolding.key(holder.role), status: random.chance(0.1) ? .new : .current,
                        object: target, evidence: evidence))
            }
            if number == 0 { role(cast.first) }
            if number == 1 { role(cast.second) }
            if template.contains("folgt auf"), present.contains(personID(cast.first)),
                present.contains(personID(cast.second))
            {
                relations.append(
                    Relation(
                        subject: personID(cast.first), predicate: .succeeds, object: personID(cast.second),
                        evidence: evidence))
            }
            if present.contains(cast.municipality.id) {
                if cast.municipality.district == cast.district.id {
                    relations.append(
                        Relation(subject: cast.municipality.id, predicate: .locatedIn, object: cast.district.id, evidence: evidence))
                    relations.append(
                        Relation(subject: cast.district.id, predicate: .locatedIn, object: cast.state.id, evidence: evidence))
                } else if cast.municipality.state == generator.states.firstIndex(where: { $0.id == cast.state.id }) {
                    relations.append(
                        Relation(subject: cast.municipality.id, predicate: .locatedIn, object: cast.state.id, evidence: evidence))
                }
            }
            let sorted = Array(present).sorted { $0.rawValue < $1.rawValue }
            for (i, subject) in sorted.enumerated() {
                for object in sorted[(i + 1)...] {
                    relations.append(Relation(subject: subject, predicate: .coMentioned, object: object, evidence: evidence))
                }
            }
        }
        // Each relation once per sentence, as extraction gives it.
        var seen: Set<String> = []
        relations = relations.filter { relation in
            seen.insert("\(relation.subject)|\(relation.predicate)|\(relation.object)|\(relation.evidence.start)").inserted
        }
        let endpoints = Set(relations.flatMap { [$0.subject, $0.object] })
        let entities = candidates.compactMap { candidate -> Entity? in
            var entity = candidate.entity
            entity.mentions = mentions[entity.id] ?? []
            return entity.mentions.isEmpty && !endpoints.contains(entity.id) ? nil : entity
        }
        var hasher = SplitMix64(seed: generator.seed, part: index)
        let id = String(format: "%016llx%016llx", hasher.next(), hasher.next())
        return ExtractedDocument(
            id: id, source: "synthetic/page-\(index / Self.itemsPerSource + 1).txt", title: title, date: date,
            start: base, end: offset, entities: entities, relations: relations)
    }

    /// An entity that may be named in the item, and the forms it is named by.
    private struct Candidate {
        var entity: Entity
        var names: [String]
    }

    private func candidates(_ cast: CorpusGenerator.Cast) -> [Candidate] {
        var result: [Candidate] = []
        var seen: Set<EntityID> = []
        func add(_ id: EntityID, _ name: String, _ type: EntityType, _ forms: [String]) {
            guard seen.insert(id).inserted else { return }
            result.append(Candidate(entity: Entity(id: id, name: name, type: type), names: forms))
        }
        for holder in [cast.first, cast.second] {
            add(personID(holder), holder.person.name, .person, [holder.person.name])
        }
        add(cast.municipality.id, cast.municipality.name, .municipality, [cast.municipality.name, cast.municipality.adjective])
        add(cast.district.id, "Landkreis " + cast.district.name, .district, ["Landkreis " + cast.district.name])
        add(cast.state.id, cast.state.name, .state, [cast.state.name])
        for body in [cast.organization, cast.otherOrganization] { add(body.id, body.name, .organization, [body.name]) }
        add(cast.law.id, cast.law.name, .law, [cast.law.name])
        // The second person's role may be held somewhere the item does not otherwise name.
        let second = cast.second
        if let m = second.municipality {
            let town = generator.municipalities[m]
            add(town.id, town.name, .municipality, [town.name])
        }
        if let district = second.district {
            add(district.id, "Landkreis " + district.name, .district, ["Landkreis " + district.name])
        }
        if let s = second.state { add(generator.states[s].id, generator.states[s].name, .state, [generator.states[s].name]) }
        if let o = second.organization {
            add(generator.organizations[o].id, generator.organizations[o].name, .organization, [generator.organizations[o].name])
        }
        return result
    }

    func personID(_ holder: CorpusGenerator.Holder) -> EntityID {
        EntityID.slug("person", holder.person.name)
    }

    /// Where the holder holds their role.
    func targetID(_ holder: CorpusGenerator.Holder, _ cast: CorpusGenerator.Cast) -> EntityID {
        if let m = holder.municipality { return generator.municipalities[m].id }
        if let district = holder.district { return district.id }
        if let s = holder.state { return generator.states[s].id }
        if let o = holder.organization { return generator.organizations[o].id }
        return cast.municipality.id
    }

    /// The spans of `forms` in `sentence` (code point offsets from `start`), longest form first
    /// where two overlap.
    private static func occurrences(of forms: [String], in sentence: String, at start: Int) -> [Mention] {
        var result: [Mention] = []
        for form in forms where !form.isEmpty {
            var from = sentence.startIndex
            while let range = sentence.range(of: form, range: from..<sentence.endIndex) {
                let lower = sentence.unicodeScalars.distance(from: sentence.startIndex, to: range.lowerBound)
                let upper = lower + form.unicodeScalars.count
                if !result.contains(where: { $0.start < start + upper && start + lower < $0.end }) {
                    result.append(Mention(text: form, start: start + lower, end: start + upper))
                }
                from = range.upperBound
            }
        }
        return result
    }
}
