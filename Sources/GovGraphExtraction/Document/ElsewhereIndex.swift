/// For each key, the first span (or candidate) and the first over other tokens than that one:
/// enough to find, for any tokens, the first span of a key over other tokens. Rules ask this to
/// learn whether the text names an entity elsewhere ("Halle (Saale)" for a "Halle" that may be a
/// word), which would otherwise scan the whole document for every span.
struct ElsewhereIndex<Key: Hashable> {
    private var firsts: [Key: (first: SpanCandidate, otherTokens: SpanCandidate?)] = [:]

    /// Indexes `spans` under the key each has (none: left out), keeping their order.
    init(_ spans: some Sequence<SpanCandidate>, key: (SpanCandidate) -> Key?) {
        for span in spans {
            guard let key = key(span) else { continue }
            if let known = firsts[key] {
                if known.otherTokens == nil, known.first.tokens != span.tokens { firsts[key]?.otherTokens = span }
            } else {
                firsts[key] = (span, nil)
            }
        }
    }

    /// The first span of `key` whose tokens are not `tokens`.
    func first(_ key: Key, notOver tokens: Range<Int>) -> SpanCandidate? {
        guard let known = firsts[key] else { return nil }
        return known.first.tokens != tokens ? known.first : known.otherTokens
    }
}
