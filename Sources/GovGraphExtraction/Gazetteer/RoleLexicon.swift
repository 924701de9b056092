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
    }

    /// A token read as a role noun.
    public struct Match: Sendable, Hashable {
        /// The role as written, in nominative singular ("Staatsministern" → "Staatsminister").
        public var written: String
        /// The folded role: lower case, masculine, with its compound prefix ("digitalminister").
        public var key: String
        public var scope: Set<EntityType>
    }

    public private(set) var rows: [Row]
    private var exactForms: [String: (row: Int, base: String)] = [:]
    private var suffixForms: [String: (row: Int, base: String)] = [:]
    private var shortestSuffix = Int.max

    public init(rows: [Row]) {
        self.rows = rows
        for (index, row) in rows.enumerated() {
            var forms: [(String, String)] = ["", "s", "es", "n", "en"].map { (row.masculine + $0, row.masculine) }
            if let feminine = row.feminine {
                forms += ["", "nen"].map { (feminine + $0, feminine) }
            }
            for (form, base) in forms {
                let key = form.lowercased()
                if row.matchesCompounds {
                    if suffixForms[key] == nil { suffixForms[key] = (index, base) }
                    shortestSuffix = min(shortestSuffix, key.count)
                } else if exactForms[key] == nil {
                    exactForms[key] = (index, base)
                }
            }
        }
    }

    /// The role a token names, if any. Role nouns are capitalised.
    public func match(_ token: Token) -> Match? {
        guard token.kind == .word, token.isCapitalized else { return nil }
        let norm = token.norm
        if let hit = exactForms[norm] {
            return Match(written: hit.base, key: rows[hit.row].key, scope: rows[hit.row].scope)
        }
        let characters = Array(norm)
        guard characters.count >= shortestSuffix else { return nil }
        for cut in 0...(characters.count - shortestSuffix) {
            guard let hit = suffixForms[String(characters[cut...])] else { continue }
            if cut > 0 && cut < 3 { continue }
            let prefix = String(Array(token.text)[..<cut])
            let row = rows[hit.row]
            let written = prefix.isEmpty ? hit.base : prefix + hit.base.lowercased()
            return Match(written: written, key: prefix.lowercased() + row.key, scope: row.scope)
        }
        return nil
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
        for name in c[4].split(separator: "|") {
            guard let type = EntityType(rawValue: String(name)) else {
                throw fail("unknown entity type \"\(name)\" in the scope of \(c[0])")
            }
            scope.insert(type)
        }
        return Row(
            masculine: c[0], feminine: c[1].isEmpty ? nil : c[1],
            key: c[2].isEmpty ? c[0].lowercased() : c[2], matchesCompounds: c[3] == "suffix", scope: scope)
    }
}
