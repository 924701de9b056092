import GovGraphModel

/// Role nouns ("Präsidentin", "Oberbürgermeister", "OB", "Digitalministerin") and what they
/// attach to.
///
/// `roles.tsv` has one role per line: `masculine <TAB> feminine <TAB> key <TAB> match <TAB> scope`.
/// `match` is `suffix` when the role also ends compounds ("Minister" in "Digitalministerin",
/// "Staatsministern") or `exact` when only the whole word counts ("OB", "Landrat"); `key` folds
/// the role (OB → oberbürgermeister); `scope` lists the entity types a holder's role can be in
/// (`organization|state`).
public struct RoleLexicon: Sendable {
    public struct Row: Sendable, Hashable {
        public var masculine: String
        public var feminine: String?
        public var key: String
        public var matchesCompounds: Bool
        public var scope: Set<EntityType>
        /// The type listed first in the scope: where the role is held when the text does not
        /// say (a Bürgermeister's municipality, a Landrat's district).
        public var primaryScope: EntityType
    }

    /// A token read as a role noun.
    public struct Match: Sendable, Hashable {
        /// The role as written, in nominative singular ("Staatsministern" → "Staatsminister").
        public var written: String
        /// The folded role: lower case, masculine, with its compound prefix ("digitalminister").
        public var key: String
        public var scope: Set<EntityType>
        /// The type listed first in the role's scope (``Row/primaryScope``).
        public var primaryScope: EntityType = .organization
    }

    public private(set) var rows: [Row]
    private var exactForms = WordMap<(row: Int, base: String)>()
    /// Roles of several words ("Chief Digital Officer"), by their last word in lower case, the
    /// longest first.
    private var phrases = WordMap<[(words: [String], row: Int, base: String)]>()
    /// The compound-ending forms, read backwards: a word is matched from its last letter, so
    /// most words leave the trie after one or two letters.
    private var suffixes = SuffixTrie()

    public init(rows: [Row]) {
        self.rows = rows
        var phraseTable: [String: [(words: [String], row: Int, base: String)]] = [:]
        for (index, row) in rows.enumerated() {
            var forms: [(String, String)] = ["", "s", "es", "n", "en"].map { (row.masculine + $0, row.masculine) }
            if let feminine = row.feminine {
                forms += ["", "nen"].map { (feminine + $0, feminine) }
            }
            for (form, base) in forms {
                let key = form.lowercased()
                let words = key.split(separator: " ").map(String.init)
                if words.count > 1 {
                    phraseTable[words.last!, default: []].append((words, index, base))
                } else if row.matchesCompounds {
                    suffixes.insert(Array(key.unicodeScalars), row: index, base: base)
                } else if exactForms[key] == nil {
                    exactForms[key] = (index, base)
                }
            }
        }
        phrases = WordMap(phraseTable.map { ($0.key, $0.value.sorted { $0.words.count > $1.words.count }) })
    }

    /// The role a token names, if any. Role nouns are capitalised.
    public func match(_ token: Token) -> Match? {
        guard token.kind == .word, token.isCapitalized else { return nil }
        let norm = token.norm
        if let hit = exactForms[norm] {
            return Match(written: hit.base, key: rows[hit.row].key, scope: rows[hit.row].scope, primaryScope: rows[hit.row].primaryScope)
        }
        // The longest form that ends the word, leaving either nothing or a prefix of three
        // letters or more ("Digitalministerin"; not "Reminister").
        let scalars = norm.unicodeScalars
        guard let (length, hit) = suffixes.longestSuffix(of: scalars.reversed(), where: { $0 == scalars.count || scalars.count - $0 >= 3 })
        else { return nil }
        let cut = scalars.count - length
        var prefixView = String.UnicodeScalarView()
        prefixView.append(contentsOf: Array(token.text.unicodeScalars)[..<cut])
        let prefix = String(prefixView)
        let row = rows[hit.row]
        let written = prefix.isEmpty ? hit.base : prefix + hit.base.lowercased()
        return Match(written: written, key: prefix.lowercased() + row.key, scope: row.scope, primaryScope: row.primaryScope)
    }

    /// The role whose last word is token `end`, with the token it starts at: a role of several
    /// words ("Chief Digital Officer", not before `lower`) or else the token's own role.
    /// - Parameter roles: the role of each token, if read before (``Document/roles(_:)``).
    public func match(
        _ tokens: [Token], endingAt end: Int, lower: Int = 0, roles: [Match?]? = nil
    ) -> (match: Match, start: Int)? {
        let token = tokens[end]
        if token.kind == .word, token.isCapitalized, let candidates = phrases[token.norm] {
            for phrase in candidates where end - phrase.words.count + 1 >= lower {
                let start = end - phrase.words.count + 1
                guard zip(tokens[start...end], phrase.words).allSatisfy({ $0.norm == $1 && $0.isCapitalized }) else { continue }
                let row = rows[phrase.row]
                return (Match(written: phrase.base, key: row.key, scope: row.scope, primaryScope: row.primaryScope), start)
            }
        }
        if let roles { return roles[end].map { ($0, end) } }
        return match(token).map { ($0, end) }
    }

    static func parse(_ file: GazetteerFile) throws(GazetteerError) -> [Row] {
        var rows: [Row] = []
        for (number, line) in Gazetteer.dataLines(file) {
            rows.append(try parseRow(line, number: number, file: file.name))
        }
        return rows
    }

    /// One role line.
    static func parseRow(_ line: Substring, number: Int, file: String) throws(GazetteerError) -> Row {
        let c = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingSpaces }
        func fail(_ reason: String) -> GazetteerError {
            .malformedLine(file: file, line: number, reason: reason)
        }
        guard c.count == 5, !c[0].isEmpty else {
            throw fail("expected \"masculine<TAB>feminine<TAB>key<TAB>suffix|exact<TAB>scope\", found \(c.count) columns")
        }
        guard c[3] == "suffix" || c[3] == "exact" else {
            throw fail("match must be \"suffix\" or \"exact\", found \"\(c[3])\"")
        }
        var scope: Set<EntityType> = []
        var primary: EntityType?
        for name in c[4].split(separator: "|") {
            guard let type = EntityType(rawValue: String(name)) else {
                throw fail("unknown entity type \"\(name)\" in the scope of \(c[0])")
            }
            scope.insert(type)
            primary = primary ?? type
        }
        guard let primary else { throw fail("the scope of \(c[0]) names no entity type") }
        return Row(
            masculine: c[0], feminine: c[1].isEmpty ? nil : c[1],
            key: c[2].isEmpty ? c[0].lowercased() : c[2], matchesCompounds: c[3] == "suffix", scope: scope,
            primaryScope: primary)
    }
}

/// Words stored backwards in a trie of code points, for finding the longest stored word that
/// ends a given word.
private struct SuffixTrie: Sendable {
    /// Edges keyed by node and code point.
    private var edges = TrieEdges()
    /// The entry a node ends, if any (node 0 is the root).
    private var terminals: [(row: Int, base: String)?] = [nil]

    mutating func insert(_ word: [Unicode.Scalar], row: Int, base: String) {
        var node: Int32 = 0
        for scalar in word.reversed() {
            let key = Self.key(node, scalar)
            if let next = edges[key] {
                node = next
            } else {
                let next = Int32(terminals.count)
                terminals.append(nil)
                edges[key] = next
                node = next
            }
        }
        if terminals[Int(node)] == nil { terminals[Int(node)] = (row, base) }
    }

    /// The longest stored word that ends `word` and whose length `accept`s, with that length.
    /// - Parameter reversed: the word's code points from its last.
    func longestSuffix<S: Sequence<Unicode.Scalar>>(
        of reversed: S, where accept: (Int) -> Bool
    ) -> (Int, (row: Int, base: String))? {
        var node: Int32 = 0
        var best: (Int, (row: Int, base: String))?
        var length = 0
        for scalar in reversed {
            guard let next = edges[Self.key(node, scalar)] else { break }
            node = next
            length += 1
            if let hit = terminals[Int(node)], accept(length) { best = (length, hit) }
        }
        return best
    }

    @inline(__always)
    private static func key(_ node: Int32, _ scalar: Unicode.Scalar) -> UInt64 {
        UInt64(UInt32(bitPattern: node)) << 32 | UInt64(scalar.value)
    }
}
