internal import GRDB

/// A row of the `mention` table: one span of one document that names one entity.
struct MentionRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "mention"

    var id: Int64?
    var documentId: String
    var entityId: String
    var start: Int
    var end: Int
    var text: String

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
