import Foundation
import Hummingbird
import NIOCore
import Logging

/// `govgraph serve`: the web explorer and the JSON API on one read-only graph.
///
/// The server answers the pages (start, search, entity, document, path, timeline) and the API
/// under `/api` (described at `/openapi.json`), logs one line per request, and stops cleanly
/// on SIGINT and SIGTERM.
///
/// ```swift
/// let server = GraphServer(reader: try GraphReader(path: "govgraph.sqlite"))
/// try await server.run { address in print("listening on \(address)") }
/// ```
public struct GraphServer: Sendable {
    public var reader: GraphReader
    public var host: String
    public var port: Int
    public var limits: ServerLimits
    public var logger: Logger

    public init(
        reader: GraphReader, host: String = "127.0.0.1", port: Int = 8080, limits: ServerLimits = ServerLimits(),
        logger: Logger = Logger(label: "govgraph.serve")
    ) {
        self.reader = reader
        self.host = host
        self.port = port
        self.limits = limits
        self.logger = logger
    }

    /// The routes of the pages and the API, with the request log and the error pages.
    public func makeRouter() -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: RequestLogMiddleware())
        router.add(middleware: ErrorMiddleware())
        APIRoutes(reader: reader, limits: limits).add(to: router)
        PageRoutes(reader: reader, limits: limits).add(to: router)
        return router
    }

    /// The application; `onRunning` gets the address it listens on (`http://127.0.0.1:8080/`).
    public func makeApplication(onRunning: @escaping @Sendable (String) -> Void = { _ in }) -> some ApplicationProtocol {
        let host = host
        return Application(
            router: makeRouter(),
            configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: "govgraph"),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                onRunning("http://\(host.contains(":") ? "[\(host)]" : host):\(port)/")
            },
            logger: logger)
    }

    /// Runs until SIGINT or SIGTERM.
    ///
    /// - Throws: when the address cannot be bound (a port in use, an unknown host).
    public func run(onRunning: @escaping @Sendable (String) -> Void = { _ in }) async throws {
        try await makeApplication(onRunning: onRunning).runService()
    }
}
