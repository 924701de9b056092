import GovGraphModel

extension GraphQueries {
    /// Entities whose name or any stored mention text matches `query`, best matches first.
    ///
    /// Matching ignores case, umlaut spelling (`ae` for `ä`) and German inflection. The tiers,
    /// best first: the name equals the query; a mention text equals it; the name or a mention
    /// text is an inflected form of it, word by word ("Deutschen Städtetag" for "Deutscher
    /// Städtetag"); starts with it; contains it; or every query word is a prefix or an inflected
    /// form of one of its words ("Städtetags"). Within a tier, more mentioned entities come
    /// first, then names in order.
    ///
    /// ```swift
    /// try store.findEntities(matching: "Städtetags").first?.name   // "Deutscher Städtetag"
    /// ```
    ///
    /// - Complexity: one scan over entity names and distinct mention texts, filtered in SQL by
    ///   a fragment of every query word.
    public func findEntities(matching query: String, limit: Int = 10) throws -> [EntitySummary] {
        let folded = SearchText.fold(query)
        guard !folded.isEmpty, limit > 0 else { return [] }
        let words = SearchText.words(folded)
        let fragments = words.isEmpty ? [folded] : words.map(SearchText.requiredFragment)
        let foldedText = dialect.folded("text")
        let conditions = fragments.map { _ in #"\#(foldedText) LIKE ? ESCAPE '\'"# }
        // Candidate texts: every (entity, name) and distinct (entity, mention text) that
        // contains a fragment of every query word.
        let rows = try reader.rows(
            """
            SELECT entityId, text, isName FROM (
                SELECT id AS entityId, name AS text, 1 AS isName FROM entity
                UNION
                SELECT entityId, text, 0 AS isName FROM mention) AS candidate
            WHERE \(conditions.joined(separator: " AND "))
            """,
            fragments.map { .text(SearchText.containsPattern($0)) })
        var best: [EntityID: SearchText.Tier] = [:]
        for row in rows {
            let text = SearchText.fold(row.text(1))
            guard let tier = SearchText.tier(of: text, isName: row.bool(2), query: folded) else { continue }
            let id = EntityID(rawValue: row.text(0))
            best[id] = min(best[id] ?? tier, tier)
        }
        return try ranked(best, limit: limit)
    }
}
