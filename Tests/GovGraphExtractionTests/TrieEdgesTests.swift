import Testing

@testable import GovGraphExtraction

struct TrieEdgesTests {
    @Test("Finds every edge added, through many growths, and nothing else")
    func addAndFind() {
        var edges = TrieEdges()
        for node: Int32 in 0..<5_000 {
            edges[PhraseMatcher.key(node, node % 7)] = node + 1
        }
        #expect(edges.count == 5_000)
        #expect(edges.keys.count >= 10_000)
        var found = 0
        for node: Int32 in 0..<5_000 where edges[PhraseMatcher.key(node, node % 7)] == node + 1 { found += 1 }
        #expect(found == 5_000)
        #expect(edges[PhraseMatcher.key(3, 4)] == nil)
        #expect(edges[PhraseMatcher.key(5_000, 0)] == nil)
    }

    @Test("Setting a key again replaces its child")
    func replace() {
        var edges = TrieEdges()
        edges[42] = 1
        edges[42] = 2
        #expect(edges.count == 1)
        #expect(edges[42] == 2)
    }

    @Test("A table is restored from its arrays")
    func restore() throws {
        var edges = TrieEdges()
        edges[PhraseMatcher.key(0, 9)] = 1
        edges[PhraseMatcher.key(1, 3)] = 2
        let restored = try #require(TrieEdges(keys: edges.keys, children: edges.children, nodeCount: 3))
        #expect(restored.count == 2)
        #expect(restored[PhraseMatcher.key(1, 3)] == 2)
        #expect(restored[PhraseMatcher.key(1, 4)] == nil)
    }

    @Test("Arrays that would break a lookup are refused", arguments: 0..<4)
    func refused(kind: Int) {
        let empty = TrieEdges.empty
        let (keys, children): ([UInt64], [Int32]) =
            switch kind {
            case 0: ([empty, empty, empty], [-1, -1, -1])  // not a power of two
            case 1: ([1, 2], [1, 1])  // no free slot: a missing key would be searched forever
            case 2: ([1, empty], [7, -1])  // a child beyond the nodes
            default: ([1, empty, empty, empty], [1, -1])  // arrays of different sizes
            }
        #expect(TrieEdges(keys: keys, children: children, nodeCount: 3) == nil)
    }
}
