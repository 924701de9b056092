import ArgumentParser
import Foundation
import GovGraphServer
import GovGraphStore
import Logging

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Browse the graph in a web browser, and query it over HTTP.",
        discussion: """
            Serves the pages (start, search, entity, document, path, timeline) and a JSON API \
            under /api, described at /openapi.json. The database is opened read-only. One line \
            is logged per request; SIGINT (Ctrl-C) or SIGTERM stops the server.
            """)

    @OptionGroup var database: DatabaseOptions

    @Option(help: "The address to listen on; the default is the loopback address, reachable from this machine only.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on (0: any free port).")
    var port = 8080

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535, not \(port)") }
        guard !host.isEmpty else { throw ValidationError("--host must name an address") }
    }

    func run() async throws {
        // A connection per core, so that requests are answered side by side.
        let stores = try (0..<max(1, ProcessInfo.processInfo.activeProcessorCount)).map { _ in
            try database.openForReading()
        }
        var logger = Logger(label: "govgraph.serve")
        logger.logLevel = .info
        let server = GraphServer(reader: GraphReader(stores: stores), host: host, port: port, logger: logger)
        let db = database.displayName
        do {
            try await server.run { address in
                let line = "govgraph serve: \(address) (database \(db), read-only; Ctrl-C stops)\n"
                FileHandle.standardOutput.write(Data(line.utf8))
            }
        } catch {
            throw CLIError(Self.explain(error, host: host, port: port))
        }
    }

    /// A one-line message for a server that could not start.
    static func explain(_ error: any Error, host: String, port: Int) -> String {
        let text = "\(error)"
        if text.contains("Address already in use") || text.contains("EADDRINUSE") {
            return "cannot listen on \(host):\(port): the port is in use; choose another with --port"
        }
        if text.contains("Cannot assign requested address") {
            return "cannot listen on \(host):\(port): the address is not one of this machine's"
        }
        return "cannot listen on \(host):\(port): \(text.split(separator: "\n").first ?? "")"
    }
}
