extension GoldArticle {
    /// Pairs gold articles with the text files they annotate.
    ///
    /// An article's id names its file: the file name with or without its extension, or a path
    /// ending in that file name. When the gold holds one article and one file is given, they are
    /// paired whatever the id. Articles with the same id (several items of one page) are merged
    /// into one, each entity kept once by type and name.
    ///
    /// ```swift
    /// let pairs = try GoldArticle.match(gold, to: ["pages/rathaus-2024.txt"])
    /// // [(gold for "rathaus-2024", "pages/rathaus-2024.txt")]
    /// ```
    ///
    /// - Returns: one pair per file that has gold, in the order of `files`. Files without gold
    ///   are left out.
    /// - Throws: ``EvaluationError/unmatchedGold(id:files:)`` for an article that names no file.
    public static func match(_ articles: [GoldArticle], to files: [String]) throws(EvaluationError)
        -> [(gold: GoldArticle, file: String)]
    {
        let merged = merge(articles)
        if merged.count == 1, files.count == 1 { return [(merged[0], files[0])] }
        var byFile: [String: GoldArticle] = [:]
        for article in merged {
            let id = article.id ?? ""
            guard let file = files.first(where: { names(id, $0) }) else {
                throw .unmatchedGold(id: id.isEmpty ? "(no id)" : id, files: files)
            }
            byFile[file] = article
        }
        return files.compactMap { file in byFile[file].map { ($0, file) } }
    }

    /// Whether a gold id names this file path.
    static func names(_ id: String, _ path: String) -> Bool {
        guard !id.isEmpty else { return false }
        let file = lastComponent(path)
        let idFile = lastComponent(id)
        return id == path || idFile == file || idFile == dropExtension(file)
    }

    private static func lastComponent(_ path: String) -> String {
        String(path.split(separator: "/", omittingEmptySubsequences: true).last ?? Substring(path))
    }

    private static func dropExtension(_ name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    /// Articles with the same id become one; entities are kept once per type and name.
    static func merge(_ articles: [GoldArticle]) -> [GoldArticle] {
        var order: [String] = []
        var byID: [String: GoldArticle] = [:]
        for article in articles {
            let key = article.id ?? ""
            guard var existing = byID[key] else {
                order.append(key)
                byID[key] = article
                continue
            }
            for entity in article.entities {
                if let index = existing.entities.firstIndex(where: { $0.type == entity.type && $0.name == entity.name }) {
                    var kept = existing.entities[index]
                    kept.mentions += entity.mentions.filter { !kept.mentions.contains($0) }
                    kept.aliases += entity.aliases.filter { !kept.aliases.contains($0) }
                    kept.optional = kept.optional && entity.optional
                    kept.incidental = kept.incidental && entity.incidental
                    existing.entities[index] = kept
                } else {
                    existing.entities.append(entity)
                }
            }
            existing.relations += article.relations.filter { !existing.relations.contains($0) }
            byID[key] = existing
        }
        return order.compactMap { byID[$0] }
    }
}
