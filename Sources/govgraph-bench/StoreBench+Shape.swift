import GovGraphModel

/// What the store benchmark remembers of the graph it saved, to ask the queries: the edges (for
/// pairs of entities a given number of steps apart), the roles held and the entities linked.
struct GraphShape {
    private(set) var relations = 0
    private(set) var mentions = 0
    private var index: [EntityID: Int32] = [:]
    private var ids: [EntityID] = []
    private var edges: [(Int32, Int32)] = []
    private var roles: [(role: String, object: EntityID)] = []
    private var adjacency: (offsets: [Int], targets: [Int32])?

    var entityCount: Int { ids.count }

    mutating func add(_ document: ExtractedDocument) {
        relations += document.relations.count
        for entity in document.entities {
            mentions += entity.mentions.count
            _ = number(entity.id)
        }
        for relation in document.relations {
            edges.append((number(relation.subject), number(relation.object)))
            if relation.predicate == .holdsRole, let role = relation.role, roles.count < 100_000 {
                roles.append((role, relation.object))
            }
        }
        adjacency = nil
    }

    private mutating func number(_ id: EntityID) -> Int32 {
        if let known = index[id] { return known }
        index[id] = Int32(ids.count)
        ids.append(id)
        return Int32(ids.count - 1)
    }

    /// An entity at the end of a random relation: busy entities come up as often as they are
    /// linked.
    func randomLinkedEntity(_ random: inout SplitMix64) -> EntityID {
        let edge = edges[random.int(below: edges.count)]
        return ids[Int(random.chance(0.5) ? edge.0 : edge.1)]
    }

    /// A role and where it is held, as a random holds_role relation names them.
    func randomRole(_ random: inout SplitMix64) -> (String, EntityID) {
        roles.isEmpty ? ("Präsident", ids[0]) : roles[random.int(below: roles.count)]
    }

    /// Two entities whose shortest chain (walking edges either way) has four steps, or as many
    /// as the graph allows when a few tries find none that far apart.
    mutating func pairFourStepsApart(_ random: inout SplitMix64) -> (EntityID, EntityID) {
        let (offsets, targets) = adjacencyLists()
        var best: (Int32, Int32, Int) = (0, 0, -1)
        for _ in 0..<20 {
            let source = Int32(random.int(below: ids.count))
            var depth = [Int32](repeating: -1, count: ids.count)
            depth[Int(source)] = 0
            var frontier = [source]
            var level = 0
            while level < 4, !frontier.isEmpty {
                var next: [Int32] = []
                for node in frontier {
                    for k in offsets[Int(node)]..<offsets[Int(node) + 1] {
                        let other = targets[k]
                        if depth[Int(other)] < 0 {
                            depth[Int(other)] = Int32(level + 1)
                            next.append(other)
                        }
                    }
                }
                if next.isEmpty { break }
                frontier = next
                level += 1
            }
            let far = frontier[random.int(below: frontier.count)]
            if level > best.2 { best = (source, far, level) }
            if level == 4 { break }
        }
        return (ids[Int(best.0)], ids[Int(best.1)])
    }

    /// Both directions of every edge, as compressed lists.
    private mutating func adjacencyLists() -> (offsets: [Int], targets: [Int32]) {
        if let adjacency { return adjacency }
        var degree = [Int](repeating: 0, count: ids.count + 1)
        for (a, b) in edges {
            degree[Int(a)] += 1
            degree[Int(b)] += 1
        }
        var offsets = [Int](repeating: 0, count: ids.count + 1)
        for i in 0..<ids.count { offsets[i + 1] = offsets[i] + degree[i] }
        var fill = offsets
        var targets = [Int32](repeating: 0, count: offsets[ids.count])
        for (a, b) in edges {
            targets[fill[Int(a)]] = b
            fill[Int(a)] += 1
            targets[fill[Int(b)]] = a
            fill[Int(b)] += 1
        }
        adjacency = (offsets, targets)
        return (offsets, targets)
    }
}

/// What the search benchmark looks for: words of the templates, surnames, town names, and
/// pairs of them.
struct SearchWords {
    private let words: [String]

    init(generator: CorpusGenerator) {
        let texts = CorpusGenerator.topics + CorpusGenerator.headlineTopics + CorpusGenerator.fillers
        var vocabulary = Set<String>()
        for text in texts {
            for word in text.split(whereSeparator: { !$0.isLetter }) where word.count >= 6 {
                vocabulary.insert(String(word))
            }
        }
        words =
            vocabulary.sorted() + CorpusGenerator.surnames
            + generator.municipalities.prefix(100).map(\.name)
    }

    /// One word, or two.
    func random(_ random: inout SplitMix64) -> String {
        let first = random.pick(words)
        return random.chance(0.3) ? first + " " + random.pick(words) : first
    }
}
