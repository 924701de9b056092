import ArgumentParser
import Foundation

@main
struct GovGraphCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "govgraph",
        abstract: "Turns German public-administration news into a knowledge graph.",
        discussion: """
            Extract people, places, public bodies and laws and the roles that join them from news \
            texts, keep them in SQLite, ask who is linked to what, and export diagrams.
            """,
        version: "0.1.0",
        subcommands: [
            Extract.self, Query.self, Stats.self, Remove.self, Export.self, Serve.self, GazetteerCommand.self,
            Evaluate.self,
        ])

    /// Runs the command like ArgumentParser does, but a usage error (an unknown option, a
    /// missing or invalid argument) exits with status 2, as `extract` documents, not 64.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var command = command as? any AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
