import GovGraphModel
import Testing

@testable import GovGraphExtraction

struct OrganizationPatternRuleTests {
    static func organizations(_ text: String) -> [String] {
        let document = Document.prepared(text, through: .persons)
        return OrganizationPatternRule().matches(in: document).map {
            "\(document.text(ofTokens: $0.0.tokens))=\($0.1)"
        }
    }

    @Test("Authorities with a field and companies with a legal form", arguments: [
        ("Die Stadt bündelt alles im Amt für digitale Transformation.",
         ["Amt für digitale Transformation=Amt für digitale Transformation"]),
        ("Der Leiter des Amtes für digitale Transformation sprach.",
         ["Amtes für digitale Transformation=Amt für digitale Transformation"]),
        ("Das Ministerium für Inneres, Digitalisierung und Kommunen lud ein.",
         ["Ministerium für Inneres, Digitalisierung und Kommunen=Ministerium für Inneres, Digitalisierung und Kommunen"]),
        ("Das Landesamt für IT-Sicherheit warnt.", ["Landesamt für IT-Sicherheit=Landesamt für IT-Sicherheit"]),
        ("Die DigitalService GmbH baut das Portal.", ["DigitalService GmbH=DigitalService GmbH"]),
        ("Der Verein Code for Germany e. V. hilft.", ["Code for Germany e. V.=Code for Germany e. V."]),
        ("Das Ministerium des Inneren, für Digitalisierung und Kommunen lud ein.",
         ["Ministerium des Inneren, für Digitalisierung und Kommunen=Ministerium des Inneren, für Digitalisierung und Kommunen"]),
        ("Das Ministerium der Finanzen zahlt.", ["Ministerium der Finanzen=Ministerium der Finanzen"]),
        ("Sie lehrt an der Universität Leipzig.", ["Universität Leipzig=Universität Leipzig"]),
        ("Die Universität hat viele Fächer.", []),
        ("Das Amt für die Stadt schloss.", [String]()),
        ("Er arbeitet für Menschen.", []),
        ("Die GmbH wurde gegründet.", []),
        // A Zweckverband's name follows it in capitals, a place after "in" closes it
        ("Der Zweckverband Elektronische Verwaltung in Niedersachsen hilft.",
         ["Zweckverband Elektronische Verwaltung in Niedersachsen=Zweckverband Elektronische Verwaltung in Niedersachsen"]),
        ("Mitglied des Zweckverbands Kommunale Informationsverarbeitung ist sie.",
         ["Zweckverbands Kommunale Informationsverarbeitung=Zweckverband Kommunale Informationsverarbeitung"]),
        ("Der Zweckverband hilft.", []),
        // Sports clubs: the town is part of the name
        ("Der 1. FC Leipzig gewann.", ["1. FC Leipzig=1. FC Leipzig"]),
        ("Der FC Carl Zeiss Jena gewann.", ["FC Carl Zeiss Jena=FC Carl Zeiss Jena"]),
        ("Die Borussia Leipzig gewann.", ["Borussia Leipzig=Borussia Leipzig"]),
        ("Die Borussia gewann.", []),
        ("Der FC gewann.", []),
        ("Inter Leipzig verlor gegen den AS Leipzig.", ["Inter Leipzig=Inter Leipzig", "AS Leipzig=AS Leipzig"]),
        // An institution of a town: the town is part of the name
        ("Die Realschule Leipzig feiert.", ["Realschule Leipzig=Realschule Leipzig"]),
        ("Die Stadtwerke Leipzig investieren.", ["Stadtwerke Leipzig=Stadtwerke Leipzig"]),
        ("Sie forscht an der TU Berlin.", ["TU Berlin=TU Berlin"]),
        ("Die Schule in Leipzig und das Theater spielen.", []),
        ("Die XYZ Leipzig zahlt.", []),
        ("Die Stadtwerke Leipzig Holding zahlt.", ["Stadtwerke Leipzig Holding=Stadtwerke Leipzig Holding"]),
    ])
    func patterns(text: String, expected: [String]) {
        #expect(Self.organizations(text) == expected)
    }

    @Test("Bodies by their form: a body noun and its proper name, factions, quoted committees", arguments: [
        ("Der Vorstand des Zweckverbandes 4IT tagte.", ["Zweckverbandes 4IT=Zweckverband 4IT"]),
        ("Die Datenzentrale Sachsen-Anhalt wächst.", ["Datenzentrale Sachsen-Anhalt=Datenzentrale Sachsen-Anhalt"]),
        ("Sie leitet den Kreisverband Leipzig.", ["Kreisverband Leipzig=Kreisverband Leipzig"]),
        ("Er wechselt zur Struktur- und Genehmigungsdirektion Nord.",
         ["Struktur- und Genehmigungsdirektion Nord=Struktur- und Genehmigungsdirektion Nord"]),
        ("Der Besuch des Digitalen Zukunftszentrums Lüneburg-Nord war lang.",
         ["Digitalen Zukunftszentrums Lüneburg-Nord=Digitales Zukunftszentrum Lüneburg-Nord"]),
        ("Der Bundestag setzte den Ausschuss „Digitale Agenda“ ein.", ["Ausschuss „Digitale Agenda“=Ausschuss Digitale Agenda"]),
        ("Sie leitete die Enquete-Kommission „Internet und digitale Gesellschaft“ lange.",
         ["Enquete-Kommission „Internet und digitale Gesellschaft“=Enquete-Kommission Internet und digitale Gesellschaft"]),
        ("Die FDP-Fraktion stimmte dagegen.", ["FDP-Fraktion=FDP-Fraktion"]),
        ("Die CDU/CSU-Fraktion stimmte dafür.", ["CDU/CSU-Fraktion=CDU/CSU-Fraktion"]),
        ("Er sprach im IT-Kooperationsrat von Sachsen-Anhalt.", ["IT-Kooperationsrat von Sachsen-Anhalt=IT-Kooperationsrat von Sachsen-Anhalt"]),
        ("Die Mitglieder des Vereins „Digitale Stadt Leipzig“ trafen sich.", ["Digitale Stadt Leipzig=Digitale Stadt Leipzig"]),
        // A body noun without a name, or with a common noun after it, is no name
        ("Der Haupt- und Finanzausschuss tagte.", []),
        ("Der Kreisverband tagte.", []),
        ("Im Kommunalen Landesverband gab es Streit.", []),
        // A place adjective alone names the body
        ("Sie unterrichtet an der Lüneburger Musikschule.", ["Lüneburger Musikschule=Lüneburger Musikschule"]),
        ("Der Zweckverband Wasser zahlt.", ["Zweckverband Wasser=Zweckverband Wasser"]),
    ])
    func bodies(text: String, expected: [String]) {
        #expect(Self.organizations(text) == expected)
    }

    @Test("Fields end before names, titles and a second und; adjectives before a head belong to the name", arguments: [
        ("Das Ministerium für Inneres, ländliche Räume und Integration lud ein.",
         ["Ministerium für Inneres, ländliche Räume und Integration=Ministerium für Inneres, ländliche Räume und Integration"]),
        ("Das Ministerium für Wirtschaft und Energie und Vertreter der Länder berieten.",
         ["Ministerium für Wirtschaft und Energie=Ministerium für Wirtschaft und Energie"]),
        ("Im Ministerium der Justiz und für Verbraucherschutz wurde Dr. Kaiser Staatssekretär.",
         ["Ministerium der Justiz und für Verbraucherschutz=Ministerium der Justiz und für Verbraucherschutz"]),
        ("Er kam vom Niedersächsischen Ministerium für Wissenschaft und Kultur.",
         ["Niedersächsischen Ministerium für Wissenschaft und Kultur=Niedersächsisches Ministerium für Wissenschaft und Kultur"]),
        ("Sie lehrte an der Technischen Universität Berlin.",
         ["Technischen Universität Berlin=Technische Universität Berlin"]),
        ("Die Schwarz Digits GmbH & Co. KG baut ein Rechenzentrum.",
         ["Schwarz Digits GmbH & Co. KG=Schwarz Digits GmbH & Co. KG"]),
        ("Der Vorstand des Softwareanbieters Datev eG sprach.", ["Datev eG=Datev eG"]),
    ])
    func fields(text: String, expected: [String]) {
        #expect(Self.organizations(text) == expected)
    }

    @Test("The suffix index finds the longest listed ending, in any case form", arguments: [
        ("zweckverbandes", "verbandes"), ("datenzentrale", "zentrale"), ("zukunftszentrums", "zukunftszentrums"),
        ("rechenzentrum", "rechenzentrum"), ("verband", "verband"), ("haus", nil), ("rat", nil), ("", nil),
    ])
    func suffixIndex(word: String, expected: String?) {
        let index = SuffixIndex([
            (form: "verband", value: "verband"), (form: "verbandes", value: "verbandes"), (form: "zentrale", value: "zentrale"),
            (form: "zentrum", value: "zentrum"), (form: "rechenzentrum", value: "rechenzentrum"),
            (form: "zukunftszentrums", value: "zukunftszentrums"),
        ])
        #expect(index.match(word) == expected)
    }

    @Test("Pattern organizations become entities with slug ids, and lose against gazetteer names")
    func entities() {
        let document = Document.prepared("Die DigitalService GmbH und der Deutsche Städtetag.", through: .resolve)
        #expect(document.spanSummary == [
            "DigitalService GmbH=organization:digitalservice-gmbh",
            "Deutsche Städtetag=organization:deutscher-staedtetag",
        ])
        #expect(document.entities["organization:digitalservice-gmbh"]?.type == .organization)
    }
}
