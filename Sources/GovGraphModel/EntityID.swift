import Foundation

/// A stable identifier of an entity, the same across documents and runs.
///
/// Gazetteer entities carry the id of their gazetteer line (`municipality:14713000`, built from
/// the official AGS; `organization:deutscher-staedtetag`); persons found by rules get
/// `person:` followed by the slug of their full name.
public struct EntityID: RawRepresentable, Sendable, Hashable, Codable, Comparable,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }

    public static func < (lhs: EntityID, rhs: EntityID) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Builds `prefix:slug` from a display name: lower case, German umlauts transliterated
    /// (ä → ae, ß → ss), every other run of non-alphanumerics turned into one hyphen.
    ///
    /// ```swift
    /// EntityID.slug("person", "Claudia Kalisch")      // person:claudia-kalisch
    /// EntityID.slug("organization", "Amt für Digitales") // organization:amt-fuer-digitales
    /// ```
    public static func slug(_ prefix: String, _ name: String) -> EntityID {
        EntityID(rawValue: prefix + ":" + Slug.make(name))
    }
}

/// Turns names into ASCII slugs for ids.
public enum Slug {
    /// `"Städtetag Baden-Württemberg"` → `"staedtetag-baden-wuerttemberg"`.
    public static func make(_ name: String) -> String {
        let german = name.lowercased()
            .replacingOccurrences(of: "ä", with: "ae").replacingOccurrences(of: "ö", with: "oe")
            .replacingOccurrences(of: "ü", with: "ue").replacingOccurrences(of: "ß", with: "ss")
        let ascii = german.folding(options: [.diacriticInsensitive], locale: nil)
        var out = ""
        var pendingHyphen = false
        for scalar in ascii.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if pendingHyphen && !out.isEmpty { out += "-" }
                pendingHyphen = false
                out.unicodeScalars.append(scalar)
            } else {
                pendingHyphen = true
            }
        }
        return out
    }
}
