/// Finds the gazetteer names one typing error away from a word ("Leizpig" → "Leipzig").
///
/// A symmetric-deletion index: every indexed name is stored under itself and under each string
/// it becomes with one character deleted; a word is looked up the same way, and the hits are
/// checked for a Damerau–Levenshtein distance of exactly one (one substitution, insertion,
/// deletion or transposition) that keeps the first letter and the last two. Only long one-word names are indexed (see
/// ``CompiledGazetteer``), so short words never match.
///
/// - Complexity: a lookup is O(L²) for a word of length L, independent of the number of names.
struct TypoIndex: Sendable {
    struct Name: Sendable, Hashable {
        var text: [Character]
        var entry: Int32
    }

    private(set) var names: [Name] = []
    private var keys: [String: [Int32]] = [:]

    /// The shortest word that is corrected.
    static let minimumLength = 7

    mutating func insert(_ name: String, entry: Int32) {
        let characters = Array(name.lowercased())
        guard characters.count >= Self.minimumLength else { return }
        let index = Int32(names.count)
        names.append(Name(text: characters, entry: entry))
        for key in Self.keys(characters) {
            if keys[key]?.last != index { keys[key, default: []].append(index) }
        }
    }

    /// The entries whose indexed name is exactly one error away from `word` and starts with the
    /// same letter.
    func entries(near word: String) -> Set<Int32> {
        let characters = Array(word.lowercased())
        guard characters.count >= Self.minimumLength else { return [] }
        var result: Set<Int32> = []
        for key in Self.keys(characters) {
            for index in keys[key] ?? [] {
                let name = names[Int(index)]
                if name.text.first == characters.first, Self.commonSuffix(name.text, characters) >= 2,
                    Self.distanceIsOne(name.text, characters)
                {
                    result.insert(name.entry)
                }
            }
        }
        return result
    }

    private static func keys(_ characters: [Character]) -> [String] {
        var result = [String(characters)]
        for i in characters.indices {
            var copy = characters
            copy.remove(at: i)
            result.append(String(copy))
        }
        return result
    }

    /// How many characters two words share at their end. Derived words differ at the end
    /// ("Spanier"/"Spanien", "Freitag"/"Freital"); typing errors rarely do.
    static func commonSuffix(_ a: [Character], _ b: [Character]) -> Int {
        var n = 0
        while n < min(a.count, b.count), a[a.count - 1 - n] == b[b.count - 1 - n] { n += 1 }
        return n
    }

    /// Damerau–Levenshtein distance of exactly one.
    static func distanceIsOne(_ a: [Character], _ b: [Character]) -> Bool {
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
