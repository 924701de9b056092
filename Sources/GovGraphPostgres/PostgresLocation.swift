import Foundation

/// Where a PostgreSQL graph lives: host, port, user, password and database, read from a
/// `postgres://` URL and the `PG*` environment variables as libpq reads them.
///
/// ```swift
/// let location = try PostgresLocation(url: "postgres://govgraph:secret@db.example:5432/news")
/// location.description   // "postgres://govgraph@db.example:5432/news" (never the password)
/// ```
///
/// What the URL leaves out comes from `PGHOST`, `PGPORT`, `PGUSER`, `PGPASSWORD` and
/// `PGDATABASE`, then from libpq's defaults: `localhost`, port 5432, the login name (`USER`) as
/// the user, and the user's name as the database.
public struct PostgresLocation: Sendable, Hashable, CustomStringConvertible {
    public var host: String
    public var port: Int
    public var user: String
    public var password: String?
    public var database: String

    /// Whether `text` names a PostgreSQL database rather than a file (it starts with
    /// `postgres://` or `postgresql://`).
    public static func isURL(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// Reads a `postgres://` or `postgresql://` URL, completed from `environment`.
    ///
    /// - Throws: ``PostgresStoreError/badURL(_:reason:)`` naming what is wrong.
    public init(url text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws(PostgresStoreError) {
        guard Self.isURL(text), let components = URLComponents(string: text) else {
            throw .badURL(Self.redacted(text), reason: "expected postgres://user:password@host:port/database")
        }
        let query = Dictionary(
            (components.queryItems ?? []).map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { _, last in last })
        if let unknown = query.keys.sorted().first(where: { !["host", "port", "user", "password", "dbname", "sslmode"].contains($0) }) {
            throw .badURL(Self.redacted(text), reason: "unknown parameter '\(unknown)'")
        }
        if let mode = query["sslmode"], !["disable", "allow", "prefer"].contains(mode) {
            throw .badURL(Self.redacted(text), reason: "sslmode '\(mode)' is not supported (govgraph speaks to the server without TLS)")
        }
        let host = components.host.flatMap { $0.isEmpty ? nil : $0.removingPercentEncoding } ?? query["host"]
            ?? environment["PGHOST"] ?? "localhost"
        let portText = components.port.map(String.init) ?? query["port"] ?? environment["PGPORT"] ?? "5432"
        guard let port = Int(portText), (1...65535).contains(port) else {
            throw .badURL(Self.redacted(text), reason: "port '\(portText)' is not a number from 1 to 65535")
        }
        let user = components.user.flatMap { $0.isEmpty ? nil : $0.removingPercentEncoding } ?? query["user"]
            ?? environment["PGUSER"] ?? environment["USER"] ?? "postgres"
        let password = components.password?.removingPercentEncoding ?? query["password"] ?? environment["PGPASSWORD"]
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        guard !path.contains("/") else {
            throw .badURL(Self.redacted(text), reason: "the database name '\(path)' contains '/'")
        }
        let database = (path.isEmpty ? nil : path.removingPercentEncoding) ?? query["dbname"]
            ?? environment["PGDATABASE"] ?? user
        self.init(host: host, port: port, user: user, password: password, database: database)
    }

    public init(host: String, port: Int = 5432, user: String, password: String? = nil, database: String) {
        self.host = host
        self.port = port
        self.user = user
        self.password = password
        self.database = database
    }

    /// The URL without the password, for messages.
    public var description: String {
        var components = URLComponents()
        components.scheme = "postgres"
        components.user = user
        components.host = host
        components.port = port
        components.path = "/" + database
        return components.string ?? "postgres://\(user)@\(host):\(port)/\(database)"
    }

    /// `text` with the password of a URL replaced by `***`.
    static func redacted(_ text: String) -> String {
        guard var components = URLComponents(string: text), components.password != nil else { return text }
        components.password = "***"
        return components.string ?? text
    }
}
