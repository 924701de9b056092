/// Finds the gazetteer names one typing error away from a word ("Leizpig" → "Leipzig").
///
/// A symmetric-deletion index: every indexed name is stored under itself and under each string
/// it becomes with one character deleted; a word is looked up the same way, and the hits are
/// checked for a Damerau–Levenshtein distance of exactly one (one substitution, insertion,
/// deletion or transposition) that keeps the first letter and the last two. Only long one-word names are indexed (see
/// ``CompiledGazetteer``), so short words never match.
///
/// - Complexity: a lookup is O(L²) for a word of length L, independent of the number of names;
///   a word longer than the longest name and one more character is turned away in O(L), so that
///   one very long word (a hostile input) costs linear time.
struct TypoIndex: Sendable {
    struct Name: Sendable, Hashable {
        var text: [Unicode.Scalar]
        var entry: Int32
    }

    private(set) var names: [Name] = []
    /// Names by the hash of each deletion key; a hash hit is confirmed by the distance check, so
    /// collisions cost time, never a wrong answer.
    private(set) var keys: [UInt64: [Int32]] = [:]
    /// The length of the longest indexed name, in code points: no longer word than this and one
    /// more is one error away from any name.
    private(set) var longestName = 0

    /// One bit per slot of the hashed deletion keys: most keys of a looked-up word are no key of
    /// any name, and a clear bit says so without hashing the key again for the dictionary.
    private var filter = [UInt64](repeating: 0, count: 1 << (Int(TypoIndex.filterBits) - 6))
    private static let filterBits: UInt64 = 18

    /// The shortest word that is corrected.
    static let minimumLength = 7

    init() {}

    /// An index from its stored parts (see `TypoIndex+Serialization.swift`).
    init(names: [Name], keys: [UInt64: [Int32]]) {
        self.names = names
        self.keys = keys
        longestName = names.map(\.text.count).max() ?? 0
        for key in keys.keys { markFilter(key) }
    }

    @inline(__always)
    private static func filterSlot(_ key: UInt64) -> (word: Int, bit: UInt64) {
        let slot = (key &* 0x9e37_79b9_7f4a_7c15) >> (64 - filterBits)
        return (Int(truncatingIfNeeded: slot >> 6), 1 << (slot & 63))
    }

    private mutating func markFilter(_ key: UInt64) {
        let (word, bit) = Self.filterSlot(key)
        filter[word] |= bit
    }

    @inline(__always)
    private func mayHold(_ key: UInt64) -> Bool {
        let (word, bit) = Self.filterSlot(key)
        return filter[word] & bit != 0
    }

    mutating func insert(_ name: String, entry: Int32) {
        let scalars = Array(name.lowercased().unicodeScalars)
        guard scalars.count >= Self.minimumLength else { return }
        let index = Int32(names.count)
        names.append(Name(text: scalars, entry: entry))
        longestName = max(longestName, scalars.count)
        Self.forEachKey(scalars) { key in
            if keys[key]?.last != index { keys[key, default: []].append(index) }
            markFilter(key)
        }
    }

    /// The entries whose indexed name is exactly one error away from `word` and starts with the
    /// same letter.
    func entries(near word: String) -> Set<Int32> {
        guard word.unicodeScalars.count <= longestName + 1 else { return [] }
        let scalars = Array(word.lowercased().unicodeScalars)
        guard scalars.count >= Self.minimumLength else { return [] }
        var result: Set<Int32> = []
        Self.forEachKey(scalars) { key in
            guard mayHold(key), let hits = keys[key] else { return }
            for index in hits {
                let name = names[Int(index)]
                if name.text.first == scalars.first, Self.commonSuffix(name.text, scalars) >= 2,
                    Self.distanceIsOne(name.text, scalars)
                {
                    result.insert(name.entry)
                }
            }
        }
        return result
    }

    /// Calls `body` with the hash of the word itself and of each string it becomes with one
    /// code point deleted, without building those strings.
    private static func forEachKey(_ scalars: [Unicode.Scalar], _ body: (UInt64) -> Void) {
        body(hash(scalars, skipping: -1))
        for i in scalars.indices { body(hash(scalars, skipping: i)) }
    }

    /// FNV-1a over the code points, leaving out the one at `skipped`.
    @inline(__always)
    private static func hash(_ scalars: [Unicode.Scalar], skipping skipped: Int) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for (i, scalar) in scalars.enumerated() where i != skipped {
            h = (h ^ UInt64(scalar.value)) &* 0x100_0000_01b3
        }
        return (h ^ UInt64(scalars.count - (skipped < 0 ? 0 : 1))) &* 0x100_0000_01b3
    }

    /// How many characters two words share at their end. Derived words differ at the end
    /// ("Spanier"/"Spanien", "Freitag"/"Freital"); typing errors rarely do.
    static func commonSuffix(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        var n = 0
        while n < min(a.count, b.count), a[a.count - 1 - n] == b[b.count - 1 - n] { n += 1 }
        return n
    }

    /// Damerau–Levenshtein distance of exactly one.
    static func distanceIsOne(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Bool {
        if a == b { return false }
        if a.count == b.count {
            let diff = a.indices.filter { a[$0] != b[$0] }
            if diff.count == 1 { return true }
            return diff.count == 2 && diff[1] == diff[0] + 1 && a[diff[0]] == b[diff[1]] && a[diff[1]] == b[diff[0]]
        }
        let (short, long) = a.count < b.count ? (a, b) : (b, a)
        guard long.count - short.count == 1 else { return false }
        var i = 0
        while i < short.count, short[i] == long[i] { i += 1 }
        return short[i...] == long[(i + 1)...]
    }
}
