import GovGraphStore
import PostgresNIO

/// The queries of ``GovGraphStore/GraphQueries`` on a PostgreSQL connection (see
/// ``PostgresGraphStore/reading(_:)``).
///
/// The queries are written with SQLite's placeholders; `?N` becomes `$N` and each bare `?` the
/// next number. Each query is one round trip (parse, bind and execute in one message).
struct PostgresReader: SQLReader {
    let session: PostgresSession
    var dialect: SQLDialect { .postgres }

    func rows(_ sql: String, _ arguments: [SQLArgument]) throws -> [SQLRow] {
        let binds = arguments.map { argument -> PostgresBind in
            switch argument {
            case .text(let text): .text(text)
            case .integer(let number): .integer(number)
            case .texts(let texts): .texts(texts)
            }
        }
        return try session.query(Self.numberedPlaceholders(sql), binds).map { row in
            var values: [SQLValue] = []
            for cell in row { values.append(try Self.value(cell)) }
            return SQLRow(values: values)
        }
    }

    /// A cell as the value SQLite would give: integers (and booleans, as 0 or 1), reals, text.
    static func value(_ cell: PostgresCell) throws -> SQLValue {
        guard cell.bytes != nil else { return .null }
        switch cell.dataType {
        case .int2, .int4, .int8: return .integer(try cell.decode(Int64.self))
        case .bool: return .integer(try cell.decode(Bool.self) ? 1 : 0)
        case .float4, .float8: return .real(try cell.decode(Double.self))
        default: return .text(try cell.decode(String.self))
        }
    }

    /// `sql` with `?N` written `$N` and each bare `?` numbered in turn; a `?` inside a quoted
    /// string or name is left alone.
    static func numberedPlaceholders(_ sql: String) -> String {
        var result = ""
        result.reserveCapacity(sql.utf8.count + 8)
        var next = 1
        var quote: Character?
        var characters = sql.makeIterator()
        var pending: Character? = characters.next()
        while let character = pending {
            pending = characters.next()
            if let open = quote {
                if character == open { quote = nil }
                result.append(character)
                continue
            }
            switch character {
            case "'", "\"":
                quote = character
                result.append(character)
            case "?":
                if let digit = pending, digit.isASCII, digit.isNumber {
                    result.append("$")
                } else {
                    result.append("$\(next)")
                    next += 1
                }
            default:
                result.append(character)
            }
        }
        return result
    }
}
