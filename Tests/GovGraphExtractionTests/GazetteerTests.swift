import GovGraphModel
import Testing

@testable import GovGraphExtraction

struct GazetteerTests {
    /// A minimal valid entity file, so that error tests of other files do not hit `.empty`.
    static let states = GazetteerFile(name: "states.tsv", contents: "state:03\tNiedersachsen\n")

    @Test("Parses the test gazetteer")
    func parsesTestGazetteer() throws {
        let gazetteer = TestGazetteer.gazetteer
        #expect(gazetteer.entries.count == 17)
        #expect(gazetteer.givenNames["Claudia"] == "f")
        #expect(gazetteer.givenNames["Burkhard"] == "m")
        #expect(gazetteer.abbreviations == ["dr", "nr", "abs", "z", "b"])
        #expect(gazetteer.roles.rows.count == 10)
    }

    @Test("Entity lines: id, name, aliases, adjectives and keys")
    func entityColumns() throws {
        let file = GazetteerFile(
            name: "municipalities.tsv",
            contents: "# header\nmunicipality:14713000\t Leipzig \tStadt Leipzig | Messestadt\tLeipziger\tags=14713000; state = 14\n")
        let entry = try #require(try Gazetteer(files: [file]).entries.first)
        #expect(entry == GazetteerEntry(
            id: "municipality:14713000", type: .municipality, name: "Leipzig",
            aliases: ["Stadt Leipzig", "Messestadt"], adjectives: ["Leipziger"],
            keys: ["ags": "14713000", "state": "14"]))
        #expect(entry.info == EntityInfo(
            id: "municipality:14713000", name: "Leipzig", type: .municipality,
            keys: ["ags": "14713000", "state": "14"]))
    }

    @Test("Comments and blank lines are skipped; line numbers count every line")
    func dataLines() {
        let file = GazetteerFile(name: "x.tsv", contents: "# a\n\n  \t\nstate:03\tNiedersachsen\n# b\nstate:15\tSachsen-Anhalt")
        let lines = Gazetteer.dataLines(file)
        #expect(lines.map(\.0) == [4, 6])
        #expect(lines.map { String($0.1) } == ["state:03\tNiedersachsen", "state:15\tSachsen-Anhalt"])
    }

    @Test(
        "Malformed entity lines name file, line and reason",
        arguments: [
            (
                "# id\tname\nstate:03", 2,
                "expected \"id<TAB>name[<TAB>aliases[<TAB>adjectives[<TAB>keys]]]\", found 1 column"
            ),
            (
                "state:03\tNiedersachsen\t\t\t\textra", 1,
                "expected \"id<TAB>name[<TAB>aliases[<TAB>adjectives[<TAB>keys]]]\", found 6 columns"
            ),
            (
                "municipality:03241001\tHannover", 1,
                "id \"municipality:03241001\" must start with \"state:\" in a file of states"
            ),
            ("state:\tNiedersachsen", 1, "id \"state:\" must start with \"state:\" in a file of states"),
            ("state:03\t", 1, "the name of state:03 is empty"),
            ("\nstate:03\tNiedersachsen\t\t\tags", 2, "key \"ags\" of state:03 is not key=value"),
            ("state:03\tNiedersachsen\t\t\tags=03;=x", 1, "key \"=x\" of state:03 is not key=value"),
        ])
    func malformedEntityLine(contents: String, line: Int, reason: String) {
        let file = GazetteerFile(name: "states.tsv", contents: contents)
        #expect(throws: GazetteerError.malformedLine(file: "states.tsv", line: line, reason: reason)) {
            try Gazetteer(files: [file])
        }
    }

    @Test(
        "Malformed given-name lines",
        arguments: [
            ("Burkhard\tm\nBurkhard Jung\tm", 2, "expected \"name<TAB>gender\", found \"Burkhard Jung\tm\""),
            ("Anna\tf\tx", 1, "expected \"name<TAB>gender\", found \"Anna\tf\tx\""),
        ])
    func malformedGivenName(contents: String, line: Int, reason: String) {
        let file = GazetteerFile(name: "given-names.tsv", contents: contents)
        #expect(throws: GazetteerError.malformedLine(file: "given-names.tsv", line: line, reason: reason)) {
            try Gazetteer(files: [Self.states, file])
        }
    }

    @Test("A given name without gender is 'u'")
    func givenNameGender() throws {
        let file = GazetteerFile(name: "given-names.tsv", contents: "Kim\nKatja\tf\n")
        let gazetteer = try Gazetteer(files: [Self.states, file])
        #expect(gazetteer.givenNames == ["Kim": "u", "Katja": "f"])
    }

    @Test(
        "Malformed role lines",
        arguments: [
            (
                "Präsident\tPräsidentin\t\tsuffix", 1,
                "expected \"masculine<TAB>feminine<TAB>key<TAB>suffix|exact<TAB>scope\", found 4 columns"
            ),
            (
                "\tPräsidentin\t\tsuffix\torganization", 1,
                "expected \"masculine<TAB>feminine<TAB>key<TAB>suffix|exact<TAB>scope\", found 5 columns"
            ),
            ("# c\nPräsident\tPräsidentin\t\tprefix\torganization", 2, "match must be \"suffix\" or \"exact\", found \"prefix\""),
            ("Präsident\tPräsidentin\t\tsuffix\torganization|city", 1, "unknown entity type \"city\" in the scope of Präsident"),
        ])
    func malformedRole(contents: String, line: Int, reason: String) {
        let file = GazetteerFile(name: "roles.tsv", contents: contents)
        #expect(throws: GazetteerError.malformedLine(file: "roles.tsv", line: line, reason: reason)) {
            try Gazetteer(files: [Self.states, file])
        }
    }

    @Test("The same id twice, in one file or across files")
    func duplicateIDs() {
        let twice = GazetteerFile(name: "states.tsv", contents: "state:03\tNiedersachsen\n# c\nstate:03\tLand Niedersachsen\n")
        #expect(throws: GazetteerError.duplicateID(file: "states.tsv", line: 3, id: "state:03")) {
            try Gazetteer(files: [twice])
        }
        // Files are read in name order, so the second file in that order is blamed.
        let other = GazetteerFile(name: "more-states.tsv", contents: "state:03\tNiedersachsen\n")
        #expect(throws: GazetteerError.duplicateID(file: "states.tsv", line: 1, id: "state:03")) {
            try Gazetteer(files: [Self.states, other])
        }
    }

    @Test("A .tsv file whose name says no type is an error; other files are ignored")
    func unknownFile() throws {
        let file = GazetteerFile(name: "things.tsv", contents: "thing:1\tDing\n")
        #expect(throws: GazetteerError.unknownFile(file: "things.tsv")) {
            try Gazetteer(files: [Self.states, file])
        }
        let notes = GazetteerFile(name: "README.md", contents: "# Notes\n")
        #expect(try Gazetteer(files: [Self.states, notes]).entries.count == 1)
    }

    @Test("Without entity files the gazetteer is empty")
    func empty() {
        #expect(throws: GazetteerError.empty) { try Gazetteer(files: []) }
        #expect(throws: GazetteerError.empty) { try Gazetteer(files: [TestGazetteer.givenNames, TestGazetteer.roles]) }
    }

    @Test(
        "The entity type comes from the file name",
        arguments: [
            ("municipalities.tsv", EntityType.municipality as EntityType?),
            ("districts.tsv", .district),
            ("states.tsv", .state),
            ("countries.tsv", .country),
            ("organizations.tsv", .organization),
            ("local-organizations.tsv", .organization),
            ("my_laws.tsv", .law),
            ("persons.tsv", .person),
            ("cities.tsv", nil),
            ("organization.tsv", nil),
        ])
    func entityType(file: String, expected: EntityType?) {
        #expect(Gazetteer.entityType(ofFile: file) == expected)
    }

    @Test("Entries of a prefixed file get the type of its suffix")
    func prefixedFile() throws {
        let file = GazetteerFile(name: "local-organizations.tsv", contents: "organization:kdn\tKommunaler IT-Dienstleister\n")
        #expect(try Gazetteer(files: [file]).entries.map(\.type) == [.organization])
    }

    @Test(
        "Abbreviations keep each word that ends in a full stop, lower-cased, without it",
        arguments: [
            ("Dr.", ["dr"]),
            ("z. B.", ["z", "b"]),
            ("o. Ä.", ["o", "ä"]),
            ("Bzw. bzw.", ["bzw"]),
            ("u.a.", ["a"]),
            ("# Kommentar.\n\nMio.", ["mio"]),
            ("ohne Punkt", []),
        ] as [(String, Set<String>)])
    func abbreviations(contents: String, expected: Set<String>) {
        #expect(Gazetteer.parseAbbreviations(GazetteerFile(name: "abbreviations.txt", contents: contents)) == expected)
    }

    @Test("Error descriptions name file and line")
    func descriptions() {
        #expect(GazetteerError.malformedLine(file: "states.tsv", line: 4, reason: "x").description == "states.tsv:4: x")
        #expect(
            GazetteerError.duplicateID(file: "a.tsv", line: 2, id: "state:03").description
                == "a.tsv:2: the id \"state:03\" is used twice; ids must be unique across the gazetteer")
        #expect(GazetteerError.unknownFile(file: "x.tsv").description.hasPrefix("x.tsv: unknown gazetteer file"))
    }
}

extension GazetteerTests {
    @Test("CRLF line ends are read like LF line ends")
    func crlfGazetteerFile() throws {
        let file = GazetteerFile(name: "states.tsv", contents: "# id\tname\r\nstate:03\tNiedersachsen\r\nstate:15\tSachsen-Anhalt\r\n")
        let gazetteer = try Gazetteer(files: [file])
        #expect(gazetteer.entries.map(\.name) == ["Niedersachsen", "Sachsen-Anhalt"])
        #expect(Gazetteer.dataLines(file).map(\.0) == [2, 3])
    }

}
