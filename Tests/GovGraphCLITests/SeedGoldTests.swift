import Foundation
import Testing

/// The sample page of ../shared against its gold annotation (GUIDELINES.md), through the binary.
@Suite(.enabled(if: CLI.hasShared, "../shared/eval/seed-gold.json is not here (a user's fresh clone); skipping the gold comparison"))
struct SeedGoldTests {
    struct Gold: Decodable {
        struct Entity: Decodable {
            var name: String
            var type: String
            var mentions: [String]
            var optional: Bool?
        }
        struct Relation: Decodable {
            var subject: String
            var role: String
            var object: String
        }
        var entities: [Entity]
        var relations: [Relation]
    }

    let gold: Gold
    let output: ExtractOutput
    let text: [Unicode.Scalar]

    init() throws {
        gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: CLI.sharedGold))
        let result = try CLI.run(["extract", CLI.sharedSeed.path, "--json", "--no-store"])
        try #require(result.status == 0, "extract failed: \(result.stderr)")
        output = try ExtractOutput.decode(result.stdout)
        text = Array(try String(contentsOf: CLI.sharedSeed, encoding: .utf8).precomposedStringWithCanonicalMapping.unicodeScalars)
    }

    /// Extracted entities of the whole page, one per id, with every mention text.
    var extracted: [(id: String, name: String, type: String, texts: Set<String>)] {
        var byID: [String: (id: String, name: String, type: String, texts: Set<String>)] = [:]
        for entity in output.documents.flatMap(\.entities) where !entity.mentions.isEmpty {
            var item = byID[entity.id] ?? (entity.id, entity.name, entity.type, [])
            item.texts.formUnion(entity.mentions.map(\.text))
            byID[entity.id] = item
        }
        return byID.values.sorted { $0.id < $1.id }
    }

    func matches(_ e: (id: String, name: String, type: String, texts: Set<String>), _ g: Gold.Entity) -> Bool {
        let forms = Set(g.mentions + [g.name])
        return e.type == g.type && (forms.contains(e.name) || !e.texts.isDisjoint(with: forms))
    }

    @Test("The page splits into the 16 dated articles of the gold, with their dates")
    func articles() {
        #expect(output.documents.count == 16)
        #expect(output.documents.first?.date == "2019-10-31")
        #expect(output.documents.first?.title == "Brücken bauen")
        #expect(output.documents.last?.title == "Vitako: 20 Jahre Austausch und Innovation")
    }

    @Test("At least 90 % of the required gold entities are found")
    func recall() {
        let required = gold.entities.filter { !($0.optional ?? false) }
        let missed = required.filter { g in !extracted.contains { matches($0, g) } }
        let recall = Double(required.count - missed.count) / Double(required.count)
        #expect(recall >= 0.9, "recall \(recall); missed: \(missed.map(\.name))")
    }

    @Test("At least 90 % of the extracted entities are in the gold")
    func precision() {
        let extra = extracted.filter { e in !gold.entities.contains { matches(e, $0) } }
        let precision = Double(extracted.count - extra.count) / Double(extracted.count)
        #expect(precision >= 0.9, "precision \(precision); not in the gold: \(extra.map { "\($0.name) (\($0.type))" })")
    }

    @Test("All gold role relations are found")
    func relations() {
        let names = Dictionary(extracted.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let found = output.documents.flatMap(\.relations).filter { $0.predicate == "holds_role" && $0.status != "former" }.map {
            "\(names[$0.subject] ?? $0.subject) | \(Self.fold($0.role ?? "")) | \(names[$0.object] ?? $0.object)"
        }
        for relation in gold.relations {
            let key = "\(relation.subject) | \(Self.fold(relation.role)) | \(relation.object)"
            #expect(found.contains(key), "missing \(key); found \(Set(found).sorted())")
        }
    }

    @Test("Every mention's offsets slice its text out of the NFC input")
    func offsets() {
        for mention in output.documents.flatMap(\.entities).flatMap(\.mentions) {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: text[mention.start..<mention.end])
            #expect(String(view) == mention.text)
        }
        for relation in output.documents.flatMap(\.relations) {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: text[relation.evidence.start..<relation.evidence.end])
            #expect(String(view) == relation.evidence.text)
        }
    }

    /// The gold's role folding: case, feminine forms, OB = Oberbürgermeister.
    static func fold(_ role: String) -> String {
        var key = role.lowercased()
        if key == "ob" { return "oberbürgermeister" }
        if key.hasSuffix("in"), key.count > 5 { key.removeLast(2) }
        return key
    }
}
