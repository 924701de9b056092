import GovGraphModel
import Testing

@testable import GovGraphExtraction

/// Persons of one name told apart by party, parliament and date. The persons are real members of
/// the Bundestag (ids of the Bundestag's member data) and of the Landtag of Mecklenburg-Vorpommern.
struct PersonDisambiguatorTests {
    static let schroederCDU: EntityID = "person:gerhard-schroeder-mdb-11002077"
    static let schroederSPD: EntityID = "person:gerhard-schroeder-mdb-11002078"
    static let meisterMdB: EntityID = "person:michael-meister-mdb-11002733"
    static let meisterMdL: EntityID = "person:michael-meister-dboes-8210"
    static let muellerCDU: EntityID = "person:karl-mueller-mdb-11001557"
    static let muellerSPD: EntityID = "person:karl-mueller-mdb-11001558"

    static let gazetteer: CompiledGazetteer = {
        let files = TestGazetteer.files.map { file -> GazetteerFile in
            switch file.name {
            case "organizations.tsv":
                return GazetteerFile(name: file.name, contents: file.contents + """
                    organization:sozialdemokratische-partei-deutschlands\tSozialdemokratische Partei Deutschlands\tSPD\t\tcategory=party
                    organization:christlich-demokratische-union-deutschlands\tChristlich Demokratische Union Deutschlands\tCDU\t\tcategory=party
                    organization:christlich-soziale-union-in-bayern\tChristlich-Soziale Union in Bayern\tCSU\t\tcategory=party
                    organization:cdu-csu\tCDU/CSU\tUnion\t\tcategory=party
                    organization:freie-demokratische-partei\tFreie Demokratische Partei\tFDP\t\tcategory=party
                    organization:alternative-fuer-deutschland\tAlternative für Deutschland\tAfD\t\tcategory=party
                    organization:deutscher-bundestag\tDeutscher Bundestag\tBundestag\t\tcategory=parliament;level=federal
                    organization:landtag-mecklenburg-vorpommern\tLandtag Mecklenburg-Vorpommern\tSchweriner Landtag\t\tcategory=parliament;level=state;state=13

                    """)
            case "given-names.tsv":
                return GazetteerFile(name: file.name, contents: file.contents + "Gerhard\tm\nMichael\tm\n")
            default:
                return file
            }
        } + [
            GazetteerFile(name: "persons.tsv", contents: """
                # id\tname\taliases\tadjectives\tkeys
                person:gerhard-schroeder-mdb-11002077\tGerhard Schröder\t\t\tbundestag=11002077;party=CDU;parliament=organization:deutscher-bundestag;term=1949-1980;shared=2
                person:gerhard-schroeder-mdb-11002078\tGerhard Schröder\t\t\tbundestag=11002078;party=SPD;parliament=organization:deutscher-bundestag;term=1980-2005;shared=2
                person:michael-meister-mdb-11002733\tMichael Meister\t\t\tbundestag=11002733;party=CDU;parliament=organization:deutscher-bundestag;term=1994-;shared=2
                person:michael-meister-dboes-8210\tMichael Meister\t\t\tdboes=8210;party=AfD;parliament=organization:landtag-mecklenburg-vorpommern;current=2026-03;shared=2
                person:karl-mueller-mdb-11001557\tKarl Müller\t\t\tbundestag=11001557;party=CDU;parliament=organization:deutscher-bundestag;term=1949-1957;shared=3
                person:karl-mueller-mdb-11001558\tKarl Müller\t\t\tbundestag=11001558;party=SPD;parliament=organization:deutscher-bundestag;term=1957-1969;shared=3
                person:karl-mueller-mdb-11001559\tKarl Müller\t\t\tbundestag=11001559;party=DP;parliament=organization:deutscher-bundestag;term=1953-1957;shared=3

                """),
            GazetteerFile(name: "rules/persons.rules", contents: """
                list parliament-member: mdb=bundestag landtagsabgeordneter=landtag mdl=landtag mdep=eu

                """),
        ]
        do {
            return CompiledGazetteer(try Gazetteer(files: files))
        } catch {
            fatalError("the test gazetteer does not parse: \(error)")
        }
    }()

    struct Case: CustomTestStringConvertible, Sendable {
        var text: String
        var name: String
        var expected: EntityID
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        // party in brackets after the name, or joined to a noun before it
        Case(text: "Gerhard Schröder (SPD) sprach im Bundestag.", name: "Gerhard Schröder", expected: schroederSPD),
        Case(text: "Der CDU-Abgeordnete Gerhard Schröder sprach.", name: "Gerhard Schröder", expected: schroederCDU),
        // a party group stands for each of its parties
        Case(text: "Gerhard Schröder (CDU/CSU) sprach.", name: "Gerhard Schröder", expected: schroederCDU),
        Case(text: "Gerhard Schröder, SPD-Abgeordneter, sprach.", name: "Gerhard Schröder", expected: schroederSPD),
        // a party the sentence names but does not attach to the name says nothing of the person
        Case(text: "Gerhard Schröder lobte die CDU.", name: "Gerhard Schröder", expected: "person:gerhard-schroeder"),
        Case(text: "Für die SPD sprach Gerhard Schröder.", name: "Gerhard Schröder", expected: "person:gerhard-schroeder"),
        // nothing tells them apart: a person of that name, without an identity
        Case(text: "Gerhard Schröder sprach lange.", name: "Gerhard Schröder", expected: "person:gerhard-schroeder"),
        // a party neither of them belonged to: someone the data does not know
        Case(text: "Gerhard Schröder (FDP) sprach.", name: "Gerhard Schröder", expected: "person:gerhard-schroeder"),
        // the parliament by its name or by a member word
        Case(text: "Im Schweriner Landtag sprach Michael Meister.", name: "Michael Meister", expected: meisterMdL),
        Case(text: "Landtagsabgeordneter Michael Meister sprach.", name: "Michael Meister", expected: meisterMdL),
        Case(text: "Michael Meister (Landtagsabgeordneter) sprach.", name: "Michael Meister", expected: meisterMdL),
        Case(text: "MdB Michael Meister sprach.", name: "Michael Meister", expected: meisterMdB),
        Case(text: "Michael Meister sprach im Bundestag.", name: "Michael Meister", expected: meisterMdB),
        // the date decides between those the parliament leaves: in 1960 only one of three sat
        Case(text: "Titel\n[12.05.1960] Karl Müller sprach im Bundestag.", name: "Karl Müller", expected: muellerSPD),
        // in 1955 two sat: no decision
        Case(text: "Titel\n[12.05.1955] Karl Müller sprach im Bundestag.", name: "Karl Müller", expected: "person:karl-mueller"),
        // the date alone, where it leaves one
        Case(text: "Titel\n[02.02.1951] Karl Müller sprach.", name: "Karl Müller", expected: muellerCDU),
        // a sentence that says nothing of the person takes what the article's others agree on
        Case(text: "Gerhard Schröder eröffnete. Später sprach der SPD-Politiker Gerhard Schröder.", name: "Gerhard Schröder", expected: schroederSPD),
    ]

    @Test("Persons of one name are told apart by party, parliament and date", arguments: cases)
    func choose(_ example: Case) {
        let document = Document.prepared(example.text, through: .link, gazetteer: Self.gazetteer)
        let ids = document.spans.filter { document.text(ofTokens: $0.tokens) == example.name }.map(\.entity)
        #expect(!ids.isEmpty)
        #expect(Set(ids) == [example.expected])
    }

    @Test("The chosen person brings its keys; the others leave the document")
    func keys() {
        let document = Document.prepared("Gerhard Schröder (SPD) sprach. Schröder dankte.", through: .link, gazetteer: Self.gazetteer)
        #expect(document.spanSummary == [
            "Gerhard Schröder=\(Self.schroederSPD.rawValue)",
            "SPD=organization:sozialdemokratische-partei-deutschlands",
            "Schröder=\(Self.schroederSPD.rawValue)",
        ])
        #expect(document.entities[Self.schroederSPD]?.keys["bundestag"] == "11002078")
        #expect(document.entities[Self.schroederCDU] == nil)
    }

    @Test("Two persons of one name in one article keep apart; a sentence that names neither stays without one")
    func twoInOneArticle() {
        let text = """
            Der CDU-Abgeordnete Michael Meister sprach im Bundestag. In Schwerin sprach der AfD-Politiker Michael Meister. \
            Michael Meister dankte.
            """
        let document = Document.prepared(text, through: .link, gazetteer: Self.gazetteer)
        let ids = document.spans.filter { document.text(ofTokens: $0.tokens) == "Michael Meister" }.map(\.entity)
        #expect(ids == [Self.meisterMdB, Self.meisterMdL, "person:michael-meister"])
    }

    @Test("Two parties attached to one mention: no decision")
    func conflicting() {
        let document = Document.prepared("Der SPD-Politiker Gerhard Schröder (CDU) sprach.", through: .link, gazetteer: Self.gazetteer)
        let ids = Set(document.spans.filter { document.text(ofTokens: $0.tokens) == "Gerhard Schröder" }.map(\.entity))
        #expect(ids == ["person:gerhard-schroeder"])
    }

    @Test("Attached words", arguments: [
        ("Die CDU-Abgeordnete Karl Müller sprach.", "CDU", false, true),
        ("SPD-Fraktionschef Karl Müller sprach.", "SPD", false, true),
        ("MdB Karl Müller sprach.", "MdB", true, true),
        ("Die SPD Karl Müller sprach.", "SPD", false, false),
        ("Karl Müller (SPD) sprach.", "SPD", false, true),
        ("Karl Müller, SPD-Abgeordneter, sprach.", "SPD", false, true),
        ("Karl Müller lobte die SPD.", "SPD", false, false),
        ("Karl Müller (Bonn, SPD) sprach.", "SPD", false, false),
    ])
    func attached(text: String, word: String, bare: Bool, expected: Bool) throws {
        let document = Document.prepared(text, through: .tokenize)
        let tokens = document.tokens
        let name = try #require(tokens.firstIndex { $0.text == "Karl" })
        let at = try #require(tokens.firstIndex { $0.text == word })
        #expect(PersonDisambiguator.attached(at..<(at + 1), to: name..<(name + 2), in: tokens, bare: bare) == expected)
    }

    @Test("Years in office", arguments: [
        ("1949-1980", 1949, true), ("1949-1980", 1980, true), ("1949-1980", 1981, false), ("1994-", 2026, true),
        ("1994-", 1990, false), (nil, 1900, true),
    ] as [(String?, Int, Bool)])
    func inOffice(term: String?, year: Int, expected: Bool) {
        let info = EntityInfo(id: "person:x", name: "X", type: .person, keys: term.map { ["term": $0] } ?? [:])
        #expect(PersonDisambiguator.inOffice(info, in: year) == expected)
    }
}
