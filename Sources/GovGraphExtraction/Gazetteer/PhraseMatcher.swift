/// A token trie: finds every gazetteer form that starts at a token, in time independent of the
/// number of entries.
///
/// Forms are inserted as sequences of lower-cased tokens; each token text is interned to an
/// integer once, and the trie's edges live in one hash table keyed by (node, token id),
/// ``TrieEdges``.
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
        /// Index into ``ruleSets``: how each token of the form must be written.
        var rules: Int32
    }

    private(set) var vocabulary: [String: Int32] = [:]
    private(set) var edges = TrieEdges()
    private(set) var payloads: [Int32: [Payload]] = [:]
    private(set) var nodeCount: Int32 = 1
    private(set) var ruleSets: [[CaseRule]] = []
    private(set) var formCount = 0

    init() {}

    /// A matcher from its stored parts (see `PhraseMatcher+Serialization.swift`).
    init(
        vocabulary: [String: Int32], edges: TrieEdges, payloads: [Int32: [Payload]], nodeCount: Int32,
        ruleSets: [[CaseRule]], formCount: Int
    ) {
        self.vocabulary = vocabulary
        self.edges = edges
        self.payloads = payloads
        self.nodeCount = nodeCount
        self.ruleSets = ruleSets
        self.formCount = formCount
    }

    /// The id of a lower-cased token text, or -1 when no form contains it.
    func id(of norm: String) -> Int32 { vocabulary[norm] ?? -1 }

    static func key(_ node: Int32, _ token: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: token))
    }

    /// The id of a token text, added to the vocabulary if new.
    mutating func intern(_ text: String) -> Int32 {
        let norm = text.lowercased()
        if let known = vocabulary[norm] { return known }
        let id = Int32(vocabulary.count)
        vocabulary[norm] = id
        return id
    }

    /// Registers how the tokens of a form must be written; returns the index for a payload.
    mutating func addRules(_ rules: [CaseRule]) -> Int32 {
        ruleSets.append(rules)
        return Int32(ruleSets.count - 1)
    }

    /// Inserts every sequence that picks one token id per position (the inflections of a form).
    mutating func insert(options: [[Int32]], payload: Payload) {
        guard !options.isEmpty else { return }
        // Depth-first over the choices, with an explicit stack of (position, node).
        var stack: [(Int, Int32)] = [(0, 0)]
        while let (position, node) = stack.popLast() {
            if position == options.count {
                if !(payloads[node]?.contains(payload) ?? false) {
                    payloads[node, default: []].append(payload)
                    formCount += 1
                }
                continue
            }
            for token in options[position] {
                let k = Self.key(node, token)
                if let existing = edges[k] {
                    stack.append((position + 1, existing))
                } else {
                    edges[k] = nodeCount
                    stack.append((position + 1, nodeCount))
                    nodeCount += 1
                }
            }
        }
    }

    /// Inserts one sequence of token texts.
    mutating func insert(_ tokens: [String], payload: Payload) {
        insert(options: tokens.map { [intern($0)] }, payload: payload)
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
