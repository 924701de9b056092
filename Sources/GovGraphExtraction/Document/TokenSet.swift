/// A set of token indices of one document, one flag per token: the stages ask "is this token
/// covered?" for every token, and a flag is cheaper than hashing an `Int`.
struct TokenSet: Sendable {
    private var flags: [Bool]

    /// An empty set for a document of `count` tokens.
    init(count: Int) {
        flags = Array(repeating: false, count: count)
    }

    /// Whether `index` is in the set; indices outside the document are not.
    func contains(_ index: Int) -> Bool {
        index >= 0 && index < flags.count && flags[index]
    }

    mutating func insert(_ index: Int) {
        guard index >= 0, index < flags.count else { return }
        flags[index] = true
    }

    mutating func formUnion(_ range: Range<Int>) {
        for index in range.clamped(to: 0..<flags.count) { flags[index] = true }
    }
}
