import ArgumentParser
import GovGraphModel
import GovGraphQuery
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
