import Testing

@testable import GovGraphPostgres
@testable import GovGraphStore

@Suite("The SQL the two stores share")
struct SQLReaderTests {
    @Test(
        "Where the dialects differ",
        arguments: [
            (SQLDialect.sqlite, "e.id IN (SELECT value FROM json_each(?))", "e.name", " LIMIT -1 OFFSET 20", " LIMIT 5"),
            (SQLDialect.postgres, "e.id = ANY(?)", #"e.name COLLATE "C""#, " LIMIT ALL OFFSET 20", " LIMIT 5"),
        ])
    func dialects(dialect: SQLDialect, anyOf: String, binary: String, unlimited: String, limited: String) {
        #expect(dialect.anyOf("e.id") == anyOf)
        #expect(dialect.binary("e.name") == binary)
        #expect(dialect.limit(nil, offset: 20) == unlimited)
        #expect(dialect.limit(5) == limited)
        #expect(dialect.limit(nil) == "")
    }

    @Test("Rows read NULL as no text and as 0, numbers as text and text as numbers")
    func values() {
        let row = SQLRow(values: [.null, .integer(42), .text("7"), .real(2.0), .text("x")])
        #expect(row.optionalText(0) == nil)
        #expect(row.text(0) == "")
        #expect(row.integer(0) == 0)
        #expect(row.text(1) == "42")
        #expect(row.int64(1) == 42)
        #expect(row.integer(2) == 7)
        #expect(row.integer(3) == 2)
        #expect(row.bool(1))
        #expect(!row.bool(0))
        #expect(row.integer(4) == 0)
    }

    @Test(
        "PostgreSQL folds texts for name lookups as the store folds them",
        .enabled(if: TestPostgres.enabled, Comment(rawValue: TestPostgres.skipMessage)),
        arguments: ["Städtetag", "MÜNCHEN", "Straße  am\tSee", "Élysée-Vertrag", "Łódź", "Nürnberger Ärztekammer"])
    func folding(text: String) throws {
        let session = try PostgresSession.connect(to: try TestPostgres.base())
        defer { session.close() }
        let rows = try PostgresReader(session: session).rows(
            "SELECT " + SQLDialect.postgres.folded("CAST(? AS text)"), [.text(text)])
        #expect(rows.first?.optionalText(0) == SearchText.fold(text))
    }
}
