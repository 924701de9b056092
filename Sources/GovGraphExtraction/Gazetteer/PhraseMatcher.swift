/// A token trie: finds every gazetteer form that starts at a token, in time independent of the
/// number of entries.
///
/// Forms are inserted as sequences of lower-cased tokens; each token text is interned to an
/// integer once, and the trie's edges live in one hash table keyed by (node, token id).
///
/// - Complexity: ``matches(tokenIDs:from:)`` is O(k), where k is the length in tokens of the
///   longest form that starts at the position; scanning a text is O(n·k).
struct PhraseMatcher: Sendable {
    /// How a text token must be written to match a form token.
    enum CaseRule: Sendable, Hashable {
        /// Any case ("für", "digitale").
        case any
        /// Upper-case first letter, or all capitals (headlines).
        case capitalized
        /// Exactly as in the form, or all capitals ("OZG", "GovTech").
        case exact(String)
    }

    struct Payload: Sendable, Hashable {
        var entry: Int32
        var isAdjective: Bool
        var rules: [CaseRule]
    }

    private(set) var vocabulary: [String: Int32] = [:]
    private var edges: [UInt64: Int32] = [:]
    private var payloads: [Int32: [Payload]] = [:]
    private var nodeCount: Int32 = 1
    private(set) var formCount = 0

    /// The id of a lower-cased token text, or -1 when no form contains it.
    func id(of norm: String) -> Int32 { vocabulary[norm] ?? -1 }

    private static func key(_ node: Int32, _ token: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: token))
    }

    mutating func insert(_ tokens: [String], payload: Payload) {
        var node: Int32 = 0
        for token in tokens {
            let norm = token.lowercased()
            let tokenID: Int32
            if let known = vocabulary[norm] {
                tokenID = known
            } else {
                tokenID = Int32(vocabulary.count)
                vocabulary[norm] = tokenID
            }
            let k = Self.key(node, tokenID)
            if let child = edges[k] {
                node = child
            } else {
                edges[k] = nodeCount
                node = nodeCount
                nodeCount += 1
            }
        }
        if !(payloads[node]?.contains(payload) ?? false) {
            payloads[node, default: []].append(payload)
            formCount += 1
        }
    }

    /// Every form starting at `start`: the end (exclusive token index) and its payloads.
    func matches(tokenIDs: [Int32], from start: Int) -> [(end: Int, payloads: [Payload])] {
        var result: [(end: Int, payloads: [Payload])] = []
        var node: Int32 = 0
        var j = start
        while j < tokenIDs.count, tokenIDs[j] >= 0, let child = edges[Self.key(node, tokenIDs[j])] {
            node = child
            j += 1
            if let found = payloads[node] { result.append((j, found)) }
        }
        return result
    }

    static func accepts(_ rule: CaseRule, _ token: Token) -> Bool {
        switch rule {
        case .any: true
        case .capitalized: token.isCapitalized || token.isAllCaps
        case let .exact(form): token.text == form || (token.isAllCaps && token.text == form.uppercased())
        }
    }
}
