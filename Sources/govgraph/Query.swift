import ArgumentParser
import GovGraphModel
import GovGraphQuery
import GovGraphStore

struct Query: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Ask the graph who is linked to what.",
        subcommands: [Links.self, Who.self, Timeline.self, Search.self, Path.self, List.self],
        defaultSubcommand: Links.self)
}

/// Resolves a name typed by the user to one stored entity, and the others it matched.
func resolveEntity(_ name: String, in store: any GraphReading) throws -> (EntitySummary, [EntitySummary]) {
    let resolution = try store.resolve(name)
    return (resolution.entity, resolution.others)
}

func label(_ entity: EntitySummary) -> String { LinkWording.label(entity) }

extension Query {
    struct Links: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "links",
            abstract: "What an entity is linked to: relation, role, the other entity, date and evidence.",
            discussion: "A partial or inflected name finds the entity (\"Städtetag\", \"Leipzigs\").")

        @Argument(help: "A name, part of a name, or an entity id.")
        var name: String

        @OptionGroup var database: DatabaseOptions

        @Option(help: "Show at most this many evidence sentences per link.")
        var evidence: Int = 1

        @Option(help: "Only links of this relation (\(GovGraphModel.Predicate.allCases.map(\.rawValue).joined(separator: ", "))).")
        var relation: GovGraphModel.Predicate?

        @Option(help: "Only links to entities of this type (\(EntityType.graphTypes.map(\.rawValue).joined(separator: ", "))).")
        var type: EntityType?

        @Option(help: ArgumentHelp("Only evidence dated on or after this day.", valueName: "YYYY-MM-DD"))
        var since: String?

        @Option(help: ArgumentHelp("Only evidence dated on or before this day.", valueName: "YYYY-MM-DD"))
        var until: String?

        @Flag(help: "Print the links as JSON.")
        var json = false

        @Flag(help: "Explain each link: every sentence it was read from, with its date, document, status and the rule that read it.")
        var explain = false

        func validate() throws {
            try ISODate.validate(since, option: "--since")
            try ISODate.validate(until, option: "--until")
            if let since, let until, since > until { throw ValidationError("--since \(since) is after --until \(until)") }
        }

        func run() throws {
            let store = try database.openForReading()
            let (entity, others) = try resolveEntity(name, in: store)
            let filter = LinkFilter(predicate: relation, otherType: type, since: since, until: until)
            let links = try store.links(of: entity.id, filter: filter)
            if json {
                print(try JSONOutput.encode(LinksJSON(entity: entity, links: links)))
                return
            }
            print("\(label(entity)) [\(entity.id)]: \(entity.mentionCount) mention\(entity.mentionCount == 1 ? "" : "s") in \(entity.documentCount) document\(entity.documentCount == 1 ? "" : "s")")
            if !others.isEmpty {
                print("also matching: " + others.map { label($0) }.joined(separator: ", "))
            }
            if links.isEmpty { print("no links") }
            for link in links {
                let arrow = LinkWording.arrow(link.predicate, outgoing: link.outgoing, role: link.role)
                var line = "  \(link.predicate.rawValue)  \(arrow) \(label(link.other))"
                if let date = link.lastDate {
                    line += "  " + (link.firstDate.map { $0 == date ? date : "\($0)…\(date)" } ?? date)
                }
                if let status = link.status, status != .current { line += "  (\(status.rawValue))" }
                line += "  ×\(link.count)"
                print(line)
                if explain {
                    for item in link.evidence.reversed() { print(Query.explanation(of: item)) }
                    continue
                }
                for item in link.evidence.suffix(max(0, evidence)).reversed() {
                    print("      “\(item.text.replacingNewlines)”")
                }
            }
        }
    }

    /// Why the graph holds an edge, for one sentence: "2025-02-03, document 3f2a…, rule
    /// role.name-apposition (new)" above the sentence.
    static func explanation(of item: EdgeEvidence) -> String {
        var head = [item.date ?? "undated", "document \(item.documentID.prefix(12))"]
        head.append(item.rule.map { "rule \($0)" } ?? "rule not recorded (stored by an older govgraph)")
        if let status = item.status { head.append(status.rawValue) }
        return "      " + head.joined(separator: ", ") + "\n        “\(item.text.replacingNewlines)”"
    }

    struct Path: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "A shortest chain of relations between two entities.")

        @Argument(help: "The first entity.")
        var from: String
        @Argument(help: "The second entity.")
        var to: String

        @Option(parsing: .unconditional, help: "The longest chain to look for, in steps.")
        var maxLength: Int = 6

        @OptionGroup var database: DatabaseOptions

        @Flag(help: "Print the path as JSON.")
        var json = false

        func validate() throws {
            if maxLength < 1 { throw ValidationError("--max-length must be 1 or more, not \(maxLength)") }
        }

        func run() throws {
            let store = try database.openForReading()
            let (a, _) = try resolveEntity(from, in: store)
            let (b, _) = try resolveEntity(to, in: store)
            guard let steps = try store.shortestPath(from: a.id, to: b.id, maxLength: maxLength) else {
                throw QueryError.noPath(from: a, to: b, maxLength: maxLength)
            }
            if json {
                print(try JSONOutput.encode(steps.map(PathStepJSON.init)))
                return
            }
            print("\(label(a)) → \(label(b)): \(steps.count) step\(steps.count == 1 ? "" : "s")")
            for (number, step) in steps.enumerated() {
                let arrow = LinkWording.step(step)
                print("  \(number + 1). \(label(step.from)) \(arrow) \(label(step.to))")
                if let evidence = step.evidence {
                    print("      “\(evidence.text.replacingNewlines)”\(evidence.date.map { " (\($0))" } ?? "")")
                }
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Entities with their mention counts and degree.")

        @Option(help: "Only entities of this type (\(EntityType.graphTypes.map(\.rawValue).joined(separator: ", "))).")
        var type: EntityType?

        @Option(parsing: .unconditional, help: "Show at most this many entities.")
        var top: Int?

        @Option(help: "Order by mentions or by degree (the number of linked entities).")
        var by: EntityRanking = .mentions

        @OptionGroup var database: DatabaseOptions

        @Flag(help: "Print the list as JSON.")
        var json = false

        func validate() throws {
            if let top, top < 1 { throw ValidationError("--top must be 1 or more, not \(top)") }
        }

        func run() throws {
            let store = try database.openForReading()
            let entities = try store.rankedEntities(type: type, by: by, limit: top)
            if json {
                print(try JSONOutput.encode(entities.map { EntityJSON($0.entity, degree: $0.degree) }))
                return
            }
            print("mentions  docs  degree  type          name")
            for ranked in entities {
                let entity = ranked.entity
                print(
                    String(entity.mentionCount).leftPadded(8) + "  " + String(entity.documentCount).leftPadded(4) + "  "
                        + String(ranked.degree).leftPadded(6) + "  " + entity.type.rawValue.rightPadded(12) + "  " + entity.name)
            }
        }
    }
}

extension EntityType: ExpressibleByArgument {}
extension GovGraphModel.Predicate: ExpressibleByArgument {}
extension EntityRanking: ExpressibleByArgument {}

extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
    func rightPadded(_ width: Int) -> String { self + String(repeating: " ", count: max(0, width - count)) }
    var replacingNewlines: String { split(whereSeparator: \.isNewline).joined(separator: " ") }
}
