import Dispatch
import Foundation
import GovGraphStore

/// Runs the server's reads of the graph off the server's threads, on a few read-only
/// connections used in turn.
///
/// A store opened for reading (SQLite's `GraphStore`, or the PostgreSQL store) has one
/// connection, and its reads block the calling thread; requests are answered on Swift concurrency's few threads, so each read runs
/// on a thread of a Dispatch queue instead, and several connections let reads run side by side.
public struct GraphReader: Sendable {
    private let stores: [any GraphReading]
    private let next = Counter()
    private let queue = DispatchQueue(label: "govgraph.serve.reads", attributes: .concurrent)

    /// A reader over these stores (each opened on the same database).
    public init(stores: [any GraphReading]) {
        precondition(!stores.isEmpty, "a reader needs a store")
        self.stores = stores
    }

    /// Opens `connections` read-only stores on the database file at `path`.
    ///
    /// ```swift
    /// let reader = try GraphReader(path: "govgraph.sqlite")
    /// let stats = try await reader.read { try $0.stats() }
    /// ```
    ///
    /// - Throws: ``GraphStoreError`` when the file cannot be read as a govgraph database.
    public init(path: String, connections: Int = ProcessInfo.processInfo.activeProcessorCount) throws {
        self.init(stores: try (0..<max(1, connections)).map { _ in try GraphStore.openForReading(path: path) })
    }

    /// Runs `body` with one of the stores on a Dispatch thread.
    public func read<T: Sendable>(_ body: @escaping @Sendable (any GraphReading) throws -> T) async throws -> T {
        let store = stores[next.increment() % stores.count]
        return try await withCheckedThrowingContinuation { continuation in
            queue.async { continuation.resume(with: Result { try body(store) }) }
        }
    }
}

/// A thread-safe counter.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func increment() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value &+= 1
        return value & Int.max
    }
}
