/// The words the corpus generator fills its templates with, besides the gazetteer's names.
/// Written for this benchmark: common German first names and surnames, role nouns per kind of
/// place or body, and the topics of e-government news.
extension CorpusGenerator {
    /// Common first names; only those the gazetteer lists (with their gender) are used.
    static let givenNames = [
        "Andreas", "Anna", "Annette", "Barbara", "Bernd", "Birgit", "Christian", "Christine",
        "Claudia", "Daniel", "Dirk", "Doris", "Elke", "Eva", "Fabian", "Frank", "Gabriele",
        "Georg", "Hans", "Heike", "Helmut", "Ines", "Jan", "Jens", "Johanna", "Jörg", "Julia",
        "Jürgen", "Karin", "Katja", "Kerstin", "Klaus", "Lars", "Laura", "Lea", "Lukas",
        "Manuela", "Marcus", "Maria", "Markus", "Martin", "Matthias", "Michael", "Monika",
        "Nadine", "Nicole", "Oliver", "Petra", "Ralf", "Sabine", "Sandra", "Sebastian",
        "Silke", "Simone", "Stefan", "Stefanie", "Susanne", "Thomas", "Tobias", "Ulrike",
        "Ute", "Uwe", "Werner", "Wolfgang", "Yvonne",
    ]

    /// Common surnames.
    static let surnames = [
        "Albrecht", "Arnold", "Bauer", "Baumann", "Beck", "Becker", "Berger", "Böhm", "Brandt",
        "Braun", "Busch", "Dietrich", "Engel", "Fischer", "Frank", "Franke", "Friedrich", "Fuchs",
        "Graf", "Günther", "Haas", "Hahn", "Hartmann", "Heinrich", "Herrmann", "Hoffmann",
        "Hofmann", "Horn", "Huber", "Jäger", "Jung", "Kaiser", "Keller", "Klein", "Koch", "Köhler",
        "König", "Krause", "Krüger", "Kuhn", "Kühn", "Lang", "Lange", "Lehmann", "Lorenz",
        "Ludwig", "Maier", "Martin", "Mayer", "Meier", "Meyer", "Möller", "Müller", "Neumann",
        "Otto", "Peters", "Pohl", "Richter", "Roth", "Schäfer", "Scheffler", "Schmid", "Schmidt",
        "Schmitt", "Schneider", "Scholz", "Schröder", "Schubert", "Schulte", "Schulz", "Schulze",
        "Schumacher", "Schwarz", "Seidel", "Simon", "Sommer", "Stein", "Vogel", "Vogt", "Wagner",
        "Walter", "Weber", "Werner", "Winkler", "Winter", "Wolf", "Ziegler", "Zimmermann",
    ]

    /// Role nouns (masculine, as in `roles.tsv`) a person can hold in each kind of entity.
    /// Only those the gazetteer's role lexicon lists are used, with its feminine forms.
    static let rolesByTarget: [(target: TargetKind, roles: [String])] = [
        (.municipality, ["Oberbürgermeister", "Bürgermeister", "Kämmerer", "Dezernent",
                         "Digitalisierungsbeauftragter", "CDO", "Amtsleiter"]),
        (.district, ["Landrat", "Dezernent", "Kämmerer", "Fachbereichsleiter"]),
        (.state, ["Ministerpräsident", "Minister", "Staatssekretär", "CIO", "Regierungssprecher"]),
        (.organization, ["Präsident", "Geschäftsführer", "Direktor", "Leiter",
                         "Vorstandsvorsitzender", "Sprecher", "Abteilungsleiter", "Referent"]),
    ]

    /// Compound prefixes of "-minister" in a Land.
    static let ministries = [
        "Digital", "Innen", "Finanz", "Justiz", "Wirtschafts", "Sozial", "Kultus", "Umwelt",
    ]

    /// What e-government news is about, with its article.
    static let topics = [
        "die elektronische Akte", "das Bürgerportal", "die digitale Bauantragsstellung",
        "das Onlinezugangsgesetz", "die Registermodernisierung", "die Verwaltungscloud",
        "die E-Rechnung", "das digitale Wohngeld", "die Kfz-Zulassung online",
        "das Servicekonto", "die Cybersicherheit der Kommunen", "die Open-Data-Strategie",
        "das Fachverfahren für das Meldewesen", "die digitale Schultafel", "die KI-Assistenz im Bürgerbüro",
        "die Breitbandförderung", "das Glasfasernetz", "die Videosprechstunde im Rathaus",
        "der digitale Personalausweis", "die Bezahlplattform", "das Ratsinformationssystem",
        "die Digitalisierung der Gesundheitsämter", "die Smart-City-Strategie",
        "die Modernisierung der Ausländerbehörde", "die Umstellung auf Open Source",
    ]

    /// Short headline topics (no article).
    static let headlineTopics = [
        "Neue Förderrunde für Kommunen", "Mehr Tempo bei der Digitalisierung",
        "Bürgerportal geht an den Start", "Cloud für die Verwaltung", "E-Akte flächendeckend eingeführt",
        "Onlinedienste ausgebaut", "Zwischenbilanz zur Registermodernisierung",
        "Digitalstrategie vorgestellt", "Mehr Geld für IT-Sicherheit", "Verwaltung digital denken",
        "Pilotprojekt mit künstlicher Intelligenz", "Breitbandausbau kommt voran",
        "Neues Serviceportal", "Open Data im Rathaus", "Digitale Schule", "Smart City gestartet",
    ]

    /// Captions that stand above some titles, as on news pages.
    static let captions = [
        "Blick auf das Rathaus", "Sitzung eines Gremiums in einem hellen Saal",
        "Zwei Personen vor einem Rathaus", "Ein Laptop auf einem Schreibtisch",
        "Symbolbild Digitalisierung", "Menschen in einem Bürgerbüro",
    ]
}

/// The kind of entity a role is held in.
enum TargetKind: Sendable, CaseIterable {
    case municipality, district, state, organization
}
