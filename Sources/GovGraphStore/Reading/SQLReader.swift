/// A value a query reads from a row, whichever database it comes from.
package enum SQLValue: Sendable, Hashable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
}

/// A value bound to a placeholder of a query.
package enum SQLArgument: Sendable, Hashable {
    case text(String?)
    case integer(Int?)
    /// A list of texts, bound to the placeholder of ``SQLDialect/anyOf(_:_:)``.
    case texts([String])
}

/// The two SQL dialects the store speaks, and the few places where they differ.
///
/// Queries are written once, with `?` (the next argument) or `?N` (the N-th argument)
/// placeholders, in SQL that SQLite and PostgreSQL read alike: unquoted camel-case names
/// (PostgreSQL folds them to lower case, as its schema does), `coalesce`, `CASE`, subqueries
/// with an alias. What they cannot share is spelled here.
package enum SQLDialect: Sendable {
    case sqlite
    case postgres

    /// `column` is one of the texts bound to `placeholder` as ``SQLArgument/texts(_:)``: one
    /// prepared statement for any number of values.
    package func anyOf(_ column: String, _ placeholder: String = "?") -> String {
        switch self {
        case .sqlite: "\(column) IN (SELECT value FROM json_each(\(placeholder)))"
        case .postgres: "\(column) = ANY(\(placeholder))"
        }
    }

    /// `column` compared by its bytes, as SQLite compares texts: PostgreSQL would use the
    /// database's locale ("b" before "C" in German).
    package func binary(_ column: String) -> String {
        switch self {
        case .sqlite: column
        case .postgres: "\(column) COLLATE \"C\""
        }
    }

    /// `column` folded as ``SearchText/fold(_:)`` folds a text (lower case, umlauts spelled
    /// out, diacritics and runs of white space removed), for `LIKE` filters: SQLite calls the
    /// function the store registers, PostgreSQL spells the folding out in SQL (its database
    /// must be UTF-8 encoded, as `createdb` makes it on a UTF-8 system).
    package func folded(_ column: String) -> String {
        switch self {
        case .sqlite:
            return "govgraph_fold(\(column))"
        case .postgres:
            var expression = "lower(normalize(\(column), NFC))"
            for (letter, spelling) in [("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")] {
                expression = "replace(\(expression), '\(letter)', '\(spelling)')"
            }
            let accented = "àáâãåāăąçćčďèéêëēėęěğìíîïīįıñńňòóôõōőŕřśşšţťùúûūůűųýÿźżž"
            let plain = "aaaaaaaacccdeeeeeeeegiiiiiiinnnoooooorrsssttuuuuuuuyyzzz"
            return "regexp_replace(translate(\(expression), '\(accented)', '\(plain)'), '\\s+', ' ', 'g')"
        }
    }

    /// A `LIMIT` clause: at most `limit` rows (all for nil), after skipping `offset`.
    package func limit(_ limit: Int?, offset: Int = 0) -> String {
        let count = limit.map(String.init) ?? (self == .sqlite ? "-1" : "ALL")
        return offset > 0 ? " LIMIT \(count) OFFSET \(offset)" : limit == nil ? "" : " LIMIT \(count)"
    }
}

/// One row of a query's result: its values in the order of the query's columns, read by
/// position.
package struct SQLRow: Sendable {
    package var values: [SQLValue]

    package init(values: [SQLValue]) {
        self.values = values
    }

    package func text(_ index: Int) -> String { Self.text(values[index]) ?? "" }
    package func optionalText(_ index: Int) -> String? { Self.text(values[index]) }
    package func integer(_ index: Int) -> Int { Self.integer(values[index]) }
    package func int64(_ index: Int) -> Int64 { Int64(Self.integer(values[index])) }
    package func bool(_ index: Int) -> Bool { Self.integer(values[index]) != 0 }

    static func text(_ value: SQLValue) -> String? {
        switch value {
        case .null: nil
        case .text(let text): text
        case .integer(let number): String(number)
        case .real(let number): String(number)
        }
    }

    static func integer(_ value: SQLValue) -> Int {
        switch value {
        case .null: 0
        case .integer(let number): Int(number)
        case .real(let number): Int(number)
        case .text(let text): Int(text) ?? 0
        }
    }
}

/// A connection that answers read queries, inside one read transaction (one snapshot of the
/// graph for all queries of a ``GraphQueries`` value).
package protocol SQLReader {
    var dialect: SQLDialect { get }

    /// The rows of `sql` with `arguments` bound to its placeholders.
    func rows(_ sql: String, _ arguments: [SQLArgument]) throws -> [SQLRow]
}

extension SQLReader {
    package func rows(_ sql: String, _ arguments: SQLArgument...) throws -> [SQLRow] {
        try rows(sql, arguments)
    }

    /// The first row of `sql`, if any.
    package func row(_ sql: String, _ arguments: SQLArgument...) throws -> SQLRow? {
        try rows(sql, arguments).first
    }
}
