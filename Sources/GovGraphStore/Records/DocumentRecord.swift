internal import GRDB

/// A row of the `document` table: one extracted article, keyed by the hash of its text.
struct DocumentRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "document"

    var id: String
    var source: String
    var title: String?
    var date: String?
    var start: Int
    var end: Int
    /// The article's text (NULL for documents stored before v6).
    var text: String?
    // `insertedAt` is filled by the column default.

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let date = Column(CodingKeys.date)
    }
}
