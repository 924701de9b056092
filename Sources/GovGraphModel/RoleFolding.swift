/// Folds a role noun to one key, so that gold roles and extracted roles compare.
///
/// Lower case; feminine forms become masculine (Präsidentin → präsident, Landrätin → landrat);
/// adjectival nouns take the masculine ending (Vorsitzende → vorsitzender); OB and
/// Stadtoberhaupt are Oberbürgermeister; Chief Digital Officer is CDO. Each word of another
/// multi-word role folds on its own ("Stellvertretende Vorsitzende" → "stellvertretender vorsitzender").
///
/// ```swift
/// RoleFolding.key("Oberbürgermeisterin")  // "oberbürgermeister"
/// RoleFolding.key("OB")                   // "oberbürgermeister"
/// ```
public enum RoleFolding {
    /// Whole roles that stand for another.
    static let synonyms: [String: String] = [
        "ob": "oberbürgermeister",
        "oberbürgermeisterin": "oberbürgermeister",
        "stadtoberhaupt": "oberbürgermeister",
        "kämmerin": "kämmerer",
    ]

    /// Roles of several words that fold to their abbreviation, as the role lexicon folds them.
    static let abbreviated: [String: String] = [
        "chief digital officer": "cdo", "chief information officer": "cio", "chief executive officer": "ceo",
        "chief technology officer": "cto",
    ]

    /// Feminine endings with a vowel change: Landrätin → Landrat, Vorständin → Vorstand.
    static let umlautEndings: [(feminine: String, masculine: String)] = [
        ("ätin", "at"), ("ändin", "and"), ("ärztin", "arzt"), ("öfin", "of"),
    ]

    /// The canonical role a written one stands for, when it is a synonym ("OB",
    /// "Stadtoberhaupt" → "Oberbürgermeister"); `nil` when the written role is already canonical
    /// up to gender and inflection.
    public static func canonical(_ role: String) -> String? {
        let word = role.lowercased()
        // Feminine forms among the synonyms differ only in gender.
        guard let synonym = synonyms[word], !word.hasPrefix(synonym), word != "kämmerin" else { return nil }
        return synonym.prefix(1).uppercased() + synonym.dropFirst()
    }

    /// The folded key of `role`.
    public static func key(_ role: String) -> String {
        let words = role.lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
        if let abbreviation = abbreviated[words.joined(separator: " ")] { return abbreviation }
        return words.map(fold).joined(separator: " ")
    }

    static func fold(_ word: String) -> String {
        if let synonym = synonyms[word] { return synonym }
        // Compounds fold on their head: "Digitalministerin", "DLT-Präsidentin".
        for (feminine, masculine) in umlautEndings where word.hasSuffix(feminine) {
            return String(word.dropLast(feminine.count)) + masculine
        }
        if word.hasSuffix("in"), word.count > 4, let before = word.dropLast(2).last, !"aeiouäöü".contains(before) {
            return String(word.dropLast(2))
        }
        // Adjectival nouns: die Vorsitzende, die Beigeordnete, die Beauftragte.
        if word.hasSuffix("nde") || word.hasSuffix("te") {
            return word + "r"
        }
        return word
    }
}
