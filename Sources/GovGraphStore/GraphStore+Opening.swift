import Foundation
internal import GRDB

extension GraphStore {
    /// Opens (creating if needed) the database file at `path` as ``init(path:)`` does, and
    /// tries again when another process was creating the same database at the same moment.
    ///
    /// Two processes that open a new file at once both see it unmigrated; the one that loses
    /// the race fails on a table or column the other has just created, its migration rolls
    /// back, and on the next attempt it finds the schema complete. Other errors (a file that is
    /// not a govgraph database, one from a newer version) are thrown at once.
    ///
    /// ```swift
    /// let store = try GraphStore.open(path: "govgraph.sqlite")
    /// ```
    ///
    /// - Throws: ``GraphStoreError``.
    public static func open(path: String, attempts: Int = 5) throws -> GraphStore {
        var attempt = 1
        while true {
            do {
                return try GraphStore(path: path)
            } catch GraphStoreError.sqlite(let failedPath, let code, let message) {
                guard attempt < attempts else {
                    throw GraphStoreError.sqlite(path: failedPath, code: code, message: message)
                }
                attempt += 1
                Thread.sleep(forTimeInterval: 0.05 * Double(attempt))
            }
        }
    }

    /// Opens an existing database file for reading only: nothing in the file changes, and a
    /// database the user may only read (`chmod 444`, another user's) can be read.
    ///
    /// The file is checked as by ``init(path:)``; the connection is read-only and the schema is
    /// not migrated. Only a database of an older govgraph, whose schema lacks migrations, is
    /// opened for writing once so that it can be brought up to date (as any writing command
    /// would), when the file is writable.
    ///
    /// ```swift
    /// let store = try GraphStore.openForReading(path: "govgraph.sqlite")
    /// let stats = try store.stats()
    /// ```
    ///
    /// - Throws: ``GraphStoreError``; writing through the store throws
    ///   ``GraphStoreError/cannotOpen(path:reason:)``.
    public static func openForReading(path: String) throws -> GraphStore {
        let files = FileManager.default
        var isDirectory: ObjCBool = false
        guard files.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw GraphStoreError.cannotOpen(path: path, reason: "the file does not exist")
        }
        if isDirectory.boolValue { throw GraphStoreError.isDirectory(path: path) }
        guard files.isReadableFile(atPath: path) else {
            throw GraphStoreError.cannotOpen(path: path, reason: "the file is not readable")
        }
        guard hasSQLiteHeader(path: path) else { throw GraphStoreError.notADatabase(path: path) }
        let pending = try inspectExistingDatabase(path: path)
        if pending, files.isWritableFile(atPath: path) { return try open(path: path) }
        do {
            let queue = try DatabaseQueue(path: path, configuration: makeConfiguration(readonly: true))
            return GraphStore(reading: queue, path: path)
        } catch {
            throw storeError(error, path: path)
        }
    }

    /// Refuses, before anything is written, a path that cannot hold a govgraph database.
    ///
    /// An existing, non-empty file must start with the SQLite header, and is then inspected
    /// through a read-only connection: it must either have no tables at all, or have applied
    /// govgraph's first migration and no migration this version does not know.
    static func checkBeforeOpening(path: String) throws {
        let files = FileManager.default
        guard !path.isEmpty else {
            throw GraphStoreError.cannotOpen(path: path, reason: "the path is empty")
        }
        var isDirectory: ObjCBool = false
        if files.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue { throw GraphStoreError.isDirectory(path: path) }
            guard files.isReadableFile(atPath: path) else {
                throw GraphStoreError.cannotOpen(path: path, reason: "the file is not readable")
            }
            let size = (try? files.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue
            if let size, size > 0 {
                guard hasSQLiteHeader(path: path) else {
                    throw GraphStoreError.notADatabase(path: path)
                }
                _ = try inspectExistingDatabase(path: path)
            }
            guard files.isWritableFile(atPath: path) else {
                throw GraphStoreError.cannotOpen(path: path, reason: "the file is read-only")
            }
        } else {
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
            guard files.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue
            else {
                throw GraphStoreError.cannotOpen(
                    path: path, reason: "the folder \(folder) does not exist; create it first")
            }
            guard files.isWritableFile(atPath: folder) else {
                throw GraphStoreError.cannotOpen(
                    path: path, reason: "the folder \(folder) is not writable")
            }
        }
    }

    /// Whether the file starts with the 16 bytes every SQLite 3 database starts with.
    private static func hasSQLiteHeader(path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        return header == Data("SQLite format 3\0".utf8)
    }

    /// Reads the tables and applied migrations of an existing database without writing to it;
    /// returns whether migrations of this version are still to be applied.
    private static func inspectExistingDatabase(path: String) throws -> Bool {
        let (tables, applied): ([String], Set<String>)
        do {
            let queue = try DatabaseQueue(
                path: path, configuration: makeConfiguration(readonly: true))
            defer { try? queue.close() }
            (tables, applied) = try queue.read { db in
                let tables = try String.fetchAll(
                    db,
                    sql: """
                        SELECT name FROM sqlite_master
                        WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
                            AND name <> 'grdb_migrations'
                        ORDER BY name
                        """)
                return (tables, try migrator.appliedIdentifiers(db))
            }
        } catch {
            throw storeError(error, path: path)
        }
        if !applied.contains(firstMigrationIdentifier) {
            if !tables.isEmpty || !applied.isEmpty {
                throw GraphStoreError.notAGraphDatabase(path: path, tables: tables)
            }
            return true
        }
        let unknown = applied.subtracting(migrator.migrations).sorted()
        if !unknown.isEmpty {
            throw GraphStoreError.newerSchema(path: path, unknownMigrations: unknown)
        }
        return !Set(migrator.migrations).isSubset(of: applied)
    }
}
