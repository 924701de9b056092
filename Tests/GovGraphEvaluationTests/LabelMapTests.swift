import GovGraphEvaluation
import GovGraphModel
import Testing

struct LabelMapTests {
    @Test(
        "Maps read from commas or lines, with comments",
        arguments: [
            "GS=law,ST=municipality,LD=state|country",
            "# LER\nGS=law\nST=municipality\n\nLD=state | country\n",
        ])
    func parse(text: String) throws {
        let map = try LabelMap(parsing: text)
        #expect(map.labels == ["GS", "ST", "LD"])
        #expect(map.types(for: "LD") == [.state, .country])
        #expect(map.types(for: "LDderiv") == [])
        #expect(map.labels(for: .country) == ["LD"])
        #expect(map.mappedTypes == [.law, .municipality, .state, .country])
    }

    @Test("The presets")
    func presets() throws {
        let ler = try #require(LabelMap.preset("ler"))
        #expect(ler.labels == ["GS", "VO", "EUN", "INN", "GRT", "ORG", "ST", "LD", "PER"])
        #expect(ler.labels(for: .organization) == ["INN", "GRT", "ORG"])
        let germeval = try #require(LabelMap.preset("germeval"))
        #expect(germeval.types(for: "LOC") == [.municipality, .district, .state, .country, .location])
        #expect(!germeval.mappedTypes.contains(.law))
        #expect(LabelMap.preset("conll") == nil)
    }

    @Test(
        "Errors name the entry",
        arguments: [
            ("PER", EvaluationError.malformedLabelMap(entry: "PER")),
            ("PER=", .malformedLabelMap(entry: "PER=")),
            ("=person", .malformedLabelMap(entry: "=person")),
            ("LOC=city", .unknownLabelType("city", entry: "LOC=city")),
            ("PER=person,LOC=municipality||state", .malformedLabelMap(entry: "LOC=municipality||state")),
            (" , ", .malformedLabelMap(entry: " , ")),
        ])
    func errors(text: String, expected: EvaluationError) {
        #expect(throws: expected) { try LabelMap(parsing: text) }
    }
}
