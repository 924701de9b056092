import GovGraphModel

/// Everything that can go wrong when opening or using a ``GraphStore``.
///
/// Messages name the database file and say what is wrong and what to do about it. They never
/// contain article text: a failed statement is reported by its SQLite result code and message,
/// not by its arguments.
public enum GraphStoreError: Error, Equatable, CustomStringConvertible {
    /// The path names a directory, not a database file.
    case isDirectory(path: String)
    /// The file exists but is not an SQLite database.
    case notADatabase(path: String)
    /// The file is an SQLite database created by something else than govgraph.
    case notAGraphDatabase(path: String, tables: [String])
    /// The database was migrated by a newer govgraph: it lists migrations this version does not
    /// know.
    case newerSchema(path: String, unknownMigrations: [String])
    /// The file or its folder cannot be created, read or written.
    case cannotOpen(path: String, reason: String)
    /// A relation of a document refers to an entity the document does not list.
    case unknownEntity(path: String, documentID: String, entityID: EntityID)
    /// A stored value cannot be read back (for example an entity type this version does not know).
    case invalidStoredValue(path: String, table: String, column: String, value: String)
    /// SQLite reported an error.
    case sqlite(path: String, code: Int32, message: String)
    /// A PostgreSQL server reported an error (its SQLSTATE and message); `path` is the URL
    /// without the password.
    case postgres(path: String, state: String, message: String)

    public var description: String {
        switch self {
        case .isDirectory(let path):
            return "\(path): is a directory; pass the path of a database file, "
                + "for example \(path.hasSuffix("/") ? path : path + "/")govgraph.sqlite"
        case .notADatabase(let path):
            return "\(path): not an SQLite database (the file was left untouched); "
                + "choose another path or move the file away"
        case .notAGraphDatabase(let path, let tables):
            let listed =
                tables.prefix(5).joined(separator: ", ") + (tables.count > 5 ? ", …" : "")
            let contents = tables.isEmpty ? "it has" : "it has the tables \(listed) and"
            return "\(path): an SQLite database, but not a govgraph one (\(contents) "
                + "no govgraph migrations; the file was left untouched); choose another path"
        case .newerSchema(let path, let unknownMigrations):
            return "\(path): the database was written by a newer govgraph (unknown migrations: "
                + "\(unknownMigrations.joined(separator: ", "))); the file was left untouched; "
                + "update govgraph to open it"
        case .cannotOpen(let path, let reason):
            return "\(path): cannot open the database: \(reason)"
        case .unknownEntity(let path, let documentID, let entityID):
            return "\(path): document \(documentID) has a relation to \(entityID), "
                + "which is not among the document's entities; nothing was saved"
        case .invalidStoredValue(let path, let table, let column, let value):
            return "\(path): unexpected value \"\(value.prefix(80))\" in \(table).\(column); "
                + "the database may have been written by a newer govgraph"
        case .sqlite(let path, let code, let message):
            return "\(path): SQLite error \(code): \(message)"
        case .postgres(let path, let state, let message):
            return "\(path): PostgreSQL error \(state): \(message)"
        }
    }
}
