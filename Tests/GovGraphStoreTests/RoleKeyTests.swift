import Testing

@testable import GovGraphStore

@Suite("Role keys")
struct RoleKeyTests {
    @Test(
        "Roles fold to the key the extraction stores",
        arguments: [
            ("Präsident", "präsident"),
            ("Präsidentin", "präsident"),
            ("Vizepräsidentin", "vizepräsident"),
            ("Oberbürgermeisterin", "oberbürgermeister"),
            ("OB", "oberbürgermeister"),
            ("ob", "oberbürgermeister"),
            (" Landrat ", "landrat"),
            ("Landrätin", "landrat"),
            // too short to be a feminine form
            ("Bin", "bin"),
        ])
    func fold(role: String, key: String) {
        #expect(RoleKey.fold(role) == key)
    }

    @Test(
        "A stored key matches its forms, ignoring the umlaut of a feminine form, and a role with its field the role",
        arguments: [
            ("landrat", "Landrätin", true),
            ("minister für inneres und kommunales", "Ministerin", true),
            ("minister für inneres und kommunales", "Minister für Inneres und Kommunales", true),
            ("ministerpräsident", "Minister", false),
            ("vorsitzender des aufsichtsrats", "Vorsitzender", false),
            ("präsident", "PRÄSIDENTIN", true),
            ("oberbürgermeister", "OB", true),
            ("vizepräsident", "Präsident", false),
            ("bürgermeister", "Oberbürgermeister", false),
        ])
    func matches(stored: String, role: String, expected: Bool) {
        #expect(RoleKey.matches(stored: stored, query: RoleKey.fold(role)) == expected)
    }
}
