import Testing

@testable import GovGraphPostgres

@Suite("SQLite placeholders for PostgreSQL")
struct PostgresReaderTests {
    @Test(
        "? is numbered in turn, ?N keeps its number, quoted text is left alone",
        arguments: [
            ("SELECT 1", "SELECT 1"),
            ("a = ? AND b = ?", "a = $1 AND b = $2"),
            ("subjectId = ?1 OR objectId = ?1 AND predicate = ?2", "subjectId = $1 OR objectId = $1 AND predicate = $2"),
            ("LIKE '%?%' AND x = ?", "LIKE '%?%' AND x = $1"),
            (#"SELECT "end?" FROM t WHERE a = ?"#, #"SELECT "end?" FROM t WHERE a = $1"#),
            ("x IN (?, ?, ?)", "x IN ($1, $2, $3)"),
            ("ESCAPE '\\' AND y = ?", "ESCAPE '\\' AND y = $1"),
        ])
    func placeholders(sql: String, expected: String) {
        #expect(PostgresReader.numberedPlaceholders(sql) == expected)
    }
}
