import GovGraphModel
import GovGraphStore

/// An entity as every `--json` and the API write it: `id`, `name`, `type`, `keys`, `mentions`,
/// `documents`, and `degree` in `query list`.
public struct EntityJSON: Codable, Sendable, Hashable {
    public var id: String, name: String, type: String, keys: [String: String], mentions: Int, documents: Int
    /// Only in `query list`.
    public var degree: Int?

    public init(_ e: EntitySummary, degree: Int? = nil) {
        (id, name, type, keys, mentions, documents) = (e.id.rawValue, e.name, e.type.rawValue, e.keys, e.mentionCount, e.documentCount)
        self.degree = degree
    }
}
