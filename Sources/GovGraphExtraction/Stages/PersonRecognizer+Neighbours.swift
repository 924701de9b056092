/// Words of the name lists that are common nouns, and neighbours that make a capitalised word one.
///
/// The name lists hold words that are also nouns ("Idol", "Nummer", "Sieger"). A possessive
/// stands before a noun, not before a name ("ihr Idol"), and a number word after a noun, not
/// after a name ("Nummer eins"). A name slashed to another word is part of a compound name
/// ("Frankfurt/Main", "Ringethal/Falkenhain").
extension PersonRecognizer {
    /// Possessive determiners, uninflected and in the forms that the articles of
    /// ``PlaceDisambiguator`` do not hold.
    static let possessives: WordSet = [
        "mein", "meine", "meinen", "meinem", "meiner", "meines", "dein", "deine", "deinen", "deinem", "deiner",
        "deines", "sein", "seines", "ihr", "ihres", "unser", "unseres", "euer", "eure", "euren", "eurem", "eurer",
        "eures",
    ]

    /// Number words that follow a noun ("Nummer eins", "Kapitel zwei").
    static let numberWords: WordSet = [
        "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf",
    ]

    /// Token `i` follows a possessive, precedes a number word or is slashed to a neighbour.
    static func isCommonNounByNeighbours(_ i: Int, tokens: [Token]) -> Bool {
        if i > 0, tokens[i - 1].kind == .word, possessives.contains(tokens[i - 1].norm) { return true }
        if i > 0, tokens[i - 1].text == "/", !tokens[i].spaceBefore { return true }
        guard i + 1 < tokens.count else { return false }
        if tokens[i + 1].text == "/", !tokens[i + 1].spaceBefore { return true }
        return tokens[i + 1].kind == .word && numberWords.contains(tokens[i + 1].norm)
    }

    /// German common nouns that the given-name or surname lists also hold, and that stand alone
    /// as the noun far more often than as a name; as written. A full name keeps them ("Anna
    /// Sieger"); on their own they are no person.
    static let commonNounsOnNameLists: WordSet = [
        "Ader", "Assel", "Bohrer", "Brei", "Bäder", "Dinger", "Dörfer", "Eimer", "Eiter", "Elster", "Fan",
        "Franc", "Furcht", "Gebühr", "Geier", "Gläser", "Granit", "Gräser", "Gulden", "Heere", "Hocker",
        "Hölzer", "Hummer", "Idol", "Kader", "Kamel", "Kassen", "Kater", "Kerl", "Knaller", "Kobold", "Kracher",
        "Käfer", "Lappen", "Leier", "Locher", "Luder", "Lücke", "Marine", "Maus", "Mehl", "Narr", "Natter",
        "Neider", "Neuling", "Nummer", "Patzer", "Pelikan", "Rettich", "Rohling", "Rubin", "Samstag", "Schar",
        "Scheich", "Schlange", "Schleier", "Schnur", "Schwager", "Sieger", "Sitar", "Skala", "Sonnabend",
        "Spass", "Spaß", "Stadion", "Story", "Sultan", "Teller", "Terrier", "Thymian", "Tor", "Tracht",
        "Turban", "Vormittag", "Wahlen", "Wecker", "Zeiger", "Zeppelin",
        // English nouns of the lists, which in German text stand in names of things ("Lindsey School")
        "School", "College", "Line", "Force", "Love", "Mill", "Hook", "Times", "Centre", "Center", "House",
        "Street", "Road", "Lane", "Hall", "Park", "Bridge", "Tower", "River", "Lake", "Bay", "City", "Town",
        "League", "Cup", "Games", "Records", "Music", "News", "Press", "Post",
    ]
}
