import Foundation
import GovGraphModel

/// Folds a role noun to the key the extraction stores in `roleKey`, so that a query finds every
/// form of a role.
///
/// Lower case; a feminine form of six letters or more loses its final "in" ("Präsidentin",
/// "Vizepräsidentin", "Oberbürgermeisterin"); the abbreviation "OB" is "oberbürgermeister".
///
/// ```swift
/// RoleKey.fold("Präsidentin")   // "präsident"
/// RoleKey.fold("OB")            // "oberbürgermeister"
/// ```
public enum RoleKey {
    /// The folded key of a role as written: the model's ``RoleFolding``, the same folding the
    /// extraction and the evaluation use.
    public static func fold(_ role: String) -> String {
        RoleFolding.key(role.precomposedStringWithCanonicalMapping.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Whether a stored role key is the role of a query key, ignoring diacritics, so that the
    /// umlaut of a feminine form ("Landrätin" → "landrät") still finds "landrat". A role with its
    /// field ("Ministerin für Infrastruktur und Digitales") is also the role without it.
    static func matches(stored: String, query: String) -> Bool {
        let stored = comparable(stored)
        let query = comparable(query)
        return stored == query || stored.hasPrefix(query + " " + comparable("für") + " ")
    }

    private static func comparable(_ key: String) -> String {
        fold(key).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
    }
}
