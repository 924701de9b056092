import GovGraphModel
import Testing

@testable import GovGraphStore

@Suite("Timeline of an entity")
struct GraphStoreTimelineTests {
    @Test("The dated facts come in date order, with role, status, the other entity and the sentence", arguments: Backend.all)
    func staedtetag(backend: Backend) throws {
        // Given the Städtetag history
        let store = try Corpus.store(Corpus.staedtetagHistory, on: backend)

        // When the Städtetag's timeline is read
        let timeline = try store.timeline(of: Corpus.staedtetag)

        // Then the 2019, 2025 and 2026 roles come in order, co-mentions left out
        #expect(
            timeline.map { "\($0.date) \($0.role ?? $0.predicate.rawValue) \($0.other.name) \($0.status?.rawValue ?? "-")" }
                == [
                    "2019-10-31 Präsident Burkhard Jung new",
                    "2025-06-01 Vizepräsidentin Katja Dörner current",
                    "2026-01-26 Vizepräsidentin Claudia Kalisch new",
                ])
        #expect(timeline.allSatisfy { !$0.outgoing })
        #expect(timeline.first?.evidence.text.hasPrefix("Der Leipziger Oberbürgermeister") == true)
    }

    @Test(
        "A person's timeline holds roles, successions and, on request, co-mentions",
        arguments: Backend.all, [
            (false, ["holds_role Lüneburg", "holds_role Deutscher Städtetag", "succeeds Katja Dörner"]),
            (
                true,
                [
                    "holds_role Lüneburg", "holds_role Deutscher Städtetag", "succeeds Katja Dörner",
                    "co_mentioned Lüneburg", "co_mentioned Deutscher Städtetag",
                    "co_mentioned Katja Dörner",
                ]
            ),
        ])
    func kalisch(backend: Backend, _ row: (includeCoMentions: Bool, expected: [String])) throws {
        let (includeCoMentions, expected) = row
        let store = try Corpus.store(Corpus.staedtetagHistory, on: backend)
        let timeline = try store.timeline(of: Corpus.kalisch, includeCoMentions: includeCoMentions)
        #expect(timeline.map { "\($0.predicate.rawValue) \($0.other.name)" } == expected)
        #expect(timeline.allSatisfy { $0.date == "2026-01-26" })
    }

    @Test("Undated relations and unknown entities have no timeline", arguments: Backend.all)
    func empty(backend: Backend) throws {
        // Given Ulm's undated article
        let store = try Corpus.store([Corpus.ulmDocument], on: backend)
        #expect(try store.timeline(of: Corpus.ulm, includeCoMentions: true) == [])
        #expect(try store.timeline(of: "person:niemand") == [])
    }

    @Test("A fact read twice in one document is listed once", arguments: Backend.all)
    func oncePerDocument(backend: Backend) throws {
        // Given one document that reads Jung's role in two sentences
        var document = Corpus.jungPresident2019
        var second = document.relations[0]
        second.evidence = Evidence(start: 0, end: 10, text: "Der Leipzi")
        document.relations.append(second)
        let store = try Corpus.store([document], on: backend)

        // When Jung's timeline is read
        let roles = try store.timeline(of: Corpus.jung).filter { $0.role == "Präsident" }

        // Then the role is there once, with its first sentence
        #expect(roles.count == 1)
        #expect(roles.first?.evidence.end == 92)
    }
}
