import Testing

@testable import GovGraphExtraction

struct InflectionTests {
    static func variants(_ form: String) -> [String] {
        let (texts, kinds) = CompiledGazetteer.split(form)
        return Inflection.variants(of: texts, kinds: kinds).map { $0.joined(separator: " ") }
    }

    @Test(
        "Names take genitive and weak adjective forms",
        arguments: [
            ("Deutscher Städtetag", "Deutschen Städtetags"),
            ("Deutscher Städtetag", "Deutschen Städtetages"),
            ("Deutscher Städtetag", "Deutsche Städtetag"),
            ("Deutscher Städtetag", "Deutschen Städtetag"),
            ("Deutscher Städtetag", "Deutscher Städtetag"),
            ("Lüneburg", "Lüneburgs"),
            ("Land Berlin", "Landes Berlin"),
            ("Frankfurt am Main", "Frankfurts am Main"),
            ("Landkreis Leipzig", "Landkreises Leipzig"),
            ("Onlinezugangsgesetz", "Onlinezugangsgesetzes"),
            ("Gemeinde- und Städtebund Rheinland-Pfalz", "Gemeinde - und Städtebundes Rheinland - Pfalz"),
        ])
    func generates(form: String, variant: String) {
        #expect(Self.variants(form).contains(variant))
    }

    @Test("A truncated compound before und does not inflect; the noun after it is the head")
    func truncatedCompound() {
        let variants = Self.variants("Gemeinde- und Städtebund Thüringen")
        #expect(variants.contains("Gemeinde - und Städtebundes Thüringen"))
        #expect(!variants.contains { $0.hasPrefix("Gemeindes") })
    }

    @Test("Every variant of \"Deutscher Städtetag\"")
    func allVariants() {
        let adjectives = ["Deutscher", "Deutschers", "Deutscheres", "Deutsches", "Deutschen", "Deutschem", "Deutsche"]
        let nouns = ["Städtetag", "Städtetags", "Städtetages"]
        #expect(Self.variants("Deutscher Städtetag") == adjectives.flatMap { a in nouns.map { "\(a) \($0)" } })
    }

    @Test(
        "Abbreviations and function words do not inflect",
        arguments: [
            ("OZG", ["OZG"]),
            ("DST", ["DST"]),
            ("ITZBund", ["ITZBund"]),
        ])
    func invariant(form: String, expected: [String]) {
        #expect(Self.variants(form) == expected)
    }

    @Test("Function words inside a name keep their form")
    func functionWords() {
        #expect(Self.variants("Frankfurt am Main").allSatisfy { $0.split(separator: " ")[1] == "am" })
    }

    @Test(
        "Noun forms",
        arguments: [
            ("Städtetag", ["Städtetags", "Städtetages"]),
            ("Lüneburg", ["Lüneburgs", "Lüneburges"]),
            ("Hochschule", ["Hochschules"]),
            ("Bremen", ["Bremens", "Bremenes"]),
            ("Hamburg", ["Hamburgs", "Hamburges"]),
            ("Bayern", ["Bayerns", "Bayernes"]),
            ("Ostholstein", ["Ostholsteins", "Ostholsteines"]),
            ("Landkreis", ["Landkreises"]),
            ("Onlinezugangsgesetz", ["Onlinezugangsgesetzes"]),
        ])
    func nounForms(word: String, expected: [String]) {
        #expect(Inflection.nounForms(word) == expected)
    }

    @Test(
        "Adjective stems",
        arguments: [
            ("Deutscher", "Deutsch" as String?),
            ("digitale", "digital"),
            ("Bayerisches", "Bayerisch"),
            ("Land", nil),
            ("Leipzig", nil),
        ])
    func adjectiveStem(word: String, expected: String?) {
        #expect(Inflection.adjectiveStem(word) == expected)
    }

    @Test(
        "Adjective variants: lower-case stems take the endings, place adjectives do not inflect",
        arguments: [
            ("niedersächsisch", ["niedersächsischer", "niedersächsisches", "niedersächsischen", "niedersächsischem", "niedersächsische"]),
            ("Leipziger", ["Leipziger"]),
            ("sachsen-anhaltisch", ["sachsen-anhaltischer", "sachsen-anhaltisches", "sachsen-anhaltischen", "sachsen-anhaltischem", "sachsen-anhaltische"]),
        ])
    func adjectiveVariants(form: String, expected: [String]) {
        let (texts, kinds) = CompiledGazetteer.split(form)
        #expect(Inflection.adjectiveVariants(of: texts, kinds: kinds).map { $0.joined() } == expected)
    }

    @Test(
        "Abbreviations have two or more capitals",
        arguments: [("OZG", true), ("GovTech", true), ("ITZBund", true), ("Leipzig", false), ("ozg", false), ("A", false)])
    func isAbbreviation(word: String, expected: Bool) {
        #expect(Inflection.isAbbreviation(word) == expected)
    }

    @Test("Variants are capped")
    func cap() {
        let long = "Gesetz über die Digitalisierung kommunaler Verwaltungsleistungen und ergänzender digitaler Angebote"
        #expect(Self.variants(long).count <= Inflection.maximumVariants)
    }

    @Test("uniqued keeps the first of each element, in order")
    func uniqued() {
        #expect([3, 1, 3, 2, 1].uniqued() == [3, 1, 2])
    }
}
