import GovGraphModel

extension GraphQueries {
    /// The known entities whose names come closest to a name that matched nothing, for a
    /// "did you mean" message.
    ///
    /// Names and mention texts are folded (case, umlaut spelling) and compared with the query
    /// as a whole and word window by word window ("Städtetak" is one edit from the word
    /// "Städtetag" of "Deutscher Städtetag"), by optimal string alignment distance (a swap of
    /// two neighbouring letters is one edit). A name that starts with or contains the query is
    /// closest. At most one edit is allowed for queries up to four letters, two up to eight,
    /// three beyond. Closer names come first, then the more mentioned.
    ///
    /// ```swift
    /// try store.suggestions(for: "Städtetak").map(\.name)   // ["Deutscher Städtetag"]
    /// ```
    ///
    /// A name longer than ``maxSuggestionQueryLength`` characters gets no suggestions.
    ///
    /// - Complexity: O(n·k) over the n distinct names and mention texts, k the query's length
    ///   (bounded): a text or word window whose length differs from the query's by more than
    ///   the edits allowed is skipped without computing a distance.
    public func suggestions(for name: String, limit: Int = 3) throws -> [EntitySummary] {
        guard name.count <= Self.maxSuggestionQueryLength else { return [] }
        let query = SearchText.fold(name)
        guard !query.isEmpty, limit > 0 else { return [] }
        let allowed = query.count <= 4 ? 1 : query.count <= 8 ? 2 : 3
        let rows = try reader.rows(
            """
            SELECT id AS entityId, name AS text FROM entity
            UNION SELECT entityId, text FROM mention
            """)
        var best: [EntityID: Int] = [:]
        for row in rows {
            let distance = SearchText.distance(of: SearchText.fold(row.text(1)), to: query, limit: allowed)
            guard distance <= allowed else { continue }
            let id = EntityID(rawValue: row.text(0))
            best[id] = min(best[id] ?? distance, distance)
        }
        return try ranked(best, limit: limit)
    }
}

extension GraphQueries {
    /// The longest name "did you mean" looks for; no entity name comes near it.
    public static let maxSuggestionQueryLength = 200
}

extension SearchText {
    /// How far a folded text is from a folded query: 0 when it contains the query, else the
    /// smallest edit distance between the query and the whole text or any window of as many
    /// words as the query has.
    ///
    /// With a `limit`, texts and windows whose length differs from the query's by more than
    /// it are skipped (their distance is at least that difference), and the result is only
    /// exact up to the limit (above it, some number over the limit).
    static func distance(of text: String, to query: String, limit: Int = .max) -> Int {
        if text.contains(query) { return 0 }
        let queryCharacters = Array(query)
        var candidates = [text]
        let textWords = text.split(separator: " ").map(String.init)
        let width = max(1, query.split(separator: " ").count)
        if textWords.count > width {
            for start in 0...(textWords.count - width) {
                candidates.append(textWords[start..<start + width].joined(separator: " "))
            }
        }
        var best = Int.max
        for candidate in candidates {
            guard abs(candidate.count - queryCharacters.count) <= limit else { continue }
            best = min(best, editDistance(Array(candidate), queryCharacters))
        }
        return best
    }

    /// Optimal string alignment distance: insertions, deletions, substitutions and swaps of
    /// neighbouring characters each cost one.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}
