import ArgumentParser

@main
struct GovGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "govgraph",
        abstract: "Turns German public-administration news into a knowledge graph.",
        discussion: """
            Extract people, places, public bodies and laws and the roles that join them from news \
            texts, keep them in SQLite, ask who is linked to what, and export diagrams.
            """,
        version: "0.1.0",
        subcommands: [
            Extract.self, Query.self, Stats.self, Remove.self, Export.self, GazetteerCommand.self, Evaluate.self,
        ])
}
