import Testing

@testable import GovGraphStore

@Suite("Folding and inflection")
struct SearchTextTests {
    @Test(
        "Folding",
        arguments: [
            ("Deutscher Städtetag", "deutscher staedtetag"),
            ("STRASSE  und   Straße", "strasse und strasse"),
            ("Baden-Württemberg", "baden-wuerttemberg"),
            ("  Café Größe ", "cafe groesse"),
            ("A\u{0308}mter", "aemter"),  // decomposed Ä
        ])
    func fold(text: String, expected: String) {
        #expect(SearchText.fold(text) == expected)
    }

    @Test(
        "Inflected forms of one word",
        arguments: [
            ("staedtetags", "staedtetag", true),
            ("staedtetages", "staedtetag", true),
            ("deutschen", "deutscher", true),
            ("deutschem", "deutsche", true),
            ("landkreises", "landkreis", true),
            ("sachsens", "sachsen", true),
            ("ulms", "ulm", true),
            ("jung", "jung", true),
            ("leipzig", "dresden", false),
            ("amt", "amtes", true),
            ("am", "an", false),  // bases shorter than three letters do not count
            ("staedtetagung", "staedtetag", false),
        ])
    func inflection(word: String, other: String, expected: Bool) {
        #expect(SearchText.isInflection(word, of: other) == expected)
        #expect(SearchText.isInflection(other, of: word) == expected)
    }

    @Test(
        "Match tiers",
        arguments: [
            ("deutscher staedtetag", true, "deutscher staedtetag", SearchText.Tier.exactName),
            ("deutschen staedtetag", false, "deutschen staedtetag", .exactMention),
            ("deutscher staedtetag", true, "deutschen staedtetags", .inflectedExact),
            ("deutscher staedtetag", true, "deutscher st", .prefix),
            ("deutscher staedtetag", true, "staedtetag", .substring),
            ("deutscher staedtetag", true, "staedtetags", .inflectedPartial),
            ("deutscher staedtetag", true, "deutsch staedt", .inflectedPartial),
            ("deutscher staedtetag", true, "hamburg", nil),
        ])
    func tier(text: String, isName: Bool, query: String, expected: SearchText.Tier?) {
        #expect(SearchText.tier(of: text, isName: isName, query: query) == expected)
    }

    @Test(
        "Every match contains the required fragment of every query word",
        arguments: [
            ("staedtetags", "staedtetag"),
            ("deutschen", "deutsch"),
            ("ulm", "ulm"),
            ("am", "am"),
        ])
    func requiredFragment(word: String, expected: String) {
        #expect(SearchText.requiredFragment(of: word) == expected)
    }

    @Test("LIKE patterns escape wildcards")
    func likePattern() {
        #expect(SearchText.containsPattern(#"50%_a\b"#) == #"%50\%\_a\\b%"#)
    }
}
