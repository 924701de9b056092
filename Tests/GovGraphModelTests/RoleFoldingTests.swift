import GovGraphModel
import Testing

struct RoleFoldingTests {
    @Test(
        "Roles fold to one key: lower case, masculine, abbreviations expanded",
        arguments: [
            ("Präsident", "präsident"),
            ("Präsidentin", "präsident"),
            ("Vizepräsidentin", "vizepräsident"),
            ("Oberbürgermeisterin", "oberbürgermeister"),
            ("OB", "oberbürgermeister"),
            ("Stadtoberhaupt", "oberbürgermeister"),
            ("Chief Digital Officer", "cdo"),
            ("chief information officer", "cio"),
            ("Digitalministerin", "digitalminister"),
            ("Staatssekretärin", "staatssekretär"),
            ("Landrätin", "landrat"),
            ("Kämmerin", "kämmerer"),
            ("Vorsitzende", "vorsitzender"),
            ("Vorsitzender", "vorsitzender"),
            ("Beigeordnete", "beigeordneter"),
            ("Stellvertretende Vorsitzende", "stellvertretender vorsitzender"),
            ("Chefin", "chef"),
            ("Leiter", "leiter"),
        ])
    func key(role: String, expected: String) {
        #expect(RoleFolding.key(role) == expected)
    }

    @Test("The canonical role of a synonym; none for a canonical role in any gender", arguments: [
        ("OB", "Oberbürgermeister"), ("Stadtoberhaupt", "Oberbürgermeister"),
        ("Oberbürgermeisterin", nil), ("Kämmerin", nil), ("Präsidentin", nil), ("Landrat", nil),
    ] as [(String, String?)])
    func canonical(written: String, expected: String?) {
        #expect(RoleFolding.canonical(written) == expected)
    }
}
