import GovGraphModel
import Testing

@testable import GovGraphExtraction

/// Homonymous places, ordinary words and city-states, on a small gazetteer of real places.
struct PlaceDisambiguatorTests {
    static let compiled: CompiledGazetteer = {
        let municipalities = """
            municipality:09464000\tHof\t\t\tags=09464000;state=09;district=09464;population=46656;common_word=Hof
            municipality:07143001\tHof (Westerwald)\tHof\t\tags=07143001;state=07;district=07143;population=1183;common_word=Hof
            municipality:07316000\tNeustadt an der Weinstraße\tNeustadt\t\tags=07316000;state=07;district=07316;population=53264
            municipality:06534016\tNeustadt (Hessen)\tNeustadt\t\tags=06534016;state=06;district=06534;population=9319
            municipality:09473151\tNeustadt bei Coburg\tNeustadt\t\tags=09473151;state=09;district=09473;population=15794
            municipality:06412000\tFrankfurt am Main\tFrankfurt\t\tags=06412000;state=06;district=06412;population=773068
            municipality:12053000\tFrankfurt (Oder)\tFrankfurt\t\tags=12053000;state=12;district=12053;population=57015
            municipality:11000000\tBerlin\t\t\tags=11000000;state=11;district=11000;population=3755251
            municipality:09571196\tSachsen bei Ansbach\tSachsen\t\tags=09571196;state=09;district=09571;population=3628
            municipality:05113000\tEssen\t\t\tags=05113000;state=05;district=05113;population=584580;common_word=Essen
            municipality:05970040\tSiegen\t\t\tags=05970040;state=05;district=05970;population=102560;lower_word=Siegen
            municipality:03353032\tStelle\t\t\tags=03353032;state=03;district=03353;population=11523;lower_word=Stelle
            municipality:07231065\tKarl\t\t\tags=07231065;state=07;district=07231;population=203
            municipality:08426100\tRot an der Rot\tRot\t\tags=08426100;state=08;district=08426;population=4565;lower_word=Rot
            municipality:09374134\tMantel\t\t\tags=09374134;state=09;district=09374;population=2790
            municipality:03355022\tLüneburg\t\t\tags=03355022;state=03;district=03355;population=78000
            municipality:05954024\tSchwelm\t\t\tags=05954024;state=05;district=05954;population=28723
            municipality:stockholm-schweden\tStockholm\t\t\tcountry=schweden;population=980000;foreign=1
            municipality:09377113\tBrand\t\t\tags=09377113;state=09;district=09377;population=1187;common_word=Brand
            municipality:03452019\tNorden\t\t\tags=03452019;state=03;district=03452;population=25179;common_word=Norden
            """
        let states = """
            state:11\tBerlin\tLand Berlin\t\tags=11
            state:14\tSachsen\tFreistaat Sachsen\t\tags=14
            state:07\tRheinland-Pfalz\t\t\tags=07
            state:06\tHessen\t\t\tags=06
            state:12\tBrandenburg\tLand Brandenburg\t\tags=12
            """
        let districts = """
            district:07143\tWesterwaldkreis\t\t\tags=07143;state=07
            district:09473\tLandkreis Coburg\t\t\tags=09473;state=09
            """
        let roles = "Oberbürgermeister\tOberbürgermeisterin\t\tsuffix\tmunicipality\nBürgermeister\tBürgermeisterin\t\tsuffix\tmunicipality|state\n"
        let givenNames = "Karl\tm\nClaudia\tf\n"
        let gazetteer = try! Gazetteer(files: [
            GazetteerFile(name: "given-names.tsv", contents: givenNames),
            GazetteerFile(name: "municipalities.tsv", contents: municipalities),
            GazetteerFile(name: "states.tsv", contents: states),
            GazetteerFile(name: "districts.tsv", contents: districts),
            GazetteerFile(name: "roles.tsv", contents: roles),
        ])
        return CompiledGazetteer(gazetteer)
    }()

    /// "text=id" for every span after overlap resolution.
    static func places(_ text: String) -> [String] {
        let data = compiled.gazetteer
        var document = Document(text: text)
        let stages: [any PipelineStage] = [
            Tokenizer(), SentenceSplitter(abbreviations: []), ArticleSegmenter(),
            GazetteerMatcher(gazetteer: compiled),
            PlaceDisambiguator(roles: data.roles, givenNames: Set(data.givenNames.keys)), OverlapResolver(),
        ]
        for stage in stages { stage.process(&document) }
        return document.spans.map { "\(document.text(ofTokens: $0.tokens))=\($0.entity)" }
    }

    @Test("A homonym goes to the place whose Land or Kreis the text names, else to the most populous", arguments: [
        ("Das Fest in Neustadt war gut besucht.", ["Neustadt=municipality:07316000"]),
        ("Hessen fördert Neustadt.", ["Hessen=state:06", "Neustadt=municipality:06534016"]),
        ("Der Landkreis Coburg lobt Neustadt.", ["Landkreis Coburg=district:09473", "Neustadt=municipality:09473151"]),
        ("In Rheinland-Pfalz liegt Neustadt.", ["Rheinland-Pfalz=state:07", "Neustadt=municipality:07316000"]),
        ("Die Bahn fährt nach Frankfurt.", ["Frankfurt=municipality:06412000"]),
        ("Brandenburg baut in Frankfurt.", ["Brandenburg=state:12", "Frankfurt=municipality:12053000"]),
        ("Frankfurt (Oder) wächst. Frankfurt baut.", ["Frankfurt (Oder)=municipality:12053000", "Frankfurt=municipality:12053000"]),
        ("Der Westerwaldkreis hilft in Hof.", ["Westerwaldkreis=district:07143", "Hof=municipality:07143001"]),
        ("Der Rat tagte in Hof.", ["Hof=municipality:09464000"]),
        ("Der Rat tagte in Hof, nicht in Hof (Westerwald).", ["Hof=municipality:09464000", "Hof (Westerwald)=municipality:07143001"]),
    ])
    func homonyms(text: String, expected: [String]) {
        #expect(Self.places(text) == expected)
    }

    @Test("A place name that is an ordinary word needs place context", arguments: [
        ("Der Hof der Schule ist groß.", [String]()),
        ("Nach dem Essen sprach sie.", []),
        ("Sie wohnt in Hof.", ["Hof=municipality:09464000"]),
        ("Die Stadt Essen baut.", ["Essen=municipality:05113000"]),
        ("Essens Oberbürgermeister sprach.", ["Essens=municipality:05113000"]),
        ("Aus Essen kam Lob.", ["Essen=municipality:05113000"]),
        ("Hof: Neue Bürgerdienste\n\nDer Rat beschloss es.", ["Hof=municipality:09464000"]),
        ("Der Kreis lobt Siegen für sein Portal.", ["Siegen=municipality:05970040"]),
        ("Siegen heißt hier gewinnen.", []),
        ("SIEGEN BAUT", []),
        ("In Siegen wird gebaut.", ["Siegen=municipality:05970040"]),
        ("[02.05.2025] Siegen baut ein Portal.", []),
        ("Sie besetzt die Siegen neu.", []),
        ("Das schöne Essen gefiel.", []),
        // After a preposition a small place that is a noun is an idiom, a compass noun a direction
        ("Die Scheune geriet in Brand.", []),
        ("Die Stadt Brand baut.", ["Brand=municipality:09377113"]),
        ("Der Wind kam von Norden.", []),
        ("Die Stadt Norden baut.", ["Norden=municipality:03452019"]),
    ])
    func ordinaryWords(text: String, expected: [String]) {
        #expect(Self.places(text) == expected)
    }

    @Test("A one-word place after an article, an adjective phrase or inside a compound is a word", arguments: [
        ("An erster Stelle stand die Stadt.", [String]()),
        ("Jede zweite freiwerdende Stelle bleibt offen.", []),
        ("Sie trug im langen Mantel einen Hut.", []),
        ("Der Mantel ist braun.", []),
        ("Die Farben Schwarz-Rot-Gold wehten.", []),
        // A town of 10,000 or more that is no word stays a place after an adjective phrase …
        ("Er lebte im benachbarten Schwelm.", ["Schwelm=municipality:05954024"]),
        ("Der im royalen Stockholm gepflegte Stil.", ["Stockholm=municipality:stockholm-schweden"]),
        // … unless it opens a compound or a longer name.
        ("Der Preis des Stockholm-Marathons stieg.", []),
        ("Die Schwelm Tigers gewannen.", []),
        ("Der Rat lobte Lüneburg für das Portal.", ["Lüneburg=municipality:03355022"]),
        ("Man fuhr von Mantel nach Lüneburg.", ["Mantel=municipality:09374134", "Lüneburg=municipality:03355022"]),
    ])
    func determiners(text: String, expected: [String]) {
        #expect(Self.places(text) == expected)
    }

    @Test("A place that is also a given name needs place context", arguments: [
        ("Karl kam spät.", [String]()),
        ("Karl kam. Dann kam Karl-Heinz.", []),
        ("Der Rat von Karl tagte.", ["Karl=municipality:07231065"]),
    ])
    func givenNamePlaces(text: String, expected: [String]) {
        #expect(Self.places(text) == expected)
    }

    @Test("A city-state's bare name is the city, its designated name the Land; a Land beats a village", arguments: [
        ("Sie lebt in Berlin.", ["Berlin=municipality:11000000"]),
        // After the Land is named as a Land, the bare name is the Land, except as a place
        ("Das Land Berlin spart. Für Berlin ist das gut.", ["Land Berlin=state:11", "Berlin=state:11"]),
        ("Das Land Berlin spart. Sie lebt in Berlin.", ["Land Berlin=state:11", "Berlin=municipality:11000000"]),
        ("Sie lebt in Berlin. Das Land Berlin spart.", ["Berlin=municipality:11000000", "Land Berlin=state:11"]),
        ("Das Land Berlin zahlt.", ["Land Berlin=state:11"]),
        ("Sachsen investiert.", ["Sachsen=state:14"]),
        ("Der Regierende Bürgermeister von Berlin lud ein.", ["Berlin=state:11"]),
        ("Hessen, Berlin und Sachsen einigten sich.", ["Hessen=state:06", "Berlin=state:11", "Sachsen=state:14"]),
        ("Berlin und Brandenburg planen gemeinsam.", ["Berlin=state:11", "Brandenburg=state:12"]),
        ("Von Berlin fuhr sie nach Frankfurt.", ["Berlin=municipality:11000000", "Frankfurt=municipality:06412000"]),
        // The Land named in another article of the page says nothing about this one's bare name
        ("Titel\n[01.02.2020] Das Land Berlin spart.\n\nTitel\n[02.02.2020] Für Berlin ist das gut.",
         ["Land Berlin=state:11", "Berlin=municipality:11000000"]),
    ])
    func cityStatesAndLänder(text: String, expected: [String]) {
        #expect(Self.places(text) == expected)
    }

    @Test("A homonym's Land named in its own article outweighs another's named elsewhere on the page", arguments: [
        ("Titel\n[01.02.2020] Hessen spart.\n\nTitel\n[02.02.2020] Rheinland-Pfalz fördert Neustadt.",
         ["Hessen=state:06", "Rheinland-Pfalz=state:07", "Neustadt=municipality:07316000"]),
        ("Titel\n[01.02.2020] Rheinland-Pfalz spart.\n\nTitel\n[02.02.2020] Hessen fördert Neustadt.",
         ["Rheinland-Pfalz=state:07", "Hessen=state:06", "Neustadt=municipality:06534016"]),
        // Named on the page only, a Land still counts
        ("Titel\n[01.02.2020] Hessen spart.\n\nTitel\n[02.02.2020] Der Rat fördert Neustadt.",
         ["Hessen=state:06", "Neustadt=municipality:06534016"]),
    ])
    func homonymsOnAPage(text: String, expected: [String]) {
        #expect(Self.places(text) == expected)
    }

    @Test("Places under a key support others in an article and on the page, unless excluded", arguments: [
        // (places with their article, article asked about, excluded places, support in it, on the page)
        ([("a", 0), ("b", 1)], 1, ["a"], true, true),
        ([("a", 0), ("b", 1)], 0, ["a"], false, true),
        ([("a", 0), ("b", 1)], 0, ["a", "b"], false, false),
        ([("a", 0), ("a", 1)], 1, [], true, true),
        ([("a", nil), ("b", 2)], nil, ["b"], true, true),
        ([("a", 0)], 3, [], false, true),
    ] as [([(String, Int?)], Int?, Set<String>, Bool, Bool)])
    func support(places: [(String, Int?)], article: Int?, excluded: Set<String>, inArticle: Bool, onPage: Bool) {
        var support = PlaceDisambiguator.Context.Support()
        for (id, article) in places { support.add(EntityID(id), article: article) }
        let found = support.names(in: article) { excluded.contains($0.rawValue) }
        #expect(found.article == inArticle)
        #expect(found.page == onPage)
    }
}
