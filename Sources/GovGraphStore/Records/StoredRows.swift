import GovGraphModel

/// What a saved document becomes in any store, for the stores of other modules (PostgreSQL):
/// the same passages, keys and counts as the SQLite store writes, computed in one place.
package enum StoredRows {
    /// The passages full-text search reads: the title and each distinct evidence sentence.
    package static func passages(of document: ExtractedDocument) -> [(kind: String, start: Int, end: Int, text: String)] {
        PassageRecord.passages(of: document).map { ($0.kind, $0.start, $0.end, $0.text) }
    }

    /// An entity's keys as stored: a JSON object with sorted keys.
    package static func encode(keys: [String: String]) throws -> String {
        try EntityRecord.encode(keys: keys)
    }

    /// How many distinct mention spans a new document adds to each entity it mentions.
    package static func distinctMentions(of document: ExtractedDocument) -> [(entity: String, mentions: Int)] {
        MentionCounts.distinctMentions(of: document)
    }

    /// A holds_role relation without a status is stored as current; other predicates have none.
    package static func status(of relation: Relation) -> String? {
        relation.predicate == .holdsRole ? (relation.status ?? .current).rawValue : nil
    }
}
