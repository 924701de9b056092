internal import GRDB

extension GraphStore {
    /// Runs raw SQL on a database file without checking or migrating it.
    ///
    /// Not public API: tests use it (through `@testable import`) to build foreign, damaged or
    /// future databases without depending on GRDB themselves.
    static func executeUnchecked(path: String, sql: String) throws {
        do {
            let queue = try DatabaseQueue(path: path)
            try queue.write { db in try db.execute(sql: sql) }
            try queue.close()
        } catch {
            throw storeError(error, path: path)
        }
    }

    /// Creates or migrates a database file with the migrations up to and including `identifier`
    /// only (tests only, through `@testable import`): a database as an older govgraph wrote it.
    static func migrateUnchecked(path: String, upTo identifier: String) throws {
        do {
            let queue = try DatabaseQueue(path: path)
            try migrator.migrate(queue, upTo: identifier)
            try queue.close()
        } catch {
            throw storeError(error, path: path)
        }
    }

    /// Runs raw SQL on this store (tests only, through `@testable import`).
    func executeUnchecked(sql: String) throws {
        try write { db in try db.execute(sql: sql) }
    }

    /// The rows of a raw query as strings (tests only, through `@testable import`).
    func fetchUnchecked(sql: String) throws -> [[String?]] {
        try read { db in
            try Row.fetchAll(db, sql: sql).map { row in
                row.databaseValues.map { String.fromDatabaseValue($0) ?? $0.description }
                    .map { $0 == "NULL" ? nil : $0 }
            }
        }
    }
}
