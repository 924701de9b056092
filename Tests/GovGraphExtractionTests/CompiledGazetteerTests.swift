import GovGraphModel
import Testing

@testable import GovGraphExtraction

struct CompiledGazetteerTests {
    let compiled = TestGazetteer.compiled

    @Test("Forms are 'form<TAB>id' lines, sorted and without repeats")
    func sortedAndUnique() {
        let forms = compiled.forms()
        #expect(forms == forms.sorted())
        #expect(forms == forms.uniqued())
        #expect(forms.allSatisfy { $0.split(separator: "\t").count == 2 })
    }

    @Test(
        "Forms list names, aliases and their inflections with the spacing of the original",
        arguments: [
            "Deutschen Städtetags\torganization:deutscher-staedtetag",
            "DST\torganization:deutscher-staedtetag",
            "OZG\tlaw:ozg",
            "Onlinezugangsgesetz\tlaw:ozg",
            "Frankfurt am Main\tmunicipality:06412000",
            "Frankfurt\tmunicipality:06412000",
            "Sachsen-Anhalts\tstate:15",
            "Landes Berlin\tstate:11",
            "Berlin\tmunicipality:11000000",
            "Berlin\tstate:11",
            "Lüneburgs\tmunicipality:03355022",
        ])
    func listed(line: String) {
        #expect(compiled.forms().contains(line))
    }

    @Test(
        "Adjectives and inflected abbreviations are not listed",
        arguments: [
            "Leipziger\tmunicipality:14713000",
            "niedersächsische\tstate:03",
            "OZGs\tlaw:ozg",
            "Sachsen - Anhalt\tstate:15",
        ])
    func notListed(line: String) {
        #expect(!compiled.forms().contains(line))
    }

    @Test("Every form of the Deutscher Städtetag")
    func staedtetagForms() {
        let lines = compiled.forms().filter { $0.hasSuffix("\torganization:deutscher-staedtetag") }
        #expect(lines.count == 22)  // 7 × 3 inflections of the name, and DST
    }

    @Test("Form count includes adjectival forms")
    func formCount() {
        #expect(compiled.formCount > compiled.forms().count)
    }

    @Test("Entries by id")
    func entryLookup() {
        #expect(compiled.entry(TestGazetteer.landBerlin)?.name == "Berlin")
        #expect(compiled.entry(TestGazetteer.landBerlin)?.type == .state)
        #expect(compiled.entry(TestGazetteer.ozg)?.aliases == ["OZG"])
        #expect(compiled.entry("state:99") == nil)
    }

    @Test(
        "Case rules of a form",
        arguments: [
            ("Deutscher Städtetag", [PhraseMatcher.CaseRule.capitalized, .capitalized]),
            ("Frankfurt am Main", [.capitalized, .any, .capitalized]),
            ("OZG", [.exact("OZG")]),
            ("Sachsen-Anhalt", [.capitalized, .any, .capitalized]),
        ])
    func rules(form: String, expected: [PhraseMatcher.CaseRule]) {
        let (texts, kinds) = CompiledGazetteer.split(form)
        #expect(CompiledGazetteer.rules(for: texts, kinds: kinds) == expected)
    }
}
