/// Everything that can go wrong with a PostgreSQL graph. Each message is one line that names the
/// database (its URL without the password) and says what is wrong; none contains article text.
public enum PostgresStoreError: Error, Equatable, CustomStringConvertible {
    /// The `--db` value is no usable PostgreSQL URL.
    case badURL(String, reason: String)
    /// No server answers at the address, or the connection broke before it was ready.
    case cannotConnect(String, reason: String)
    /// The server refused the user or password.
    case authentication(String, reason: String)
    /// The database does not exist on the server.
    case noDatabase(String)
    /// The database holds tables, none of them govgraph's.
    case notAGraphDatabase(String, tables: [String])
    /// The database holds no graph yet (a command that reads was pointed at an empty database).
    case noGraph(String)
    /// The database was written by a newer govgraph.
    case newerSchema(String, version: Int, known: Int)
    /// The server went away in the middle of the work.
    case serverGone(String)
    /// A relation of a document refers to an entity that neither the document nor the graph knows.
    case unknownEntity(String, documentID: String, entityID: String)
    /// The server reported an error (SQLSTATE and its message).
    case server(String, state: String, message: String)

    public var description: String {
        switch self {
        case .badURL(let url, let reason):
            return "\(url): not a PostgreSQL URL govgraph can use: \(reason)"
        case .cannotConnect(let url, let reason):
            return "\(url): cannot connect to the PostgreSQL server: \(reason)"
        case .authentication(let url, let reason):
            return "\(url): the server refused the login: \(reason); check the user and password (URL or PGUSER/PGPASSWORD)"
        case .noDatabase(let url):
            return "\(url): the database does not exist; create it first (createdb)"
        case .notAGraphDatabase(let url, let tables):
            let listed = tables.prefix(5).joined(separator: ", ") + (tables.count > 5 ? ", …" : "")
            return "\(url): not a govgraph database (it has the tables \(listed)); nothing was changed; use an empty database"
        case .noGraph(let url):
            return "\(url): the database holds no govgraph graph yet; run `govgraph extract --db URL FILE` first"
        case .newerSchema(let url, let version, let known):
            return "\(url): the graph was written by a newer govgraph (schema \(version), this one knows up to \(known)); nothing was changed; update govgraph"
        case .serverGone(let url):
            return "\(url): the PostgreSQL server closed the connection; what was not committed is not stored, run the command again"
        case .unknownEntity(let url, let documentID, let entityID):
            return "\(url): document \(documentID) has a relation to \(entityID), which is not among the document's entities; nothing of it was saved"
        case .server(let url, let state, let message):
            return "\(url): PostgreSQL error \(state): \(message)"
        }
    }
}
