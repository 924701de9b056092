import GovGraphEvaluation
import Testing

struct EvaluationErrorTests {
    @Test(
        "Messages name the value and where it was found",
        arguments: [
            (EvaluationError.emptyGold, "the gold file holds no annotation"),
            (.invalidGold(line: 3, reason: "not valid JSON"), "gold line 3: not valid JSON"),
            (.invalidGold(line: nil, reason: "missing field \"entities\""), "gold: missing field \"entities\""),
            (.unknownEntityType("city", entity: "Kiel"),
             "gold entity \"Kiel\": unknown type \"city\" (expected one of person, municipality, district, state, country, organization, law)"),
            (.unmatchedGold(id: "rathaus", files: ["a.txt"]),
             "gold article \"rathaus\" matches none of the text files (a.txt); its id must be a file name, with or without the extension"),
            (.malformedCoNLL(line: 7, expected: "token<space>tag", found: "Kiel"),
             "CoNLL line 7: expected token<space>tag, found \"Kiel\""),
            (.malformedTag(line: 2, tag: "S-LOC"), "CoNLL line 2: expected a tag O, B-LABEL or I-LABEL, found \"S-LOC\""),
            (.malformedLabelMap(entry: "PER"), "label map: expected LABEL=type or LABEL=type|type, found \"PER\""),
            (.unknownLabelType("city", entry: "LOC=city"),
             "label map entry \"LOC=city\": unknown type \"city\" (expected one of person, municipality, district, state, country, organization, law)"),
        ])
    func message(error: EvaluationError, expected: String) {
        #expect(error.description == expected)
    }

    @Test("Long values are clipped to keep the message on one short line")
    func clipped() {
        let message = EvaluationError.malformedCoNLL(line: 1, expected: "x", found: String(repeating: "a", count: 500)).description
        #expect(message.count < 120)
        #expect(message.hasSuffix("…\""))
    }
}
