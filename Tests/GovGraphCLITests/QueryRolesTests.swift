import Foundation
import Testing

/// The role patterns of issue 5 end to end: `extract` on an own page of dated items, then
/// `query who`.
@Suite("govgraph query who on the role patterns")
struct QueryRolesTests {
    /// Six dated items written for these tests about public facts (Dataport, Sachsen-Anhalt, the
    /// municipal associations, Lüneburg).
    static let rolesPage = CLI.root.appendingPathComponent("Tests/GovGraphCLITests/Fixtures/roles-page.txt")

    @Test(
        "who names the holder each pattern gives",
        arguments: [
            // "Dataport-Chef Johann Bizer": a name compounded with a role noun.
            (["--role", "Chef", "--of", "Dataport"], "Johann Bizer (person)  Chef  2019-05-20  current"),
            // "DStGB-Chef Gerd Landsberg": an abbreviation compounded with a role noun.
            (["--role", "Chef", "--of", "DStGB"], "Gerd Landsberg (person)  Chef  2022-11-15  current"),
            // "wurde zur Ministerin … ernannt" in an item titled "Sachsen-Anhalt: …"; "(FDP)" is no object.
            (["--role", "Ministerin", "--of", "Sachsen-Anhalt"], "Lydia Hüskens (person)  Ministerin für Infrastruktur und Digitales  2021-09-16  new"),
            // "Digitalministerin Lydia Hüskens (FDP)" in an item titled "Sachsen-Anhalt: …".
            (["--role", "Digitalminister", "--of", "Sachsen-Anhalt"], "Lydia Hüskens (person)  Digitalministerin  2023-03-10  current"),
            // "Präsident Markus Lewe (Deutscher Städtetag)": the organization in brackets.
            (["--role", "Präsident", "--of", "Deutscher Städtetag"], "Markus Lewe (person)  Präsident  2022-11-15  current"),
            // "An der Spitze des Deutschen Landkreistages steht … Reinhard Sager".
            (["--role", "Chef", "--of", "Deutscher Landkreistag"], "Reinhard Sager (person)  Chef  2022-11-15  current"),
            // "scheidet … als Hauptgeschäftsführer … aus", then "Sein Nachfolger wird André Berghegger".
            (["--role", "Hauptgeschäftsführer", "--of", "DStGB"], "Gerd Landsberg (person)  Hauptgeschäftsführer  2023-12-15  former"),
            (["--role", "Hauptgeschäftsführer", "--of", "DStGB"], "André Berghegger (person)  Hauptgeschäftsführer  2023-12-15  new"),
            // "Lüneburgs Oberbürgermeister a. D. Ulrich Mädge"; the current one from the title's place.
            (["--role", "OB", "--of", "Lüneburg"], "Ulrich Mädge (person)  Oberbürgermeister  2024-01-12  former"),
            (["--role", "OB", "--of", "Lüneburg"], "Claudia Kalisch (person)  Oberbürgermeisterin  2024-01-12  current"),
        ] as [([String], String)])
    func who(options: [String], line: String) throws {
        let db = try CLI.database(with: [Self.rolesPage])
        let result = try CLI.run(["query", "who"] + options + ["--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(line), "\(result.stdout)")
    }

    @Test("The successor names the predecessor; a party in brackets holds no role")
    func successorAndParty() throws {
        let db = try CLI.database(with: [Self.rolesPage])
        let who = try CLI.run(["query", "who", "--role", "Hauptgeschäftsführer", "--of", "DStGB", "--db", db])
        #expect(who.stdout.contains("succeeded Gerd Landsberg (person)"), "\(who.stdout)")
        let party = try CLI.run(["query", "FDP", "--relation", "holds_role", "--db", db])
        #expect(party.status == 0, "\(party.stderr)")
        #expect(!party.stdout.contains("Lydia Hüskens"), "\(party.stdout)")
    }
}
