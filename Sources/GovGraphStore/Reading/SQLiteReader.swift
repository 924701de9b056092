import class Foundation.JSONEncoder
internal import GRDB

/// The queries of ``GraphQueries`` on an SQLite connection, inside the read transaction of
/// ``GraphStore``.
///
/// Statements are prepared once per connection and kept (GRDB's statement cache), so that a
/// query run for every entity of a level (the neighbours of a path search) is parsed once. A
/// list of texts is bound as one JSON array, which ``SQLDialect/anyOf(_:_:)`` reads with
/// `json_each`.
struct SQLiteReader: SQLReader {
    let db: Database
    var dialect: SQLDialect { .sqlite }

    func rows(_ sql: String, _ arguments: [SQLArgument]) throws -> [SQLRow] {
        let statement = try db.cachedStatement(sql: sql)
        var values: [(any DatabaseValueConvertible)?] = []
        values.reserveCapacity(arguments.count)
        for argument in arguments {
            switch argument {
            case .text(let text): values.append(text)
            case .integer(let number): values.append(number)
            case .texts(let texts):
                values.append(String(decoding: try JSONEncoder().encode(texts), as: UTF8.self))
            }
        }
        let cursor = try Row.fetchCursor(statement, arguments: StatementArguments(values))
        var result: [SQLRow] = []
        while let row = try cursor.next() {
            result.append(
                SQLRow(
                    values: row.databaseValues.map { value in
                        switch value.storage {
                        case .null: .null
                        case .int64(let number): .integer(number)
                        case .double(let number): .real(number)
                        case .string(let text): .text(text)
                        case .blob(let data): .text(String(decoding: data, as: UTF8.self))
                        }
                    }))
        }
        return result
    }
}
