import GovGraphModel

@testable import GovGraphExtraction

/// A small gazetteer written inline, so that stage tests do not depend on the shipped files in
/// `gazetteer/` (which grow and change).
///
/// Entries are real public facts: official keys (AGS) of Leipzig, Lüneburg, Berlin, Frankfurt am
/// Main and Ludwigsburg, the Landkreis Leipzig, three Länder, two municipal associations, one law.
enum TestGazetteer {
    // MARK: Ids used across the tests

    static let leipzig: EntityID = "municipality:14713000"
    static let lueneburg: EntityID = "municipality:03355022"
    static let berlin: EntityID = "municipality:11000000"
    static let frankfurt: EntityID = "municipality:06412000"
    static let ludwigsburg: EntityID = "municipality:08118048"
    static let landkreisLeipzig: EntityID = "district:14729"
    static let landBerlin: EntityID = "state:11"
    static let niedersachsen: EntityID = "state:03"
    static let sachsenAnhalt: EntityID = "state:15"
    static let staedtetag: EntityID = "organization:deutscher-staedtetag"
    static let landkreistag: EntityID = "organization:deutscher-landkreistag"
    static let hochschuleLudwigsburg: EntityID = "organization:hochschule-ludwigsburg"
    static let ozg: EntityID = "law:ozg"

    // MARK: Files

    static let municipalities = GazetteerFile(
        name: "municipalities.tsv",
        contents: """
            # id\tname\taliases\tadjectives\tkeys
            municipality:14713000\tLeipzig\t\tLeipziger\tags=14713000;state=14
            municipality:03355022\tLüneburg\tHansestadt Lüneburg\tLüneburger\tags=03355022;state=03
            municipality:11000000\tBerlin\t\tBerliner\tags=11000000;state=11
            municipality:06412000\tFrankfurt am Main\tFrankfurt\tFrankfurter\tags=06412000;state=06
            municipality:08118048\tLudwigsburg\t\tLudwigsburger\tags=08118048;state=08

            """)

    static let districts = GazetteerFile(
        name: "districts.tsv",
        contents: """
            # id\tname\taliases\tadjectives\tkeys
            district:14729\tLandkreis Leipzig\tKreis Leipzig\t\tags=14729;state=14

            """)

    static let states = GazetteerFile(
        name: "states.tsv",
        contents: """
            # id\tname\taliases\tadjectives\tkeys
            state:03\tNiedersachsen\tLand Niedersachsen\tniedersächsisch\tags=03
            state:11\tBerlin\tLand Berlin\tberlinisch\tags=11
            state:15\tSachsen-Anhalt\tLand Sachsen-Anhalt\tsachsen-anhaltisch\tags=15

            """)

    static let organizations = GazetteerFile(
        name: "organizations.tsv",
        contents: """
            # id\tname\taliases\tadjectives\tkeys
            organization:deutscher-staedtetag\tDeutscher Städtetag\tDST\t\tcategory=association
            organization:deutscher-landkreistag\tDeutscher Landkreistag\t\t\tcategory=association
            organization:hochschule-ludwigsburg\tHochschule Ludwigsburg\t\t\tcategory=university
            organization:niedersaechsisches-ministerium-fuer-inneres-und-sport\tNiedersächsisches Ministerium für Inneres und Sport\tNiedersächsisches Innenministerium\t\tcategory=ministry;level=state;state=03;body=innenministerium
            organization:ministerium-der-finanzen-des-landes-sachsen-anhalt\tMinisterium der Finanzen des Landes Sachsen-Anhalt\t\t\tcategory=ministry;level=state;state=15;body=finanzministerium
            organization:staatskanzlei-sachsen-anhalt\tStaatskanzlei und Ministerium für Kultur des Landes Sachsen-Anhalt\tStaatskanzlei Sachsen-Anhalt\t\tcategory=government;level=state;state=15;body=staatskanzlei
            organization:niedersaechsisches-ministerium-fuer-wirtschaft-verkehr-bauen-und-digitalisierung\tNiedersächsisches Ministerium für Wirtschaft, Verkehr, Bauen und Digitalisierung\t\t\tcategory=ministry;level=state;state=03;body=digitalministerium,wirtschaftsministerium

            """)

    static let laws = GazetteerFile(
        name: "laws.tsv",
        contents: """
            # id\tname\taliases\tadjectives\tkeys
            law:ozg\tOnlinezugangsgesetz\tOZG\t\tjurabk=OZG;notable=1

            """)

    static let givenNames = GazetteerFile(
        name: "given-names.tsv",
        contents: """
            # name\tgender
            Burkhard\tm
            Claudia\tf
            Lydia\tf
            Daniela\tf
            Katja\tf
            Karsten\tm
            Hans\tm
            Peter\tm
            Markus\tm
            Karl\tm
            Theodor\tm
            Ulrike\tf
            Eva\tf
            Sabine\tf

            """)

    static let roles = GazetteerFile(
        name: "roles.tsv",
        contents: """
            # masculine\tfeminine\tkey\tmatch\tscope
            Präsident\tPräsidentin\t\tsuffix\torganization|state|country|district|municipality
            Minister\tMinisterin\t\tsuffix\tstate|country|organization
            Bürgermeister\tBürgermeisterin\t\tsuffix\tmunicipality|state
            Oberbürgermeister\tOberbürgermeisterin\t\tsuffix\tmunicipality
            OB\tOB\toberbürgermeister\texact\tmunicipality
            Landrat\tLandrätin\tlandrat\texact\tdistrict
            Sprecher\tSprecherin\t\texact\torganization|state|municipality|district
            Chief Digital Officer\tChief Digital Officer\tcdo\texact\torganization|state|municipality
            Staatssekretär\tStaatssekretärin\t\tsuffix\tstate|country|organization
            Beauftragter\tBeauftragte\tbeauftragter\tsuffix\torganization|state|country

            """)

    static let abbreviations = GazetteerFile(
        name: "abbreviations.txt",
        contents: """
            # one abbreviation per line
            Dr.
            Nr.
            Abs.
            z. B.

            """)

    static let surnames = GazetteerFile(
        name: "surnames.txt",
        contents: """
            # one surname per line
            Merkel
            Schröder
            Bush
            Bushs
            Street
            Leipzig

            """)

    static let files = [
        municipalities, districts, states, organizations, laws, givenNames, roles, abbreviations, surnames,
    ]

    /// The parsed gazetteer (the files above are well-formed; a parse error is a test bug).
    static let gazetteer: Gazetteer = {
        do {
            return try Gazetteer(files: files)
        } catch {
            fatalError("the test gazetteer does not parse: \(error)")
        }
    }()

    static let compiled = CompiledGazetteer(gazetteer)

    static let extractor = Extractor(gazetteer: compiled)

    // MARK: More entries, for the role patterns

    static let dstgb: EntityID = "organization:deutscher-staedte-und-gemeindebund"
    static let dataport: EntityID = "organization:dataport"
    static let fdp: EntityID = "organization:freie-demokratische-partei"
    static let bonn: EntityID = "municipality:05314000"

    /// The files above with Bonn, the Deutscher Städte- und Gemeindebund, Dataport, a party, a few
    /// given names and the roles Geschäftsführer and Chef added. A gazetteer of its own, so that
    /// the counts of the base one stay as its tests expect.
    static let rolePatternFiles: [GazetteerFile] = files.map { file in
        let extra: String
        switch file.name {
        case "municipalities.tsv":
            extra = "municipality:05314000\tBonn\t\tBonner\tags=05314000;state=05\n"
        case "organizations.tsv":
            extra = """
                organization:deutscher-staedte-und-gemeindebund\tDeutscher Städte- und Gemeindebund\tDStGB\t\tcategory=association
                organization:dataport\tDataport\t\t\tcategory=it_provider
                organization:freie-demokratische-partei\tFreie Demokratische Partei\tFDP\t\tcategory=party

                """
        case "given-names.tsv":
            extra = "Gerd\tm\nJohann\tm\nAndré\tm\nUlrich\tm\nReinhard\tm\nWolfgang\tm\n"
        case "roles.tsv":
            extra = """
                Geschäftsführer\tGeschäftsführerin\t\tsuffix\torganization
                Chef\tChefin\t\tsuffix\torganization|state|municipality|district|country

                """
        default:
            extra = ""
        }
        return GazetteerFile(name: file.name, contents: file.contents + extra)
    }

    static let rolePatterns: CompiledGazetteer = {
        do {
            return CompiledGazetteer(try Gazetteer(files: rolePatternFiles))
        } catch {
            fatalError("the role-pattern test gazetteer does not parse: \(error)")
        }
    }()

    /// The type a test id names by its prefix (`person:…` → `.person`).
    static func type(of id: EntityID) -> EntityType {
        let prefix = id.rawValue.prefix { $0 != ":" }
        return EntityType(rawValue: String(prefix)) ?? .organization
    }
}
