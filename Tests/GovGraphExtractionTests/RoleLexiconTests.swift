import GovGraphModel
import Testing

@testable import GovGraphExtraction

struct RoleLexiconTests {
    let roles = TestGazetteer.gazetteer.roles

    @Test(
        "Reads role nouns: written form in nominative singular, folded key",
        arguments: [
            ("Präsident", "Präsident", "präsident"),
            ("Präsidentin", "Präsidentin", "präsident"),
            ("Präsidenten", "Präsident", "präsident"),
            ("Präsidentinnen", "Präsidentin", "präsident"),
            ("Vizepräsidentin", "Vizepräsidentin", "vizepräsident"),
            ("Staatsministern", "Staatsminister", "staatsminister"),
            ("Digitalministerin", "Digitalministerin", "digitalminister"),
            ("Oberbürgermeisterin", "Oberbürgermeisterin", "oberbürgermeister"),
            ("Bürgermeistern", "Bürgermeister", "bürgermeister"),
            ("OB", "OB", "oberbürgermeister"),
            ("Landrätin", "Landrätin", "landrat"),
            ("Sprecherin", "Sprecherin", "sprecher"),
        ])
    func match(word: String, written: String, key: String) throws {
        let token = try #require(Tokenizer.tokenize(word).first)
        let match = try #require(roles.match(token))
        #expect(match.written == written)
        #expect(match.key == key)
    }

    @Test(
        "Not role nouns",
        arguments: [
            "präsident",  // role nouns are capitalised
            "Exminister",  // a compound prefix needs three letters
            "Pressesprecher",  // "exact" roles do not end compounds
            "Landratsamt",
            "Leipzig",
            "2022",
        ])
    func noMatch(word: String) throws {
        let token = try #require(Tokenizer.tokenize(word).first)
        #expect(roles.match(token) == nil)
    }

    @Test(
        "Roles of several words end at their last word; a single word is matched by itself",
        arguments: [
            ("Sie ist Chief Digital Officer des Landes", "Officer", "Chief Digital Officer", "cdo", "Chief"),
            ("Sie ist chief Digital Officer", "Officer", nil, nil, nil),  // every word capitalised
            ("Sie ist Digital Officer", "Officer", nil, nil, nil),  // the whole phrase or nothing
            ("Die Präsidentin sprach", "Präsidentin", "Präsidentin", "präsident", "Präsidentin"),
        ] as [(String, String, String?, String?, String?)])
    func phrase(text: String, last: String, written: String?, key: String?, first: String?) throws {
        let tokens = Tokenizer.tokenize(text)
        let end = try #require(tokens.firstIndex { $0.text == last })
        let found = roles.match(tokens, endingAt: end)
        #expect(found?.match.written == written)
        #expect(found?.match.key == key)
        #expect(found.map { tokens[$0.start].text } == first)
    }

    @Test("A role of several words does not reach before the sentence")
    func phraseLower() throws {
        let tokens = Tokenizer.tokenize("Chief Digital Officer")
        #expect(roles.match(tokens, endingAt: 2, lower: 1) == nil)
        #expect(roles.match(tokens, endingAt: 2, lower: 0)?.start == 0)
    }

    @Test(
        "Scope: the entity types a role can be held in",
        arguments: [
            ("OB", [EntityType.municipality]),
            ("Oberbürgermeisterin", [.municipality]),
            ("Bürgermeister", [.municipality, .state]),
            ("Landrat", [.district]),
            ("Digitalminister", [.state, .country, .organization]),
        ] as [(String, Set<EntityType>)])
    func scope(word: String, expected: Set<EntityType>) throws {
        let token = try #require(Tokenizer.tokenize(word).first)
        #expect(roles.match(token)?.scope == expected)
    }

    @Test("Rows: an empty key is the masculine form in lower case, an empty feminine is nil")
    func parseRows() throws {
        let file = GazetteerFile(
            name: "roles.tsv",
            contents: "# header\nPräsident\tPräsidentin\t\tsuffix\torganization|state\nStadtoberhaupt\t\toberbürgermeister\texact\tmunicipality\n")
        let rows = try RoleLexicon.parse(file)
        #expect(rows == [
            RoleLexicon.Row(
                masculine: "Präsident", feminine: "Präsidentin", key: "präsident", matchesCompounds: true,
                scope: [.organization, .state], primaryScope: .organization),
            RoleLexicon.Row(
                masculine: "Stadtoberhaupt", feminine: nil, key: "oberbürgermeister", matchesCompounds: false,
                scope: [.municipality], primaryScope: .municipality),
        ])
    }

    @Test("An empty lexicon matches nothing")
    func empty() throws {
        let token = try #require(Tokenizer.tokenize("Präsident").first)
        #expect(RoleLexicon(rows: []).match(token) == nil)
    }
}
