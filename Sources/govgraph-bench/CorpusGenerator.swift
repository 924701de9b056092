import GovGraphExtraction
import GovGraphModel

/// Generates German e-government news pages from the templates of this target, filled with
/// names from the gazetteer: the same pages for the same seed, on any machine.
///
/// A page is a list of dated items as on a news site ("[14.03.2024] …", the title on the line
/// above, sometimes a caption above that), about 30 kB long. Each page comes from its own
/// generator seeded with the seed and the page number, so pages can be made in any order.
///
/// ```swift
/// let generator = try CorpusGenerator(gazetteer: gazetteer, seed: 1)
/// let pages = generator.pages(totalBytes: 20_000_000)
/// ```
struct CorpusGenerator: Sendable {
    struct Person: Sendable {
        var name: String
        var surname: String
        var feminine: Bool
    }

    /// A gazetteer entity the generator names.
    struct Named: Sendable {
        var id: EntityID
        var name: String
    }

    struct Municipality: Sendable {
        var id: EntityID
        var name: String
        var adjective: String
        var state: Int
        /// The Kreis of a town that belongs to one (`district:…`).
        var district: EntityID?
    }

    struct State: Sendable {
        var id: EntityID
        var name: String
        /// The attributive form after a definite article ("sächsische").
        var adjective: String
    }

    struct Role: Sendable {
        var masculine: String
        var feminine: String
    }

    let seed: UInt64
    /// Municipalities, largest first.
    let municipalities: [Municipality]
    let states: [State]
    /// The Landkreise, named without "Landkreis" ("Kitzingen"), per state index.
    let districtsByState: [[Named]]
    let districts: [Named]
    /// Public bodies, hand-curated ones first.
    let organizations: [Named]
    /// Laws as texts cite them (abbreviation or name), notable ones first.
    let laws: [Named]
    /// The first persons, in a seeded order: the first ones appear most often. Further persons
    /// (see ``person(_:)``) get a middle initial.
    let persons: [Person]
    let roles: [TargetKind: [Role]]

    /// The approximate length of a page in UTF-8 bytes.
    static let pageBytes = 30_000

    init(gazetteer: Gazetteer, seed: UInt64) throws {
        self.seed = seed
        let entries = gazetteer.entries
        let stateEntries = entries.filter { $0.type == .state && $0.keys["foreign"] == nil }.sorted { $0.id.rawValue < $1.id.rawValue }
        states = stateEntries.map { entry in
            State(id: entry.id, name: entry.name, adjective: entry.adjectives.first.map { $0 + "e" } ?? entry.name)
        }
        let stateIndex = Dictionary(
            uniqueKeysWithValues: stateEntries.enumerated().map { ($1.keys["ags"] ?? "", $0) })
        municipalities = entries.filter { $0.type == .municipality && $0.keys["foreign"] == nil }
            .sorted {
                (Int($0.keys["population"] ?? "") ?? 0, $1.id.rawValue)
                    > (Int($1.keys["population"] ?? "") ?? 0, $0.id.rawValue)
            }
            .map { entry in
                Municipality(
                    id: entry.id, name: entry.name, adjective: entry.adjectives.first ?? entry.name + "er",
                    state: stateIndex[entry.keys["state"] ?? ""] ?? 0,
                    district: entry.keys["district"].map { EntityID(rawValue: "district:" + $0) })
            }
        var byState = Array(repeating: [Named](), count: max(1, states.count))
        var allDistricts: [Named] = []
        for entry in entries where entry.type == .district && entry.name.hasPrefix("Landkreis ") {
            let name = Named(id: entry.id, name: String(entry.name.dropFirst("Landkreis ".count)))
            allDistricts.append(name)
            if let state = stateIndex[entry.keys["state"] ?? ""] { byState[state].append(name) }
        }
        districts = allDistricts
        districtsByState = byState
        let bodies = entries.filter { $0.type == .organization }
        organizations =
            (bodies.filter { $0.keys["source"] == nil } + bodies.filter { $0.keys["source"] != nil })
            .map { Named(id: $0.id, name: $0.name) }
        let citable = entries.filter { $0.type == .law }.map { entry -> (Named, Bool) in
            let short = entry.aliases.first { $0.count <= 12 && !$0.contains("/") }
            return (Named(id: entry.id, name: short ?? entry.name), entry.keys["notable"] != nil)
        }.filter { $0.0.name.count <= 70 }
        laws = citable.filter(\.1).map(\.0) + citable.filter { !$0.1 }.map(\.0)

        var people: [Person] = []
        for given in Self.givenNames {
            guard let gender = gazetteer.givenNames[given], gender == "m" || gender == "f" else { continue }
            for surname in Self.surnames {
                people.append(Person(name: given + " " + surname, surname: surname, feminine: gender == "f"))
            }
        }
        var shuffler = SplitMix64(seed: seed, part: -1)
        people.shuffle(using: &shuffler)
        persons = people

        let lexicon = Dictionary(
            gazetteer.roles.rows.map { ($0.masculine, $0) }, uniquingKeysWith: { first, _ in first })
        var roles: [TargetKind: [Role]] = [:]
        for (target, names) in Self.rolesByTarget {
            roles[target] = names.compactMap { name in
                lexicon[name].map { Role(masculine: $0.masculine, feminine: $0.feminine ?? $0.masculine) }
            }
        }
        self.roles = roles
        guard !municipalities.isEmpty, !states.isEmpty, !districts.isEmpty, !organizations.isEmpty,
            !laws.isEmpty, !persons.isEmpty, roles.values.allSatisfy({ !$0.isEmpty })
        else {
            throw BenchError(
                "the gazetteer lacks what the corpus needs (municipalities, Kreise, Länder, bodies, laws, given names, roles)")
        }
    }

    /// Pages of about ``pageBytes`` each until `totalBytes` are reached (the last page is cut
    /// at an item so that the total is close to, and at least, the size asked for).
    func pages(totalBytes: Int) -> [String] {
        var result: [String] = []
        var total = 0
        while total < totalBytes {
            let page = self.page(result.count, bytes: min(Self.pageBytes, totalBytes - total))
            total += page.utf8.count
            result.append(page)
        }
        return result
    }

    /// Page number `index`: dated items until the page holds about `bytes`.
    func page(_ index: Int, bytes: Int = Self.pageBytes) -> String {
        var random = SplitMix64(seed: seed, part: index)
        var text = "Meldungen aus Bund, Ländern und Kommunen\n\n"
        while text.utf8.count < bytes {
            text += item(&random)
        }
        return text
    }
}

// MARK: - Items

extension CorpusGenerator {
    /// Who a person is: their role and where they hold it, the same on every page.
    struct Holder {
        var index: Int
        var person: Person
        var role: String
        var target: TargetKind
        /// Where the role is held, as a phrase after the role ("von Leipzig").
        var phrase: String
        var municipality: Int?
        var state: Int?
        var organization: Int?
        var district: Named?
    }

    /// Person number `index`: one of ``persons``, or beyond them a name with a middle initial
    /// ("Anna K. Becker").
    func person(_ index: Int) -> Person {
        if index < persons.count { return persons[index] }
        let base = persons[index % persons.count]
        let letters = Array("ABCDEFGHIJKLMNOPRSTUVWZ")
        let initial = letters[(index / persons.count - 1) % letters.count]
        let given = base.name.dropLast(base.surname.count + 1)
        let round = (index / persons.count - 1) / letters.count
        let surname = round == 0 ? base.surname : base.surname + "-" + persons[round % persons.count].surname
        return Person(name: "\(given) \(initial). \(surname)", surname: surname, feminine: base.feminine)
    }

    /// The role person number `index` holds, the same on every page.
    func holder(_ index: Int) -> Holder {
        var random = SplitMix64(seed: seed, part: -2 - index)
        let person = self.person(index)
        let target = random.pick(TargetKind.allCases)
        let role = random.pick(roles[target]!)
        var written = person.feminine ? role.feminine : role.masculine
        var holder = Holder(index: index, person: person, role: written, target: target, phrase: "")
        switch target {
        case .municipality:
            let m = random.skewedIndex(below: municipalities.count, skew: 4)
            holder.municipality = m
            holder.phrase = random.chance(0.5) ? "von \(municipalities[m].name)" : "der Stadt \(municipalities[m].name)"
        case .district:
            let d = random.pick(districts)
            holder.district = d
            holder.phrase = "im Landkreis \(d.name)"
        case .state:
            let s = random.int(below: states.count)
            holder.state = s
            if role.masculine == "Minister" {
                written = random.pick(Self.ministries) + written.lowercased()
                holder.role = written
            }
            holder.phrase = "des Landes \(states[s].name)"
        case .organization:
            let o = random.skewedIndex(below: organizations.count, skew: 3)
            holder.organization = o
            holder.phrase = "bei \(organizations[o].name)"
        }
        return holder
    }

    /// One dated item with its title (and sometimes a caption): a teaser of two sentences and
    /// "mehr...", or a whole article of several paragraphs.
    func item(_ random: inout SplitMix64) -> String {
        let cast = self.cast(&random, persons: persons.count)
        let slots = cast.slots
        var text = ""
        if random.chance(0.3) { text += random.pick(Self.captions) + "\n\n" }
        text += fill(random.pick(Self.titles), slots, &random) + "\n\n"
        let date = "[\(two(random.int(in: 1...28))).\(two(random.int(in: 1...12))).\(random.int(in: 2015...2025))] "
        text += date + fill(random.pick(Self.leads), slots, &random)
        if random.chance(0.4) {
            text += " " + fill(random.pick(Self.bodies), slots, &random) + " mehr...\n\n"
            return text
        }
        text += "\n\n"
        for _ in 0..<random.int(in: 1...4) {
            var sentences: [String] = []
            for _ in 0..<random.int(in: 2...5) {
                let pool = random.chance(0.55) ? Self.fillers : Self.bodies
                sentences.append(fill(random.pick(pool), slots, &random))
            }
            text += sentences.joined(separator: " ") + "\n\n"
        }
        return text
    }

    /// Replaces the `{…}` slots of a template.
    func fill(_ template: String, _ slots: [String: String], _ random: inout SplitMix64) -> String {
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            result += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            switch name {
            case "T": result += random.pick(Self.topics)
            case "H": result += random.pick(Self.headlineTopics)
            case "N": result += String(random.int(in: 2...480))
            case "Y": result += String(random.int(in: 2025...2030))
            default: result += slots[name] ?? name
            }
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    /// Who and what one item is about.
    struct Cast {
        var first: Holder
        var second: Holder
        var municipality: Municipality
        var district: Named
        var state: State
        var organization: Named
        var otherOrganization: Named
        var law: Named

        /// The template slots.
        var slots: [String: String] {
            [
                "P": first.person.name, "Pn": first.person.surname, "Pr": first.role, "Pt": first.phrase,
                "Q": second.person.name, "Qn": second.person.surname, "Qr": second.role, "Qt": second.phrase,
                "M": municipality.name, "Ma": municipality.adjective, "D": district.name,
                "S": state.name, "Sa": state.adjective, "O": organization.name, "O2": otherOrganization.name,
                "L": law.name,
            ]
        }
    }

    /// Picks the people, places, bodies and law of one item from the first `persons` persons:
    /// the town, Kreis, Land or body where the first person holds their role is the item's.
    func cast(_ random: inout SplitMix64, persons: Int) -> Cast {
        let first = holder(random.skewedIndex(below: persons, skew: 2))
        let second = holder(random.skewedIndex(below: persons, skew: 2))
        let m = first.municipality ?? random.skewedIndex(below: municipalities.count, skew: 4)
        let state = first.state ?? municipalities[m].state
        let nearby = districtsByState[state]
        return Cast(
            first: first, second: second, municipality: municipalities[m],
            district: first.district ?? (nearby.isEmpty ? random.pick(districts) : random.pick(nearby)),
            state: states[state],
            organization: organizations[first.organization ?? random.skewedIndex(below: organizations.count, skew: 3)],
            otherOrganization: organizations[random.skewedIndex(below: organizations.count, skew: 3)],
            law: laws[random.skewedIndex(below: laws.count, skew: 3)])
    }

    private func two(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
