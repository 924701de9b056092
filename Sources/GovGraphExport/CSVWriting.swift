import Foundation

/// Writes CSV fields and rows (RFC 4180); the CSV and neo4j exports share it.
enum CSVWriting {
    /// How a table is written for its reader.
    struct Dialect: Sendable {
        /// What ends a row.
        var lineEnding: String
        /// Whether line breaks inside a field become spaces (neo4j-admin reads a quoted line
        /// break only with `--multiline-fields=true`).
        var flattensLineBreaks: Bool
        /// Whether a field that a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first)
        /// gets a leading apostrophe.
        var guardsFormulas: Bool

        /// For spreadsheets: CRLF rows, line breaks kept, formulas defused.
        static let spreadsheet = Dialect(
            lineEnding: "\r\n", flattensLineBreaks: false, guardsFormulas: true)
        /// For `neo4j-admin database import` with its default options.
        static let neo4j = Dialect(lineEnding: "\n", flattensLineBreaks: true, guardsFormulas: false)
    }

    /// One field: quoted when it holds a comma, quote, line break or outer space, with quotes
    /// doubled.
    ///
    /// ```swift
    /// CSVWriting.field(#"Amt "Digitales", Kiel"#, .neo4j)  // "Amt ""Digitales"", Kiel"
    /// ```
    static func field(_ value: String, _ dialect: Dialect) -> String {
        var text = value
        if dialect.flattensLineBreaks {
            text = String(
                String.UnicodeScalarView(
                    text.replacingOccurrences(of: "\r\n", with: " ").unicodeScalars.map {
                        isLineBreak($0) ? " " : $0
                    }))
        }
        if dialect.guardsFormulas, let first = text.unicodeScalars.first,
            "=+-@".unicodeScalars.contains(first)
        {
            text = "'" + text
        }
        text = String(
            String.UnicodeScalarView(
                text.unicodeScalars.filter { !isControl($0) || isLineBreak($0) || $0 == "\t" }))
        let needsQuotes =
            text.unicodeScalars.contains { $0 == "," || $0 == "\"" || isLineBreak($0) }
            || text.first?.isWhitespace == true || text.last?.isWhitespace == true
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// One row, ended by the dialect's line ending.
    static func row(_ values: [String], _ dialect: Dialect) -> String {
        values.map { field($0, dialect) }.joined(separator: ",") + dialect.lineEnding
    }

    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        ["\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}"].contains(scalar)
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control
    }
}
