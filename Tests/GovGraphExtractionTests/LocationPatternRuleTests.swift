import GovGraphModel
import Testing

@testable import GovGraphExtraction

struct LocationPatternRuleTests {
    /// The test gazetteer with two countries, Sachsen and one of its Landkreise, and a few locations.
    static let gazetteer: CompiledGazetteer = {
        let files = TestGazetteer.files + [
            GazetteerFile(
                name: "countries.tsv",
                contents: """
                    country:deutschland\tDeutschland\tBundesrepublik Deutschland\tdeutsch
                    country:italien\tItalien\t\titalienisch

                    """),
            GazetteerFile(
                name: "more-districts.tsv",
                contents: "district:14730\tLandkreis Nordsachsen\t\t\tags=14730;state=14\n"),
            GazetteerFile(name: "more-states.tsv", contents: "state:14\tSachsen\tFreistaat Sachsen\t\tags=14\n"),
            GazetteerFile(
                name: "locations.tsv",
                contents: """
                    location:afrika\tAfrika\t\t\tkind=region
                    location:rhein\tRhein\t\t\tkind=water
                    location:naher-osten\tNaher Osten\tNahost\t\tkind=region

                    """),
        ]
        do {
            return CompiledGazetteer(try Gazetteer(files: files))
        } catch {
            fatalError("the location test gazetteer does not parse: \(error)")
        }
    }()

    static func locations(_ text: String) -> [String] {
        let document = Document.prepared(text, through: .places, gazetteer: gazetteer)
        return LocationPatternRule(gazetteer: gazetteer).matches(in: document).map {
            "\(document.text(ofTokens: $0.candidate.tokens))=\($0.name)/\($0.kind)"
        }
    }

    @Test("A compass word glued to a Land, country or location is a region", arguments: [
        ("Die Firma expandiert nach Süditalien.", ["Süditalien=Süditalien/region"]),
        ("Der Handel mit Nordafrikas Häfen wächst.", ["Nordafrikas=Nordafrika/region"]),
        ("Viele Kommunen in Ostdeutschland sparen.", ["Ostdeutschland=Ostdeutschland/region"]),
        ("Betriebe in Westsachsen wachsen.", ["Westsachsen=Westsachsen/region"]),
        ("Er fuhr an den Oberrhein.", ["Oberrhein=Oberrhein/region"]),
        // a known name, no place after the compass word, a compound
        ("Niedersachsen spart.", [String]()),
        ("Oberhausen und Westerwald sind keine Treffer.", []),
        ("Der Süditalien-Urlaub war kurz.", []),
        // the bare name of a district
        ("Nordsachsens Landrat sprach in Nordsachsen.", []),
    ])
    func regions(text: String, expected: [String]) {
        #expect(Self.locations(text) == expected)
    }

    @Test("Streets and squares by their form", arguments: [
        ("Das Amt zieht in die Schillerstraße.", ["Schillerstraße=Schillerstraße/street"]),
        ("Sie wohnt in der Leipziger Straße 12a.", ["Leipziger Straße 12a=Leipziger Straße 12a/street"]),
        ("Das Büro liegt am Rathausplatz 3 im Zentrum.", ["Rathausplatz 3=Rathausplatz 3/street"]),
        ("Die Konrad-Adenauer-Straße wird gebaut.", ["Konrad-Adenauer-Straße=Konrad-Adenauer-Straße/street"]),
        ("Der Bahnhof liegt an der Peter Schillerstraße.", ["Peter Schillerstraße=Peter Schillerstraße/street"]),
        ("Wir treffen uns am Frankfurter Hauptbahnhof.", ["Frankfurter Hauptbahnhof=Frankfurter Hauptbahnhof/street"]),
        // kinds of roads, generic squares, a hyphenated word, a number that is no house number
        ("Die Bundesstraße und die Einbahnstraße sind gesperrt.", [String]()),
        ("Der Arbeitsplatz ist sicher.", []),
        ("Der Handy-Markt wächst.", []),
        ("Der Parkplatz 2024 kostet mehr.", []),
        ("Am Marktplatz 3 Jahre lang gebaut.", []),
    ])
    func streets(text: String, expected: [String]) {
        #expect(Self.locations(text) == expected)
    }

    @Test("Motorways and federal roads where the text says they are roads", arguments: [
        ("Stau auf der A 7 bei Leipzig.", ["A 7=A 7/street"]),
        ("Ein Unfall auf der A1 legte alles lahm.", ["A1=A 1/street"]),
        ("Die Autobahn A 5 wird saniert.", ["A 5=A 5/street"]),
        ("Der Wald liegt zwischen den Autobahnen A 2 und A 7.", ["A 2=A 2/street", "A 7=A 7/street"]),
        ("Die Bundesstraße 216 ist gesperrt.", ["Bundesstraße 216=Bundesstraße 216/street"]),
        ("Stau am Kreuz Leipzig.", ["Kreuz Leipzig=Kreuz Leipzig/street"]),
        // a pay grade, a paper size, a product, a decimal
        ("Die Stelle wird nach A 13 besoldet.", [String]()),
        ("Das Formular im Format DIN A4 fehlt.", []),
        ("Die A1 speichert viele Daten.", []),
        ("Auf der A 7.5 fährt niemand.", []),
    ])
    func roads(text: String, expected: [String]) {
        #expect(Self.locations(text) == expected)
    }

    @Test("Churches named after a saint", arguments: [
        ("Das Konzert in der Frauenkirche war voll.", ["Frauenkirche=Frauenkirche/building"]),
        ("Die St. Michaelskapelle wird saniert.", ["St. Michaelskapelle=St. Michaelskapelle/building"]),
        ("Die Dorfkirche und die Landeskirche.", [String]()),
    ])
    func churches(text: String, expected: [String]) {
        #expect(Self.locations(text) == expected)
    }

    @Test("Locations become entities of type location with their kind; gazetteer locations in compounds are dropped")
    func process() {
        var document = Document.prepared(
            "Am Rhein und in der Schillerstraße; die Rhein-Brücke nicht.", through: .places, gazetteer: Self.gazetteer)
        #expect(document.candidateSummary.filter { $0.contains("location:") } == [
            "Rhein=location:rhein/gazetteer", "Rhein=location:rhein/gazetteer",
        ])
        LocationPatternRule(gazetteer: Self.gazetteer).process(&document)
        #expect(document.candidateSummary.filter { $0.contains("location:") } == [
            "Rhein=location:rhein/gazetteer", "Schillerstraße=location:schillerstrasse/pattern",
        ])
        #expect(document.entities["location:schillerstrasse"]?.type == .location)
        #expect(document.entities["location:schillerstrasse"]?.keys["kind"] == "street")
    }

    @Test("Locations lose against every entity of the same span, are listed apart and take part in no relation")
    func apart() {
        #expect(EntityType.graphTypes.allSatisfy { GazetteerMatcher.priority(of: .location) <= GazetteerMatcher.priority(of: $0) })
        let text = "Er sprach über den Nahen Osten und Leipzig."
        let extracted = Extractor(gazetteer: Self.gazetteer).extract(text: text)
        #expect(extracted.flatMap(\.entities).filter { !$0.mentions.isEmpty }.map(\.name) == ["Leipzig"])
        #expect(!extracted.flatMap(\.relations).contains { $0.subject.rawValue.hasPrefix("location:") || $0.object.rawValue.hasPrefix("location:") })
        #expect(extracted.flatMap(\.relations).map(\.predicate) == [.locatedIn])
        #expect(extracted.flatMap(\.locations).map(\.name) == ["Naher Osten"])
        #expect(extracted.flatMap(\.locations).flatMap(\.mentions).map(\.text) == ["Nahen Osten"])
    }
}
