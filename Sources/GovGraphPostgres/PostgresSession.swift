import Dispatch
import Logging
import NIOCore
import PostgresNIO

/// A value bound to a statement's `$n` parameter.
enum PostgresBind: Sendable {
    case text(String?)
    case integer(Int?)
    case texts([String])
    case integers([Int])
}

/// One connection to a PostgreSQL server, used synchronously: govgraph's commands are
/// synchronous, and each call blocks the calling thread (never a thread of Swift's concurrency
/// pool) until the server has answered.
final class PostgresSession: @unchecked Sendable {
    let location: PostgresLocation
    private let connection: PostgresConnection
    private let logger: Logger

    private init(location: PostgresLocation, connection: PostgresConnection, logger: Logger) {
        self.location = location
        self.connection = connection
        self.logger = logger
    }

    /// Connects, within ten seconds.
    static func connect(to location: PostgresLocation) throws(PostgresStoreError) -> PostgresSession {
        var logger = Logger(label: "govgraph.postgres")
        logger.logLevel = .critical
        var configuration = PostgresConnection.Configuration(
            host: location.host, port: location.port, username: location.user, password: location.password,
            database: location.database, tls: .disable)
        configuration.options.connectTimeout = .seconds(10)
        let logged = logger
        let configured = configuration
        do {
            let connection = try blocking {
                try await PostgresConnection.connect(configuration: configured, id: 1, logger: logged)
            }
            let session = PostgresSession(location: location, connection: connection, logger: logger)
            // govgraph's queries each read few rows through an index. A parallel plan's worker
            // processes cost more than they save on a small server (the links of a district
            // on a graph of 1M relations: 20–27 ms with two workers, 1.5–1.8 ms without), and
            // compiling a plan (JIT) costs more than it saves on any of them.
            try session.query("SET max_parallel_workers_per_gather = 0")
            try session.query("SET jit = off")
            return session
        } catch {
            throw Self.storeError(error, location: location, connecting: true)
        }
    }

    /// Runs `sql` and returns its rows.
    @discardableResult
    func query(_ sql: String, _ binds: [PostgresBind] = []) throws(PostgresStoreError) -> [PostgresRow] {
        var bindings = PostgresBindings(capacity: binds.count)
        for bind in binds {
            switch bind {
            case .text(let value): bindings.append(value)
            case .integer(let value): bindings.append(value)
            case .texts(let values): bindings.append(values)
            case .integers(let values): bindings.append(values)
            }
        }
        let query = PostgresQuery(unsafeSQL: sql, binds: bindings)
        // The future's work runs on the connection's event loop; waiting for it here is one
        // hand-over each way, where a task on another executor was two more (a query took about
        // three times as long on a busy machine).
        do {
            return try connection.query(query, logger: logger).wait().rows
        } catch {
            throw Self.storeError(error, location: location, connecting: false)
        }
    }

    /// Runs `sql` and returns its rows with every cell as text (the query casts what is not).
    func texts(_ sql: String, _ binds: [PostgresBind] = []) throws(PostgresStoreError) -> [[String?]] {
        try query(sql, binds).map { row in row.map { cell in (try? cell.decode(String?.self)) ?? nil } }
    }

    /// Streams rows into `table` with `COPY … FROM STDIN` (text format): the fast way in for many
    /// rows. Values are escaped here; nil is NULL.
    func copy(into table: String, columns: [String], rows: [[String?]]) throws(PostgresStoreError) {
        guard !rows.isEmpty else { return }
        var buffer = ByteBuffer()
        for row in rows {
            for (index, value) in row.enumerated() {
                if index > 0 { buffer.writeStaticString("\t") }
                if let value { Self.escapeCopyText(value, into: &buffer) } else { buffer.writeStaticString("\\N") }
            }
            buffer.writeStaticString("\n")
        }
        let connection = self.connection
        let logger = self.logger
        let data = buffer
        do {
            try Self.blocking {
                try await connection.copyFrom(table: table, columns: columns, logger: logger) { writer in
                    try await writer.write(data)
                }
            }
        } catch {
            throw Self.storeError(error, location: location, connecting: false)
        }
    }

    /// Runs `body` in a transaction: committed when it returns, rolled back when it throws.
    func transaction<T>(_ body: () throws(PostgresStoreError) -> T) throws(PostgresStoreError) -> T {
        try query("BEGIN")
        do {
            let result = try body()
            try query("COMMIT")
            return result
        } catch {
            _ = try? query("ROLLBACK")
            throw error
        }
    }

    func close() {
        let connection = self.connection
        _ = try? Self.blocking { try await connection.close() }
    }

    /// COPY's text format: backslash, tab, newline and carriage return escaped.
    static func escapeCopyText(_ value: String, into buffer: inout ByteBuffer) {
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\\"): buffer.writeStaticString("\\\\")
            case UInt8(ascii: "\t"): buffer.writeStaticString("\\t")
            case UInt8(ascii: "\n"): buffer.writeStaticString("\\n")
            case UInt8(ascii: "\r"): buffer.writeStaticString("\\r")
            default: buffer.writeInteger(byte)
            }
        }
    }

    /// One line that says what went wrong, from an error of PostgresNIO.
    static func storeError(_ error: any Error, location: PostgresLocation, connecting: Bool) -> PostgresStoreError {
        if let error = error as? PostgresStoreError { return error }
        let url = location.description
        guard let psql = error as? PSQLError else {
            return connecting ? .cannotConnect(url, reason: "\(error)") : .server(url, state: "?", message: "\(error)")
        }
        if let state = psql.serverInfo?[.sqlState] {
            let message = psql.serverInfo?[.message] ?? "\(psql.code)"
            switch state {
            case "28P01", "28000": return .authentication(url, reason: message)
            case "3D000": return .noDatabase(url)
            case "57P01", "57P02", "57P03": return .serverGone(url)
            default: return .server(url, state: state, message: message)
            }
        }
        switch psql.code {
        case .serverClosedConnection, .clientClosedConnection:
            return connecting ? .cannotConnect(url, reason: "the server closed the connection") : .serverGone(url)
        case .connectionError:
            return connecting ? .cannotConnect(url, reason: Self.reason(psql.underlying, location: location)) : .serverGone(url)
        case .unsupportedAuthMechanism, .authMechanismRequiresPassword:
            return .authentication(url, reason: "\(psql.code)")
        default:
            return connecting ? .cannotConnect(url, reason: "\(psql.code)") : .server(url, state: "\(psql.code)", message: "\(psql.code)")
        }
    }

    /// Why a connection failed, in a few words.
    static func reason(_ underlying: (any Error)?, location: PostgresLocation) -> String {
        let text = underlying.map { "\($0)" } ?? ""
        if text.contains("Connection refused") {
            return "connection refused; is a server running on \(location.host) port \(location.port)?"
        }
        if text.lowercased().contains("timeout") || text.contains("timed out") {
            return "no answer from \(location.host) port \(location.port) within 10 seconds"
        }
        if text.contains("UnknownHost") || text.contains("DNS error") || text.contains("getaddrinfo") {
            return "unknown host \(location.host)"
        }
        return text.isEmpty ? "connection failed" : text
    }

    /// Runs `body` and waits for it on this thread. The work runs on an executor of its own
    /// (a serial dispatch queue), not on Swift's cooperative pool: a caller that is itself on
    /// that pool (a test, a server's handler) and waits here could otherwise take the last thread
    /// the work needs.
    static func blocking<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        Task(executorPreference: QueueExecutor.shared) {
            do { box.result = .success(try await body()) } catch { box.result = .failure(error) }
            done.signal()
        }
        done.wait()
        return try box.result!.get()
    }
}

/// A task executor on dispatch queues outside Swift's cooperative pool.
final class QueueExecutor: TaskExecutor, @unchecked Sendable {
    static let shared = QueueExecutor()
    private let queue = DispatchQueue(label: "govgraph.postgres", attributes: .concurrent)

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        queue.async { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}

/// The result of work done on another task, handed to the thread that waits for it.
private final class ResultBox<T>: @unchecked Sendable {
    var result: Result<T, any Error>?
}
