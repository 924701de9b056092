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
        if let slug = germanASCII(name) { return slug }
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

    /// The slug of a name written in ASCII and the German letters äöüß (and their capitals),
    /// made in one pass: lower-casing, transliteration and folding cannot change such a name in
    /// any other way. Nil for any other name.
    static func germanASCII(_ name: String) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(name.utf8.count + 4)
        var pendingHyphen = false
        func append(_ bytes: UInt8...) {
            if pendingHyphen && !out.isEmpty { out.append(UInt8(ascii: "-")) }
            pendingHyphen = false
            out.append(contentsOf: bytes)
        }
        for scalar in name.unicodeScalars {
            switch scalar.value {
            case 0x61...0x7A, 0x30...0x39: append(UInt8(scalar.value))
            case 0x41...0x5A: append(UInt8(scalar.value + 0x20))
            case 0xC4, 0xE4: append(UInt8(ascii: "a"), UInt8(ascii: "e"))
            case 0xD6, 0xF6: append(UInt8(ascii: "o"), UInt8(ascii: "e"))
            case 0xDC, 0xFC: append(UInt8(ascii: "u"), UInt8(ascii: "e"))
            case 0xDF: append(UInt8(ascii: "s"), UInt8(ascii: "s"))
            case 0..<0x80: pendingHyphen = true
            default: return nil
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
