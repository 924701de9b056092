import Testing

@testable import GovGraphExport

@Suite("CSVWriting")
struct CSVWritingTests {
    @Test(
        "Fields are quoted only when needed, with quotes doubled",
        arguments: [
            ("Leipzig", "Leipzig"),
            ("Jung, Burkhard", #""Jung, Burkhard""#),
            (#"Amt "Digitales""#, #""Amt ""Digitales""""#),
            (" Rand", #"" Rand""#),
            ("", ""),
            ("Glocke\u{07}", "Glocke"),
            ("a;b", "a;b"),
        ])
    func neo4jFields(value: String, expected: String) {
        #expect(CSVWriting.field(value, .neo4j) == expected)
    }

    @Test(
        "Line breaks: neo4j gets spaces, spreadsheets keep them quoted",
        arguments: [
            ("a\nb", "a b", "\"a\nb\""),
            ("a\r\nb", "a b", "\"a\r\nb\""),
            ("a\u{2028}b", "a b", "\"a\u{2028}b\""),
        ])
    func lineBreaks(value: String, neo4j: String, spreadsheet: String) {
        #expect(CSVWriting.field(value, .neo4j) == neo4j)
        #expect(CSVWriting.field(value, .spreadsheet) == spreadsheet)
    }

    @Test("Spreadsheet fields that start a formula get an apostrophe; neo4j fields do not")
    func formulas() {
        #expect(CSVWriting.field("=HYPERLINK(1)", .spreadsheet) == "'=HYPERLINK(1)")
        #expect(CSVWriting.field("=1,2", .spreadsheet) == #""'=1,2""#)
        #expect(CSVWriting.field("=1", .neo4j) == "=1")
    }

    @Test("Rows end with the dialect's line ending")
    func rows() {
        #expect(CSVWriting.row(["a", "b,c"], .spreadsheet) == "a,\"b,c\"\r\n")
        #expect(CSVWriting.row(["a", ""], .neo4j) == "a,\n")
    }
}
