import GovGraphModel
import Testing

@testable import GovGraphStore

@Suite("Shortest paths")
struct GraphStorePathsTests {
    @Test("A two-step chain, walked in either direction", arguments: Backend.all)
    func twoSteps(backend: Backend) throws {
        // Given the corpus, where Jung and Kretschmer are both named with Dresden
        let store = try Corpus.store(on: backend)

        // When a path from Jung to Kretschmer is asked for
        let path = try #require(try store.shortestPath(from: Corpus.jung, to: Corpus.kretschmer))

        // Then it goes through Dresden, and records direction and evidence
        #expect(path.map(\.from.id) == [Corpus.jung, Corpus.dresden])
        #expect(path.map(\.to.id) == [Corpus.dresden, Corpus.kretschmer])
        #expect(path.map(\.predicate) == [.coMentioned, .coMentioned])
        #expect(path.map(\.outgoing) == [false, true])
        #expect(path[1].evidence?.documentID == "doc-sachsen")
        #expect(
            path[1].evidence?.text
                == "Sachsens Ministerpräsident Michael Kretschmer besuchte Dresden.")
    }

    @Test(
        "Path lengths in the corpus",
        arguments: Backend.all, [
            (Corpus.jung, Corpus.leipzig, 1),
            (Corpus.jung, Corpus.sachsen, 2),
            (Corpus.leipzig, Corpus.hilbert, 2),
            (Corpus.leipzig, Corpus.kretschmer, 3),
            (Corpus.kretschmer, Corpus.leipzig, 3),
        ])
    func lengths(backend: Backend, _ row: (from: EntityID, to: EntityID, length: Int)) throws {
        let (from, to, length) = row
        // Given the corpus
        let store = try Corpus.store(on: backend)

        // When a path is asked for
        let path = try #require(try store.shortestPath(from: from, to: to))

        // Then it has the shortest length and is a connected chain from `from` to `to`
        #expect(path.count == length)
        #expect(path.first?.from.id == from)
        #expect(path.last?.to.id == to)
        #expect(zip(path, path.dropFirst()).allSatisfy { $0.to == $1.from })
    }

    @Test(
        "No path: unconnected or unknown entities",
        arguments: Backend.all, [
            (Corpus.jung, Corpus.ulm),
            (Corpus.ulm, Corpus.sachsen),
            (Corpus.jung, "person:niemand"),
            ("person:niemand", Corpus.jung),
        ] as [(EntityID, EntityID)])
    func noPath(backend: Backend, _ row: (from: EntityID, to: EntityID)) throws {
        let (from, to) = row
        let store = try Corpus.store(on: backend)
        #expect(try store.shortestPath(from: from, to: to) == nil)
    }

    @Test(
        "maxLength cuts the search off",
        arguments: Backend.all, [(0, nil), (1, nil), (2, 2), (6, 2)] as [(Int, Int?)])
    func maxLength(backend: Backend, _ row: (maxLength: Int, expected: Int?)) throws {
        let (maxLength, expected) = row
        // Given the corpus, where Jung and Sachsen are two steps apart
        let store = try Corpus.store(on: backend)

        // When a path of at most `maxLength` edges is asked for
        let path = try store.shortestPath(
            from: Corpus.jung, to: Corpus.sachsen, maxLength: maxLength)

        // Then it exists only when two steps are allowed
        #expect(path?.count == expected)
    }

    @Test("From an entity to itself", arguments: Backend.all)
    func sameEntity(backend: Backend) throws {
        let store = try Corpus.store(on: backend)
        #expect(try store.shortestPath(from: Corpus.ulm, to: Corpus.ulm) == [])
        #expect(try store.shortestPath(from: "person:niemand", to: "person:niemand") == nil)
    }

    @Test("Among shortest paths, the one with a role step wins over the earlier co-mentions", arguments: Backend.all)
    func prefersRoles(backend: Backend) throws {
        // Given A–B–C by co-mentions (stored first) and A→X (role), X–C (co-mention)
        var first = DocumentBuilder(
            id: "doc-a", date: "2025-01-01", text: "Anna Alt, Bernd Berg und Carla Christ.")
        first.entity("person:anna-alt", "Anna Alt", .person, mentions: ["Anna Alt"])
        first.entity("person:bernd-berg", "Bernd Berg", .person, mentions: ["Bernd Berg"])
        first.entity("person:carla-christ", "Carla Christ", .person, mentions: ["Carla Christ"])
        first.coMentioned("person:anna-alt", "person:bernd-berg")
        first.coMentioned("person:bernd-berg", "person:carla-christ")
        var second = DocumentBuilder(
            id: "doc-b", date: "2025-01-02",
            text: "Landrätin Anna Alt (Kreis Xanten) traf Carla Christ.")
        second.entity("person:anna-alt", "Anna Alt", .person, mentions: ["Anna Alt"])
        second.entity("district:xanten", "Kreis Xanten", .district, mentions: ["Kreis Xanten"])
        second.entity("person:carla-christ", "Carla Christ", .person, mentions: ["Carla Christ"])
        second.role("person:anna-alt", "Landrätin", key: "landrat", in: "district:xanten")
        second.coMentioned("district:xanten", "person:carla-christ")
        let store = try Corpus.store([first.document, second.document], on: backend)

        // When a path from A to C is asked for
        let path = try #require(
            try store.shortestPath(from: "person:anna-alt", to: "person:carla-christ"))

        // Then it goes through X with the role step
        #expect(path.map(\.to.id) == ["district:xanten", "person:carla-christ"])
        #expect(path.map(\.predicate) == [.holdsRole, .coMentioned])
        #expect(path[0].role == "Landrätin")
        #expect(path[0].outgoing)
    }
}

extension GraphStorePathsTests {
    @Test("A chain of roles wins over a shorter chain through a shared sentence", arguments: Backend.all)
    func rolesFirst(backend: Backend) throws {
        // Given the corpus, where Leipzig and the Städtetag share a sentence, and Jung is both
        // Leipzig's mayor and the Städtetag's president
        let store = try Corpus.store(on: backend)

        // When a path from Leipzig to the Städtetag is asked for
        let path = try #require(try store.shortestPath(from: Corpus.leipzig, to: Corpus.staedtetag))

        // Then it goes through Jung's two roles, not the one co-mention
        #expect(path.map(\.predicate) == [.holdsRole, .holdsRole])
        #expect(path.map(\.to.id) == [Corpus.jung, Corpus.staedtetag])
    }
}

extension GraphStorePathsTests {
    @Test(
        "On random graphs, the path is a shortest chain of the preferred kind",
        arguments: Backend.all, [(1, 6), (2, 6), (3, 6), (4, 6), (5, 3), (6, 3), (7, 2), (8, 6)] as [(UInt64, Int)])
    func randomGraphs(backend: Backend, _ row: (seed: UInt64, maxLength: Int)) throws {
        let (seed, maxLength) = row
        // Given a random graph of roles, locations and co-mentions over a few documents
        let graph = RandomGraph(seed: seed, entities: 16, relations: 22)
        let store = try Corpus.store(graph.documents, on: backend)

        for from in graph.ids {
            for to in graph.ids where to != from {
                // When a path is asked for
                let path = try store.shortestPath(from: from, to: to, maxLength: maxLength)

                // Then it is what a plain breadth-first search over the relations finds: the
                // shortest chain without co-mentions when there is one, else the shortest chain
                // with the fewest co-mentions
                let expected = graph.best(from: from, to: to, maxLength: maxLength)
                guard let expected else {
                    #expect(path == nil, "\(from) → \(to)")
                    continue
                }
                let steps = try #require(path, "\(from) → \(to)")
                #expect(steps.count == expected.length, "\(from) → \(to)")
                #expect(steps.filter { $0.predicate == .coMentioned }.count == expected.coMentions)
                #expect(steps.first?.from.id == from)
                #expect(steps.last?.to.id == to)
                #expect(zip(steps, steps.dropFirst()).allSatisfy { $0.to == $1.from })
                for step in steps {
                    let (subject, object) = step.outgoing ? (step.from.id, step.to.id) : (step.to.id, step.from.id)
                    #expect(graph.edges.contains { $0 == (subject, step.predicate, object) })
                }
            }
        }
    }
}

/// Random relations between a few persons, saved as documents, and the best chains a plain
/// breadth-first search over them finds.
private struct RandomGraph {
    let ids: [EntityID]
    private(set) var edges: [(EntityID, Predicate, EntityID)] = []
    private(set) var documents: [ExtractedDocument] = []

    init(seed: UInt64, entities: Int, relations: Int) {
        var state = seed &* 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        ids = (0..<entities).map { EntityID(rawValue: "person:p\($0)") }
        var builders = (0..<3).map { DocumentBuilder(id: "doc-\($0)", date: "2025-01-0\($0 + 1)", text: "Text \($0).") }
        for index in builders.indices {
            for id in ids { builders[index].entity(id, id.rawValue, .person, mentions: []) }
        }
        for _ in 0..<relations {
            let a = ids[next(entities)]
            let b = ids[next(entities)]
            guard a != b else { continue }
            let document = next(builders.count)
            switch next(3) {
            case 0:
                builders[document].role(a, "Rolle", key: "rolle", in: b)
                edges.append((a, .holdsRole, b))
            case 1:
                builders[document].locatedIn(a, b)
                edges.append((a, .locatedIn, b))
            default:
                builders[document].coMentioned(a, b)
                edges.append((min(a, b), .coMentioned, max(a, b)))
            }
        }
        documents = builders.map(\.document)
    }

    /// The length and co-mention count of the best chain, or nil when none is at most
    /// `maxLength` steps long.
    func best(from: EntityID, to: EntityID, maxLength: Int) -> (length: Int, coMentions: Int)? {
        if let length = layers(from: from, to: to, maxLength: maxLength, rolesOnly: true)?.length {
            return (length, 0)
        }
        return layers(from: from, to: to, maxLength: maxLength, rolesOnly: false)
    }

    /// Breadth-first levels from `from`, each entity with the fewest co-mentions of a shortest
    /// chain to it.
    private func layers(from: EntityID, to: EntityID, maxLength: Int, rolesOnly: Bool)
        -> (length: Int, coMentions: Int)?
    {
        var cost: [EntityID: Int] = [from: 0]
        var level: [EntityID] = [from]
        for length in 0..<maxLength {
            var next: [EntityID: Int] = [:]
            for (a, predicate, b) in edges where !(rolesOnly && predicate == .coMentioned) {
                let step = predicate == .coMentioned ? 1 : 0
                for (near, far) in [(a, b), (b, a)] where level.contains(near) && cost[far] == nil {
                    next[far] = min(next[far] ?? .max, cost[near]! + step)
                }
            }
            if let found = next[to] { return (length + 1, found) }
            if next.isEmpty { return nil }
            cost.merge(next) { old, _ in old }
            level = Array(next.keys)
        }
        return nil
    }
}
