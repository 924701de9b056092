import ArgumentParser
import GovGraphModel
import GovGraphStore

struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Count what the graph holds: documents, entities per type, relations per predicate, dates.")

    @OptionGroup var database: DatabaseOptions

    @Flag(help: "Print the counts as JSON.")
    var json = false

    func run() throws {
        let stats = try database.openForReading().stats()
        if json {
            print(try JSONOutput.encode(StatsJSON(stats)))
            return
        }
        var documents = "documents: \(stats.documents)"
        if let first = stats.firstDate, let last = stats.lastDate { documents += " (\(first) … \(last))" }
        print(documents)
        let entities = EntityType.allCases.compactMap { type in
            stats.entitiesByType[type].map { "\($0) \($0 == 1 ? type.rawValue : type.plural)" }
        }
        print("entities: \(stats.entities)" + (entities.isEmpty ? "" : " (\(entities.joined(separator: ", ")))"))
        let relations = GovGraphModel.Predicate.allCases.compactMap { p in
            stats.relationsByPredicate[p].map { "\($0) \(p.rawValue)" }
        }
        let total = stats.relationsByPredicate.values.reduce(0, +)
        print("relations: \(total)" + (relations.isEmpty ? "" : " (\(relations.joined(separator: ", ")))"))
        print("mentions: \(stats.mentions)")
    }
}

/// `stats --json`: documents, entities per type, relations (edges) per predicate, the date range.
struct StatsJSON: Encodable {
    var documents: Int
    var entities: [String: Int]
    var relations: [String: Int]
    var firstDate: String?
    var lastDate: String?

    init(_ stats: StoreStats) {
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
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(documents, forKey: .documents)
        try container.encode(entities, forKey: .entities)
        try container.encode(relations, forKey: .relations)
        try container.encode(firstDate, forKey: .firstDate)
        try container.encode(lastDate, forKey: .lastDate)
    }
}
