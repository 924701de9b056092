import GovGraphModel
import Testing

@testable import GovGraphExtraction

struct PersonRecognizerTests {
    /// Person candidates of `text` as "mention=id/origin", with gazetteer matches run first.
    static func persons(_ text: String) -> [String] {
        let document = Document.prepared(text, through: .match)
        return PersonRecognizer(gazetteer: TestGazetteer.gazetteer).matches(in: document).map {
            "\(document.text(ofTokens: $0.0.tokens))=\($0.0.entity.rawValue)/\($0.0.origin.rawValue)"
        }
    }

    @Test(
        "Persons by rule",
        arguments: [
            // Given name and surname
            ("Leipzigs Oberbürgermeister Burkhard Jung sprach.", ["Burkhard Jung=person:burkhard-jung/person"]),
            ("Dann sprach Katja Dörner.", ["Katja Dörner=person:katja-doerner/person"]),
            // Double given names, particles, double surnames
            ("Hans-Peter Friedrich sprach.", ["Hans-Peter Friedrich=person:hans-peter-friedrich/person"]),
            ("Hans Peter Müller sprach.", ["Hans Peter Müller=person:hans-peter-mueller/person"]),
            ("Karl-Theodor zu Guttenberg sprach.", ["Karl-Theodor zu Guttenberg=person:karl-theodor-zu-guttenberg/person"]),
            ("Hans Peter von Müller sprach.", ["Hans Peter von Müller=person:hans-peter-von-mueller/person"]),
            ("Sabine Leutheusser-Schnarrenberger sprach.", ["Sabine Leutheusser-Schnarrenberger=person:sabine-leutheusser-schnarrenberger/person"]),
            // Titles are not part of the mention
            ("Es sprach Dr. Markus Richter.", ["Markus Richter=person:markus-richter/person"]),
            ("Staatsminister Dr. Mehring sprach.", ["Mehring=person:mehring/surname"]),
            // A surname after a role noun, and coordinations
            ("Staatsminister Mehring sprach.", ["Mehring=person:mehring/surname"]),
            (
                "Mit den Staatsministern Mehring und Sinemus sprach sie.",
                ["Mehring=person:mehring/surname", "Sinemus=person:sinemus/surname"]
            ),
            // Herr and Frau belong to the mention
            ("Das sagte Herr Jung gestern.", ["Herr Jung=person:jung/surname"]),
            ("Das sagte Frau Kalisch gestern.", ["Frau Kalisch=person:kalisch/surname"]),
            // A listed surname or a given name on its own, also in the genitive
            ("Merkel lobte den Plan.", ["Merkel=person:merkel/surname"]),
            ("Wie Merkel sagte, kommt das Gesetz.", ["Merkel=person:merkel/surname"]),
            ("Schröders Rede war kurz.", ["Schröders=person:schroeder/surname"]),
            ("Peter sprach.", ["Peter=person:peter/surname"]),
            // The list holds some genitives ("Bushs"): read as the genitive, also before a noun
            ("Er hörte Bushs Rede.", ["Bushs=person:bush/surname"]),
            // After a common noun ("Parteikollege", a compound's tail, a noun ending) and before a long one
            ("Er lobte den Parteikollegen Merkel.", ["Merkel=person:merkel/surname"]),
            ("Sie sprach mit Fußball-Experte Merkel.", ["Merkel=person:merkel/surname"]),
            ("Er sagte, dass Merkel Teilnehmerin war.", ["Merkel=person:merkel/surname"]),
            // A ruler's number, or a surname cut to its initial
            ("Königin Claudia II. reiste an.", ["Claudia II.=person:claudia-ii/person"]),
            ("Das erzählte Claudia B. am Telefon.", ["Claudia B.=person:claudia-b/person"]),
            // An initial and a surname
            ("Laut A. Rusterholz ist das so.", ["A. Rusterholz=person:a-rusterholz/person"]),
            ("Das tat schon sein Vorgänger Schröder.", ["Schröder=person:schroeder/surname"]),
            // Two capitalised words after a role, with a given name from no list
            ("Das sagte US-Präsident Barack Obama.", ["Barack Obama=person:barack-obama/person"]),
        ])
    func persons(text: String, expected: [String]) {
        #expect(Self.persons(text) == expected)
    }

    @Test(
        "No persons",
        arguments: [
            "Mehrere Personen kamen.",
            "Die Stadt Leipzig lud ein.",
            "Die Präsidentin Digitalisierung",  // common-noun ending
            "Der Präsident Jung Stellung",  // followed by another capitalised word: too unsure
            "Die Merkel-Regierung tagte.",  // part of a compound
            "Die Wall Street schloss.",  // the end of a longer name
            "Sie sang „Merkel of the Street“.",  // inside an English title
            "Der Sänger Street Fighter",  // a role, then the start of a longer name
            "Der Präsident Barack Obama Junior",  // three capitalised words after a role
            "Die Merkel kam.",  // after an article
            "Sie ging nach St. Peter.",  // a saint's name: a church or a place
            "Siehe Abschnitt B. Verwaltung und Recht",  // an initial before a common noun
            "Die Stadt Leipzig und Leipzig",  // a gazetteer name, though listed as a surname
            "Der Präsident und die Vizepräsidentin",
            "Hans DEUTSCH sprach.",
        ])
    func noPersons(text: String) {
        #expect(Self.persons(text) == [])
    }

    @Test("Municipality names do not block surnames (many surnames are place names)")
    func municipalityDoesNotBlock() {
        #expect(Self.persons("Der Präsident Leipzig lobte.") == ["Leipzig=person:leipzig/surname"])
    }

    @Test(
        "A city of 100,000 or more is no surname on its own, but may be one after a given name",
        arguments: [
            ("Der Präsident Hagen lobte.", [String]()),
            ("Wie Hagen sagte, kommt es.", []),
            ("Uta Hagen spielte.", ["Uta Hagen=person:uta-hagen"]),
            ("Der Präsident Plettenberg lobte.", ["Plettenberg=person:plettenberg"]),
        ])
    func citiesAreNoSurnames(text: String, expected: [String]) {
        let givenNames = GazetteerFile(name: "given-names.tsv", contents: TestGazetteer.givenNames.contents + "Uta\tf\n")
        let gazetteer = try! Gazetteer(files: TestGazetteer.files.filter { $0.name != givenNames.name } + [
            givenNames,
            GazetteerFile(
                name: "more-municipalities.tsv",
                contents: """
                    municipality:05914000\tHagen\t\t\tags=05914000;state=05;population=188686
                    municipality:05962040\tPlettenberg\t\t\tags=05962040;state=05;population=24837
                    """),
        ])
        let document = Document.prepared(text, through: .resolve, gazetteer: CompiledGazetteer(gazetteer))
        #expect(document.spanSummary.filter { $0.contains("=person:") } == expected)
    }

    @Test("A company named after a person does not block the person's full name")
    func companyDoesNotBlock() {
        let gazetteer = try! Gazetteer(files: TestGazetteer.files + [
            GazetteerFile(name: "company-organizations.tsv", contents: "organization:porsche\tPorsche\t\t\tcategory=company\n"),
        ])
        let compiled = CompiledGazetteer(gazetteer)
        let document = Document.prepared("Peter Porsche gründete Porsche.", through: .resolve, gazetteer: compiled)
        #expect(document.spanSummary == ["Peter Porsche=person:peter-porsche", "Porsche=organization:porsche"])
    }

    @Test("A surname that starts a non-municipality gazetteer name is blocked")
    func blockedByGazetteer() {
        #expect(Self.persons("Der Präsident Niedersachsen lobte.") == [])
        #expect(Self.persons("Burkhard Deutscher Städtetag") == [])
    }

    @Test("Found persons become entities with their display names")
    func entities() {
        let document = Document.prepared("Hans-Peter Friedrich und Staatsminister Mehring", through: .persons)
        #expect(document.entities["person:hans-peter-friedrich"] == EntityInfo(
            id: "person:hans-peter-friedrich", name: "Hans-Peter Friedrich", type: .person))
        #expect(document.entities["person:mehring"]?.name == "Mehring")
        #expect(document.candidates.map(\.priority) == [10, 10])
    }
}

extension PersonRecognizerTests {
    @Test("Names in credits, also with unknown given names", arguments: [
        ("Foto: Ngozi Adeyemi", ["Ngozi Adeyemi=person:ngozi-adeyemi"]),
        ("Interview: Burkhard Jung", ["Burkhard Jung=person:burkhard-jung"]),
        ("Bildquelle: Dr. Lale Yildiz Demir", ["Lale Yildiz Demir=person:lale-yildiz-demir"]),
        ("Text: Die Redaktion", [String]()),
        ("Quelle: Statistisches Bundesamt Wiesbaden Tabelle", []),
    ])
    func credits(text: String, expected: [String]) {
        let document = Document.prepared(text, through: .resolve)
        #expect(document.spanSummary.filter { $0.contains("person:") } == expected)
    }
}

extension PersonRecognizerTests {
    @Test("Speakers named by surname alone, and middle initials", arguments: [
        ("„Wir müssen handeln“, sagte Röttgen.", ["Röttgen=person:roettgen"]),
        ("Die Lage ist ernst, so Wüst.", ["Wüst=person:wuest"]),
        ("Dazu sagte das Ministerium nichts.", [String]()),
        ("Die Regierung, sagte Verwaltung.", []),
        ("Peter W. Müller kam.", ["Peter W. Müller=person:peter-w-mueller"]),
    ])
    func speakers(text: String, expected: [String]) {
        let document = Document.prepared(text, through: .resolve)
        #expect(document.spanSummary.filter { $0.contains("person:") } == expected)
    }
}

extension PersonRecognizerTests {
    /// The test gazetteer with more names on its lists: foreign surnames and given names, and
    /// words that are also on the real lists.
    static let moreNames: Gazetteer = {
        let givenNames = TestGazetteer.givenNames.contents
            + "Ottilie\tf\nJames\tm\nFan\tu\nRun\tm\nSieger\tm\nAnna\tf\nYork\tm\nGiacomo\tm\nFernando\tm\n"
        let surnames = TestGazetteer.surnames.contents
            + "Gillespie\nBolt\nNero\nPlatz\nFalkenau\nIdol\nSieger\nBarghuti\nPorta\nMello\nCollor\n"
        let replaced: Set = ["given-names.tsv", "surnames.txt"]
        return try! Gazetteer(files: TestGazetteer.files.filter { !replaced.contains($0.name) } + [
            GazetteerFile(name: "given-names.tsv", contents: givenNames),
            GazetteerFile(name: "surnames.txt", contents: surnames),
        ])
    }()

    /// Person candidates of `text` as "mention=id", with the lists of ``moreNames``.
    static func morePersons(_ text: String) -> [String] {
        let document = Document.prepared(text, through: .match, gazetteer: CompiledGazetteer(moreNames))
        return PersonRecognizer(gazetteer: moreNames).matches(in: document).map {
            "\(document.text(ofTokens: $0.0.tokens))=\($0.0.entity.rawValue)"
        }
    }

    @Test("Names in the genitive, where a genitive stands", arguments: [
        // a given name's genitive before a noun, or after a noun with its article
        ("Wir kennen Ottilies Entscheidung nicht.", ["Ottilies=person:ottilie"]),
        ("Die Briefe Ottilies waren lang.", ["Ottilies=person:ottilie"]),
        // a surname's genitive after a noun with its article
        ("Er rechnete mit einem Sieg Merkels.", ["Merkels=person:merkel"]),
        // a name on no list, in the Saxon genitive
        ("Nach Zabelkows Rücktritt übernahm sie.", ["Zabelkows=person:zabelkow"]),
        ("Über Brunhuebers Geburtsdatum gibt es zwei Angaben.", ["Brunhuebers=person:brunhueber"]),
        // plurals whose base is on a list, and English names of things
        ("Viele Fans kamen.", [String]()),
        ("Er schlug drei Home Runs.", []),
        // no genitive of a name: an adjective, a Latin nominative, a place before a role, a
        // pronoun, a noun after its article, an abbreviation after it
        ("Erklärtes Ziel ist die Reform.", []),
        ("Lotus Notes lief lange.", []),
        ("Ostholmens Landrat sprach.", []),
        ("Etwas Neues kam.", []),
        ("Am Ende des Jahres Bilanz ziehen.", []),
    ])
    func genitives(text: String, expected: [String]) {
        #expect(Self.morePersons(text) == expected)
    }

    @Test("A given name from no list before a listed name", arguments: [
        ("Der Trompeter Dizzy Gillespie spielte Bebop.", ["Dizzy Gillespie=person:dizzy-gillespie"]),
        ("Im Jahr 2009 lief Usain Bolt in Berlin Weltrekord.", ["Usain Bolt=person:usain-bolt", "Berlin=municipality:11000000"]),
        ("Die Schuhe von LeBron James verkauften sich gut.", ["LeBron James=person:lebron-james"]),
        // a dash is no hyphen
        ("Es inszenierte Mitch Gillespie - ein Regisseur aus London.", ["Mitch Gillespie=person:mitch-gillespie"]),
        // the first word opens the name of a place, storm or thing, is an adjective, or follows an article
        ("Orkan Bolt zog über das Land.", []),
        ("Die Band Three Bolt spielte.", []),
        ("Sie reisten nach San Bolt.", []),
        ("Typische Bolt-Elemente fehlen.", []),
        ("Er kaufte das Cape Bolt.", []),
    ])
    func unlistedGivenNames(text: String, expected: [String]) {
        let document = Document.prepared(text, through: .resolve, gazetteer: CompiledGazetteer(Self.moreNames))
        #expect(document.spanSummary == expected)
    }

    @Test("A listed name after a noun for a person, also inflected and long", arguments: [
        ("Zur Zeit des Kaisers Nero lebte er in Rom.", ["Nero=person:nero"]),
        ("Er nannte seinen Sohn mit dem Namen Nero.", ["Nero=person:nero"]),
        ("Der Menschenrechtsaktivist Barghuti sprach.", ["Barghuti=person:barghuti"]),
    ])
    func afterPersonNouns(text: String, expected: [String]) {
        #expect(Self.morePersons(text) == expected)
    }

    @Test("Full names before a long common noun, in the genitive, and with Romance particles", arguments: [
        ("Dann hatte Burkhard Jung Liebeskummer.", ["Burkhard Jung=person:burkhard-jung"]),
        ("Katja Merkels Rede war kurz.", ["Katja Merkels=person:katja-merkels"]),
        ("Giacomo della Porta plante die Kuppel.", ["Giacomo della Porta=person:giacomo-della-porta"]),
        ("Fernando Collor de Mello trat 1992 zurück.", ["Fernando Collor de Mello=person:fernando-collor-de-mello"]),
        // a given name after an English opener is part of that name
        ("Die Station North York Centre wurde eröffnet.", []),
    ])
    func fullNames(text: String, expected: [String]) {
        #expect(Self.morePersons(text) == expected)
    }

    @Test("A name needs a surname and never crosses a line break or runs into a prepositional phrase", arguments: [
        ("Der Präsident dankte Herrn Hans von Leipzig für die Arbeit.", ["Hans von Leipzig=person:hans-von-leipzig/person"]),
        ("Der Präsident dankte Herrn Hans für die Arbeit.", [String]()),
        ("Zur Feier sprach Katja Dörner zu Beginn der Sitzung.", ["Katja Dörner=person:katja-doerner/person"]),
    ])
    func needsSurname(text: String, expected: [String]) {
        #expect(Self.persons(text) == expected)
    }

    @Test("A name never crosses a paragraph break")
    func paragraphBreak() {
        let found = Self.persons("Es gratulierte die Stadt Katja\n\nDörner stand dann auf.")
        #expect(found.allSatisfy { !$0.contains("\n") })
    }

    @Test("Listed words that stand as common nouns", arguments: [
        ("Die Fans trafen ihr Idol.", [String]()),  // after a possessive
        ("Sie steht auf Platz drei.", []),  // before a number word
        ("Die Strecke Talheim/Falkenau ist gesperrt.", []),  // slashed to another word
        ("Als Sieger ging sie hervor.", []),  // a common noun on the lists
        ("Anna Sieger sprach.", ["Anna Sieger=person:anna-sieger"]),  // which a full name keeps
    ])
    func commonNouns(text: String, expected: [String]) {
        #expect(Self.morePersons(text) == expected)
    }
}
