import GovGraphModel
import Testing

@testable import GovGraphExtraction

struct RoleRelationRuleTests {
    static let jung: EntityID = "person:burkhard-jung"
    static let kalisch: EntityID = "person:claudia-kalisch"

    static func roles(_ document: Document) -> [String] {
        RoleRelationRule(roles: TestGazetteer.gazetteer.roles).relations(in: document).map(\.summary)
    }

    // MARK: Hand-built documents (spans set by hand)

    @Test("Apposition with a coordination gives two relations")
    func apposition() {
        let document = Document.fixture(
            "Burkhard Jung, Präsident des Deutschen Städtetages und OB von Leipzig, sprach.",
            mentions: [
                .init("Burkhard Jung", Self.jung),
                .init("Deutschen Städtetages", TestGazetteer.staedtetag),
                .init("Leipzig", TestGazetteer.leipzig),
            ])
        #expect(Self.roles(document) == [
            "person:burkhard-jung Präsident/präsident organization:deutscher-staedtetag",
            "person:burkhard-jung OB/oberbürgermeister municipality:14713000",
        ])
    }

    @Test("Possessive place before the role")
    func possessive() {
        let document = Document.fixture(
            "Lüneburgs Oberbürgermeisterin Claudia Kalisch eröffnete.",
            mentions: [.init("Lüneburgs", TestGazetteer.lueneburg), .init("Claudia Kalisch", Self.kalisch)])
        #expect(Self.roles(document) == [
            "person:claudia-kalisch Oberbürgermeisterin/oberbürgermeister municipality:03355022"
        ])
    }

    @Test("A bare name before the role is no possessive")
    func notPossessive() {
        let document = Document.fixture(
            "In Lüneburg Oberbürgermeisterin Claudia Kalisch zu treffen, freute ihn.",
            mentions: [.init("Lüneburg", TestGazetteer.lueneburg), .init("Claudia Kalisch", Self.kalisch)])
        #expect(Self.roles(document) == [])
    }

    @Test("Copula: 'X ist die neue Vizepräsidentin des Y'")
    func copula() {
        let document = Document.fixture(
            "Claudia Kalisch ist die neue Vizepräsidentin des Deutschen Städtetags.",
            mentions: [.init("Claudia Kalisch", Self.kalisch), .init("Deutschen Städtetags", TestGazetteer.staedtetag)])
        #expect(Self.roles(document) == [
            "person:claudia-kalisch Vizepräsidentin/vizepräsident organization:deutscher-staedtetag"
        ])
    }

    @Test("Adjectival place before the role")
    func adjective() {
        let document = Document.fixture(
            "Der Leipziger Oberbürgermeister Burkhard Jung sprach.",
            mentions: [.init("Leipziger", TestGazetteer.leipzig, origin: .adjective), .init("Burkhard Jung", Self.jung)])
        #expect(Self.roles(document) == [
            "person:burkhard-jung Oberbürgermeister/oberbürgermeister municipality:14713000"
        ])
    }

    @Test("The holder after the object: 'der Präsident des Y, X'")
    func holderAfterObject() {
        let document = Document.fixture(
            "Der Präsident des Deutschen Städtetags, Burkhard Jung, lobte.",
            mentions: [.init("Deutschen Städtetags", TestGazetteer.staedtetag), .init("Burkhard Jung", Self.jung)])
        #expect(Self.roles(document) == [
            "person:burkhard-jung Präsident/präsident organization:deutscher-staedtetag"
        ])
    }

    @Test("'OB der Stadt Leipzig' skips the place designator")
    func placeDesignator() {
        let document = Document.fixture(
            "Burkhard Jung, OB der Stadt Leipzig, sprach.",
            mentions: [.init("Burkhard Jung", Self.jung), .init("Leipzig", TestGazetteer.leipzig)])
        #expect(Self.roles(document) == ["person:burkhard-jung OB/oberbürgermeister municipality:14713000"])
    }

    @Test("A compound with the organization: 'DLT-Präsident X'")
    func compoundObject() {
        let document = Document.fixture(
            "DLT-Präsident Karsten Schulze sprach.",
            mentions: [
                .init("DLT", TestGazetteer.landkreistag, origin: .abbreviation),
                .init("Karsten Schulze", "person:karsten-schulze"),
            ])
        #expect(Self.roles(document) == [
            "person:karsten-schulze Präsident/präsident organization:deutscher-landkreistag"
        ])
    }

    @Test("Coordinated holders each get the relation; the role is written in nominative singular")
    func coordinatedHolders() {
        let document = Document.fixture(
            "Mit Niedersachsens Staatsministern Behrens und Lies sprach sie.",
            mentions: [
                .init("Niedersachsens", TestGazetteer.niedersachsen),
                .init("Behrens", "person:behrens", origin: .surname),
                .init("Lies", "person:lies", origin: .surname),
            ])
        #expect(Self.roles(document) == [
            "person:behrens Staatsminister/staatsminister state:03",
            "person:lies Staatsminister/staatsminister state:03",
        ])
    }

    static let statusCases: [(String, RoleStatus)] = [
        ("Die frühere Präsidentin des Deutschen Städtetags, Claudia Kalisch, sprach.", .former),
        ("Die ehemalige Präsidentin des Deutschen Städtetags, Claudia Kalisch, sprach.", .former),
        ("Claudia Kalisch wurde zur Präsidentin des Deutschen Städtetags gewählt.", .new),
        ("Die neue Präsidentin des Deutschen Städtetags, Claudia Kalisch, sprach.", .new),
        ("Die Präsidentin des Deutschen Städtetags, Claudia Kalisch, sprach.", .current),
    ]

    @Test("Former roles are kept as former, roles someone is elected to as new", arguments: statusCases)
    func status(text: String, status: RoleStatus) {
        let person = FixtureMention("Claudia Kalisch", Self.kalisch)
        let body = FixtureMention("Deutschen Städtetags", TestGazetteer.staedtetag)
        let mentions: [FixtureMention] = text.hasPrefix("Claudia") ? [person, body] : [body, person]
        let document = Document.fixture(text, mentions: mentions)
        let relations = RoleRelationRule(roles: TestGazetteer.gazetteer.roles).relations(in: document)
        let summaries: [String] = relations.map(\.summary)
        #expect(summaries == ["person:claudia-kalisch Präsidentin/präsident organization:deutscher-staedtetag"])
        let statuses: [RoleStatus] = relations.compactMap(\.status)
        #expect(statuses == [status])
    }

    @Test("Not elected to a role gives nothing")
    func notElected() {
        let text = "Claudia Kalisch wurde nicht erneut zur Präsidentin des Deutschen Städtetags gewählt."
        let mentions = [FixtureMention("Claudia Kalisch", Self.kalisch), FixtureMention("Deutschen Städtetags", TestGazetteer.staedtetag)]
        let document = Document.fixture(text, mentions: mentions)
        #expect(Self.roles(document).isEmpty)
    }

    @Test(
        "The object must be in the role's scope",
        arguments: [
            // An Oberbürgermeister is a municipality's, a Landrat a district's.
            ("Niedersachsens Oberbürgermeister Burkhard Jung sprach.", "Niedersachsens", TestGazetteer.niedersachsen),
            ("Leipzigs Landrat Burkhard Jung sprach.", "Leipzigs", TestGazetteer.leipzig),
            ("Der OB des Deutschen Städtetags, Burkhard Jung, sprach.", "Deutschen Städtetags", TestGazetteer.staedtetag),
            ("Die Oberbürgermeisterin des Landes Berlin, Burkhard Jung, sprach.", "Landes Berlin", TestGazetteer.landBerlin),
        ])
    func scope(text: String, place: String, id: EntityID) {
        let mentions: [FixtureMention] =
            text.firstRange(of: "Burkhard")!.lowerBound < text.firstRange(of: place)!.lowerBound
            ? [.init("Burkhard Jung", Self.jung), .init(place, id)]
            : [.init(place, id), .init("Burkhard Jung", Self.jung)]
        #expect(Self.roles(Document.fixture(text, mentions: mentions)) == [])
    }

    @Test("A role without a named organization or place is no relation")
    func noObject() {
        let document = Document.fixture(
            "Staatsminister Mehring sprach in der Stadt.", mentions: [.init("Mehring", "person:mehring", origin: .surname)])
        #expect(Self.roles(document) == [])
    }

    @Test("The relation carries the sentence as evidence and the article's date")
    func evidenceAndDate() throws {
        let text = "Leipzig digital\n[12.05.2023] Auftakt. Leipzigs Oberbürgermeister Burkhard Jung sprach."
        let document = Document.fixture(
            text, mentions: [.init("Leipzigs", TestGazetteer.leipzig), .init("Burkhard Jung", Self.jung)])
        let relation = try #require(RoleRelationRule(roles: TestGazetteer.gazetteer.roles).relations(in: document).first)
        #expect(relation.date == "2023-05-12")
        #expect(relation.evidence.text == "Leipzigs Oberbürgermeister Burkhard Jung sprach.")
        #expect(relation.evidence.start == document.range(of: "Leipzigs")?.lowerBound)
        #expect(relation.evidence.end == document.scalars.count)
        #expect(relation.predicate == .holdsRole)
    }

    // MARK: Through the recognisers

    @Test("The place a title leads with is the object of a role without one")
    func titleLead() {
        let text = """
            Sachsen-Anhalt: Serviceagentur startet
            [01.11.2019] Digitalministerin Lydia Hüskens kündigte den Start an.
            """
        let document = Document.prepared(text, through: .link)
        #expect(Self.roles(document) == [
            "person:lydia-hueskens Digitalministerin/digitalminister state:15"
        ])
    }

    @Test("A title lead out of the role's scope is not used")
    func titleLeadScope() {
        let text = """
            Sachsen-Anhalt: Serviceagentur startet
            [01.11.2019] Oberbürgermeisterin Claudia Kalisch kündigte den Start an.
            """
        #expect(Self.roles(Document.prepared(text, through: .link)) == [])
    }

    @Test(
        "End to end over the recognisers",
        arguments: [
            (
                "Leipzigs Oberbürgermeister Burkhard Jung sprach.",
                ["person:burkhard-jung Oberbürgermeister/oberbürgermeister municipality:14713000"]
            ),
            (
                "Niedersachsens Digitalministerin Daniela Behrens sprach.",
                ["person:daniela-behrens Digitalministerin/digitalminister state:03"]
            ),
            (
                "Die niedersächsische Digitalministerin Daniela Behrens sprach.",
                ["person:daniela-behrens Digitalministerin/digitalminister state:03"]
            ),
            (
                "Der Deutsche Landkreistag (DLT) tagte. DLT-Präsident Karsten Schulze sprach.",
                ["person:karsten-schulze Präsident/präsident organization:deutscher-landkreistag"]
            ),
            ("Der Bürgermeister von Berlin Peter Müller sagte.", ["person:peter-mueller Bürgermeister/bürgermeister municipality:11000000"]),
        ])
    func endToEnd(text: String, expected: [String]) {
        #expect(Self.roles(Document.prepared(text, through: .link)) == expected)
    }
}

extension RoleRelationRuleTests {
    @Test("A former marker before a place adjective makes the role former")
    func formerBeforeAdjective() {
        let document = Document.prepared("Die ehemalige Lüneburger Oberbürgermeisterin Ulrike Mädge sprach.", through: .link)
        let statuses: [RoleStatus] = RoleRelationRule(roles: TestGazetteer.gazetteer.roles).relations(in: document).compactMap(\.status)
        #expect(statuses == [RoleStatus.former])
    }


    @Test("\"Ex-Präsidentin\" is a former role")
    func exRole() {
        let document = Document.prepared("Die Ex-Präsidentin des Deutschen Städtetags Eva Lohse sprach.", through: .link)
        let statuses: [RoleStatus] = RoleRelationRule(roles: TestGazetteer.gazetteer.roles).relations(in: document).compactMap(\.status)
        #expect(statuses == [RoleStatus.former])
    }
}

extension RoleRelationRuleTests {
    static let chairCases: [(String, [String])] = [
        ("Claudia Kalisch übernimmt den Vorsitz des Deutschen Städtetags.",
         ["person:claudia-kalisch Vorsitzende/vorsitzender organization:deutscher-staedtetag"]),
        ("Burkhard Jung übernahm im Juni den Vorsitz des Deutschen Städtetags.",
         ["person:burkhard-jung Vorsitzender/vorsitzender organization:deutscher-staedtetag"]),
        ("Der Vorsitz des Deutschen Städtetags wechselt.", []),
    ]

    @Test("Taking over the chair gives the role Vorsitzende(r), new", arguments: chairCases)
    func chair(text: String, expected: [String]) {
        let document = Document.prepared(text, through: .link)
        let relations = RoleRelationRule(roles: TestGazetteer.gazetteer.roles, givenNames: TestGazetteer.gazetteer.givenNames)
            .relations(in: document)
        let summaries: [String] = relations.map(\.summary)
        #expect(summaries == expected)
        let statuses: [RoleStatus] = relations.compactMap(\.status)
        #expect(statuses.allSatisfy { $0 == .new })
    }
}
