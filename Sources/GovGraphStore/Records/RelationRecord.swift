internal import GRDB

/// A row of the `relation` table: one relation read from one sentence of one document.
///
/// `date` is the relation's own date, or the document's when the relation has none, so that
/// queries need no join to date their evidence.
struct RelationRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "relation"

    var id: Int64?
    var documentId: String
    var subjectId: String
    var objectId: String
    var predicate: String
    var role: String?
    var roleKey: String?
    /// current, new or former (holds_role only; NULL for the other predicates).
    var status: String?
    var date: String?
    var evidenceStart: Int
    var evidenceEnd: Int
    var evidenceText: String
    /// The rule that read the relation (NULL for relations stored before v5).
    var rule: String?

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
