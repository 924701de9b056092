import Foundation
import GovGraphExtraction
import GovGraphModel
import Testing

@testable import GovGraphInput

/// The shipped rule files (`gazetteer/rules/*.rules`): every example of every rule, extracted
/// with the shipped gazetteer, yields the relation it names, read by that rule.
@Suite("Shipped role rules: each rule's examples")
struct RoleRulesFileTests {
    static let extractor = ExtractorInputArticleTests.extractor

    static var examples: [(rule: String, example: RuleBook.Example)] {
        extractor.gazetteer.gazetteer.rules.rules.flatMap { rule in rule.examples.map { (rule.name, $0) } }
    }

    @Test("The shipped rule files have rules, each with two examples or more")
    func shipped() {
        let rules = Self.extractor.gazetteer.gazetteer.rules.rules
        #expect(rules.count >= 8)
        #expect(rules.allSatisfy { $0.examples.count >= 2 })
    }

    @Test("Each example yields its relation, read by its rule", arguments: examples.indices)
    func example(index: Int) throws {
        let (rule, example) = Self.examples[index]
        let document = try #require(Self.extractor.extract(text: example.sentence).first)
        let names = Dictionary(document.entities.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let (holder, role, object, status) = (example.expected[0], example.expected[1], example.expected[2], example.expected[3])
        let found = document.relations.filter {
            $0.predicate == .holdsRole && names[$0.subject] == holder && $0.role == role
                && (object == "-" || names[$0.object] == object)
        }
        let described = document.relations.filter { $0.predicate == .holdsRole }.map {
            "\(names[$0.subject] ?? "?") —[\($0.role ?? "")]→ \(names[$0.object] ?? "?") \($0.status?.rawValue ?? "") by \($0.evidence.rule ?? "-")"
        }
        #expect(found.contains { $0.evidence.rule == rule && $0.status?.rawValue == status }, "\(rule): \(example.sentence) gave \(described)")
    }
}
