import GovGraphModel
import GovGraphStore

/// `stats --json`: documents, entities per type, relations (edges) per predicate, the date range.
public struct StatsJSON: Codable, Sendable, Hashable {
    public var documents: Int
    public var entities: [String: Int]
    public var relations: [String: Int]
    public var firstDate: String?
    public var lastDate: String?

    public init(_ stats: StoreStats) {
        documents = stats.documents
        entities = Dictionary(uniqueKeysWithValues: stats.entitiesByType.map { ($0.key.rawValue, $0.value) })
        relations = Dictionary(uniqueKeysWithValues: stats.relationsByPredicate.map { ($0.key.rawValue, $0.value) })
        firstDate = stats.firstDate
        lastDate = stats.lastDate
    }

    enum CodingKeys: String, CodingKey {
        case documents, entities, relations, firstDate = "first_date", lastDate = "last_date"
    }

    /// Writes the dates as null when the store has none, so that every key is always present.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(documents, forKey: .documents)
        try container.encode(entities, forKey: .entities)
        try container.encode(relations, forKey: .relations)
        try container.encode(firstDate, forKey: .firstDate)
        try container.encode(lastDate, forKey: .lastDate)
    }
}
