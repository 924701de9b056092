/// The token trie as bytes, for ``CompiledGazetteer/serialized(fingerprint:)``.
///
/// Layout, in order: the vocabulary (text, id), the node count, the edge table's two arrays as
/// they are, the payloads of each final node, the case-rule sets and the form count. The edge
/// table is copied back in one step; the dictionaries are written as flat lists and rebuilt with
/// their final capacity reserved, so reading them back hashes every key once and never grows a
/// table.
extension PhraseMatcher {
    func write(to writer: inout BinaryWriter) {
        writer.writeCount(vocabulary.count)
        for (text, id) in vocabulary {
            writer.write(text)
            writer.write(id)
        }
        writer.write(nodeCount)
        writer.write(contentsOf: edges.keys)
        writer.write(contentsOf: edges.children)
        writer.writeCount(payloads.count)
        for (node, found) in payloads {
            writer.write(node)
            writer.writeCount(found.count)
            for payload in found {
                writer.write(payload.entry)
                writer.write(payload.isAdjective)
                writer.write(payload.rules)
            }
        }
        writer.writeCount(ruleSets.count)
        for rules in ruleSets {
            writer.writeCount(rules.count)
            for rule in rules {
                switch rule {
                case .any: writer.write(UInt8(0))
                case .capitalized: writer.write(UInt8(1))
                case let .exact(text):
                    writer.write(UInt8(2))
                    writer.write(text)
                }
            }
        }
        writer.write(Int64(formCount))
    }

    /// Reads a matcher whose payloads point into a gazetteer of `entryCount` entries.
    init(from reader: inout BinaryReader, entryCount: Int) throws(GazetteerSerializationError) {
        let vocabularyCount = try reader.count(minimumSize: 8)
        var vocabulary: [String: Int32] = [:]
        vocabulary.reserveCapacity(vocabularyCount)
        for _ in 0..<vocabularyCount {
            let text = try reader.string()
            vocabulary[text] = try reader.read(Int32.self)
        }
        let nodeCount = try reader.read(Int32.self)
        guard nodeCount >= 1 else { throw .malformed("the trie has \(nodeCount) nodes") }
        let keys = try reader.integers(UInt64.self)
        let children = try reader.integers(Int32.self)
        guard let edges = TrieEdges(keys: keys, children: children, nodeCount: nodeCount) else {
            throw .malformed("the trie's edge table does not hold together")
        }
        let finalCount = try reader.count(minimumSize: 8)
        var pending: [(node: Int32, found: [Payload])] = []
        pending.reserveCapacity(finalCount)
        for _ in 0..<finalCount {
            let node = try reader.index(below: Int(nodeCount))
            let count = try reader.count(minimumSize: 9)
            var found: [Payload] = []
            found.reserveCapacity(count)
            for _ in 0..<count {
                let entry = try reader.index(below: entryCount)
                let isAdjective = try reader.bool()
                // Checked against the rule sets once they are read.
                let rules = try reader.read(Int32.self)
                found.append(Payload(entry: entry, isAdjective: isAdjective, rules: rules))
            }
            pending.append((node, found))
        }
        let ruleSetCount = try reader.count(minimumSize: 4)
        var ruleSets: [[CaseRule]] = []
        ruleSets.reserveCapacity(ruleSetCount)
        for _ in 0..<ruleSetCount {
            let count = try reader.count(minimumSize: 1)
            var rules: [CaseRule] = []
            rules.reserveCapacity(count)
            for _ in 0..<count {
                switch try reader.read(UInt8.self) {
                case 0: rules.append(.any)
                case 1: rules.append(.capitalized)
                case 2: rules.append(.exact(try reader.string()))
                case let tag: throw .malformed("case rule \(tag) is unknown")
                }
            }
            ruleSets.append(rules)
        }
        // A form's case rules are read token by token over its match: one rule per token.
        let depths = try Self.depths(edges, nodeCount: nodeCount)
        var payloads: [Int32: [Payload]] = [:]
        payloads.reserveCapacity(pending.count)
        for (node, found) in pending {
            for payload in found {
                guard payload.rules >= 0, Int(payload.rules) < ruleSets.count else {
                    throw .malformed("a form points to a missing case-rule set")
                }
                let (tokens, rules) = (depths[Int(node)], ruleSets[Int(payload.rules)].count)
                guard rules == tokens else { throw .malformed("a form of \(tokens) tokens has \(rules) case rules") }
            }
            payloads[node] = found
        }
        let formCount = try reader.read(Int64.self)
        self.init(
            vocabulary: vocabulary, edges: edges, payloads: payloads, nodeCount: nodeCount, ruleSets: ruleSets,
            formCount: Int(formCount))
    }

    /// The depth of every node, checking that the edges form a tree: every node but the root has
    /// one parent, created before it.
    private static func depths(_ edges: TrieEdges, nodeCount: Int32) throws(GazetteerSerializationError) -> [Int] {
        var parents = [Int32](repeating: -1, count: Int(nodeCount))
        for slot in edges.keys.indices where edges.keys[slot] != TrieEdges.empty {
            let parent = Int32(truncatingIfNeeded: edges.keys[slot] >> 32)
            let child = Int(edges.children[slot])
            guard parent >= 0, Int(parent) < child, parents[child] < 0 else {
                throw .malformed("the trie's edges do not form a tree")
            }
            parents[child] = parent
        }
        var depths = [Int](repeating: 0, count: Int(nodeCount))
        for node in 1..<Int(nodeCount) {
            guard parents[node] >= 0 else { throw .malformed("trie node \(node) has no parent") }
            depths[node] = depths[Int(parents[node])] + 1
        }
        return depths
    }
}
