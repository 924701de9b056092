/// The edges of ``PhraseMatcher``'s token trie: a hash table from a (node, token) key to the
/// child node, kept in two flat arrays.
///
/// Open addressing with linear probing in a power-of-two table, at most half full, and a
/// multiplicative (Fibonacci) hash of the key. Against `[UInt64: Int32]` this saves the seeded
/// SipHash of every lookup, and the table is stored and read back as it is, without hashing a
/// single key (see `PhraseMatcher+Serialization.swift`).
///
/// ```swift
/// var edges = TrieEdges()
/// edges[PhraseMatcher.key(0, 7)] = 1
/// edges[PhraseMatcher.key(0, 7)]  // 1
/// ```
///
/// - Complexity: a lookup is O(1) on average.
struct TrieEdges: Sendable {
    /// Marks a free slot; no real key has its top bit set, since nodes are non-negative `Int32`s.
    static let empty = UInt64.max

    private(set) var keys: [UInt64]
    private(set) var children: [Int32]
    private(set) var count = 0
    /// 64 minus the base-2 logarithm of the table size: a hash's top bits pick the slot.
    private var shift: UInt64

    init(minimumCapacity: Int = 0) {
        var size = 16
        while size < minimumCapacity * 2 { size *= 2 }
        keys = Array(repeating: Self.empty, count: size)
        children = Array(repeating: -1, count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    /// A table from its stored arrays. Nil unless they have one power-of-two size, `count` keys
    /// and a free slot, and every child is below `nodeCount`: then every lookup ends.
    init?(keys: [UInt64], children: [Int32], nodeCount: Int32) {
        let size = keys.count
        guard size >= 2, size.nonzeroBitCount == 1, children.count == size else { return nil }
        var used = 0
        for slot in 0..<size where keys[slot] != Self.empty {
            guard children[slot] >= 0, children[slot] < nodeCount else { return nil }
            used += 1
        }
        guard used < size else { return nil }
        self.keys = keys
        self.children = children
        self.count = used
        self.shift = UInt64(64 - size.trailingZeroBitCount)
    }

    subscript(key: UInt64) -> Int32? {
        get {
            let mask = keys.count - 1
            var slot = home(key)
            while true {
                let found = keys[slot]
                if found == key { return children[slot] }
                if found == Self.empty { return nil }
                slot = (slot + 1) & mask
            }
        }
        set {
            // The trie only adds edges.
            guard let newValue else { preconditionFailure("trie edges are never removed") }
            if (count + 1) * 2 > keys.count { grow() }
            let mask = keys.count - 1
            var slot = home(key)
            while keys[slot] != Self.empty && keys[slot] != key { slot = (slot + 1) & mask }
            if keys[slot] == Self.empty { count += 1 }
            keys[slot] = key
            children[slot] = newValue
        }
    }

    @inline(__always)
    private func home(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9e37_79b9_7f4a_7c15) >> shift)
    }

    private mutating func grow() {
        var larger = TrieEdges(minimumCapacity: keys.count)
        for slot in keys.indices where keys[slot] != Self.empty { larger[keys[slot]] = children[slot] }
        self = larger
    }
}
