import GovGraphModel
import Testing

@testable import GovGraphExtraction

struct GazetteerCheckTests {
    @Test("Every malformed line is reported, not only the first, with file and line")
    func allErrors() {
        let issues = Gazetteer.check([
            GazetteerFile(name: "states.tsv", contents: "# id\tname\nstate:14\tSachsen\nSachsen-Anhalt\nland:15\tSachsen-Anhalt\n"),
            GazetteerFile(name: "roles.tsv", contents: "OB\tOB\toberbürgermeister\twhole\tmunicipality\n"),
            GazetteerFile(name: "given-names.tsv", contents: "Anna\tx\n"),
        ])
        #expect(issues.filter { $0.severity == .error }.map(\.message) == [
            "given-names.tsv:1: gender of Anna must be m, f or u, found \"x\"",
            "roles.tsv:1: match must be \"suffix\" or \"exact\", found \"whole\"",
            "states.tsv:3: expected \"id<TAB>name[<TAB>aliases[<TAB>adjectives[<TAB>keys]]]\", found 1 column",
            "states.tsv:4: id \"land:15\" must start with \"state:\" in a file of states",
        ])
        #expect(issues.allSatisfy { $0.file != nil })
    }

    @Test("Duplicate ids are errors that say where the first one is")
    func duplicates() {
        let issues = Gazetteer.check([
            GazetteerFile(name: "states.tsv", contents: "state:14\tSachsen\n"),
            GazetteerFile(name: "more-states.tsv", contents: "state:14\tFreistaat Sachsen\n"),
        ])
        #expect(issues.map(\.description) == [
            "error: states.tsv:1: the id \"state:14\" is used twice; ids must be unique across the gazetteer (first at more-states.tsv:1)"
        ])
    }

    @Test("Forms shared across kinds and across places are warnings")
    func sharedForms() {
        let issues = Gazetteer.check([
            GazetteerFile(name: "states.tsv", contents: "state:11\tBerlin\tLand Berlin\n"),
            GazetteerFile(name: "municipalities.tsv", contents: """
                municipality:11000000\tBerlin
                municipality:07316000\tNeustadt an der Weinstraße\tNeustadt
                municipality:06534016\tNeustadt (Hessen)\tNeustadt
                """),
        ])
        #expect(issues.map(\.description) == [
            "warning: \"berlin\" names entities of different kinds: municipality:11000000, state:11",
            "warning: \"neustadt\" is a form of 2 municipalities: municipality:06534016, municipality:07316000",
        ])
    }

    @Test("An empty set of files is an error; statistics count every kind")
    func emptyAndStatistics() throws {
        #expect(Gazetteer.check([]).map(\.description) == ["error: " + GazetteerError.empty.description])
        let gazetteer = try Gazetteer(files: [
            GazetteerFile(name: "states.tsv", contents: "state:14\tSachsen\n"),
            GazetteerFile(name: "given-names.tsv", contents: "Anna\tf\nPaul\tm\n"),
        ])
        #expect(gazetteer.statistics == [
            "municipality": 0, "district": 0, "state": 1, "country": 0, "organization": 0, "law": 0, "location": 0,
            "role": 0, "given_name": 2, "surname": 0,
        ])
    }
}
