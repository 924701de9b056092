import ArgumentParser
import GovGraphModel
import GovGraphQuery
import GovGraphStore

extension Query {
    struct Who: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Who held a role in an organization or place, with dates and predecessors.",
            discussion: """
                Role forms are folded: Präsidentin = Präsident, OB = Oberbürgermeister. Without \
                --at, the history (earliest first); with --at, who held the role on that day.
                """)

        @Option(help: "The role (\"Präsident\", \"Vizepräsidentin\", \"OB\").")
        var role: String

        @Option(help: "The organization or place.")
        var of: String

        @Option(help: ArgumentHelp("Only holders on this day.", valueName: "YYYY-MM-DD"))
        var at: String?

        @OptionGroup var database: DatabaseOptions

        @Flag(help: "Print the holders as JSON.")
        var json = false

        func validate() throws {
            try ISODate.validate(at, option: "--at")
            if role.allSatisfy(\.isWhitespace) { throw ValidationError("--role must name a role") }
        }

        func run() throws {
            let store = try database.openForReading()
            let (organization, _) = try resolveEntity(of, in: store)
            let holdings = try store.roleHolders(role: role, of: organization.id, at: at)
            if json {
                print(try JSONOutput.encode(WhoJSON(role: role, of: organization, at: at, holdings: holdings)))
                return
            }
            let when = at.map { " on \($0)" } ?? ""
            guard !holdings.isEmpty else {
                print("no \(role) of \(label(organization)) is stored\(when)")
                return
            }
            print("\(role) of \(label(organization))\(when):")
            for holding in holdings {
                var line = "  \(label(holding.person))  \(LinkWording.role(holding.role) ?? role)"
                if let last = holding.lastDate {
                    line += "  " + (holding.firstDate.map { $0 == last ? last : "\($0)…\(last)" } ?? last)
                }
                if let status = holding.status { line += "  \(status.rawValue)" }
                print(line)
                if !holding.predecessors.isEmpty {
                    print("      succeeded " + holding.predecessors.map(label).joined(separator: ", "))
                }
                if let evidence = holding.evidence.last {
                    print("      “\(evidence.text.replacingNewlines)”")
                }
            }
        }
    }

    struct Timeline: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The dated facts about an entity, in date order.")

        @Argument(help: "A name, part of a name, or an entity id.")
        var name: String

        @Flag(help: "Also list the dated co-mentions.")
        var coMentions = false

        @OptionGroup var database: DatabaseOptions

        @Flag(help: "Print the timeline as JSON.")
        var json = false

        func run() throws {
            let store = try database.openForReading()
            let (entity, _) = try resolveEntity(name, in: store)
            let entries = try store.timeline(of: entity.id, includeCoMentions: coMentions)
            if json {
                print(try JSONOutput.encode(TimelineJSON(entity: entity, entries: entries)))
                return
            }
            print("\(label(entity)): \(entries.count) dated fact\(entries.count == 1 ? "" : "s")")
            for entry in entries {
                var line = "  \(entry.date)  \(entry.predicate.rawValue)  "
                    + "\(LinkWording.arrow(entry.predicate, outgoing: entry.outgoing, role: entry.role)) \(label(entry.other))"
                if let status = entry.status, status != .current { line += "  (\(status.rawValue))" }
                print(line)
                if entry.evidence.start < entry.evidence.end || !entry.evidence.text.isEmpty {
                    print("      “\(entry.evidence.text.replacingNewlines)”")
                }
            }
        }
    }
}
