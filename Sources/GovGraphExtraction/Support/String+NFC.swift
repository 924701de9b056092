import Foundation

extension String {
    /// The string in Unicode Normalization Form C.
    ///
    /// Text made only of code points that are in NFC whatever stands around them is returned as
    /// it is (the common case for German, see ``isStableNFC(_:)``); only other text goes through
    /// Foundation.
    var precomposedNFC: String {
        if unicodeScalars.allSatisfy(Self.isStableNFC) { return self }
        return precomposedStringWithCanonicalMapping
    }

    /// Code points below U+0300 (no combining marks, no Hangul), general punctuation from U+2002
    /// (dashes, quotes, "…"; U+2000 and U+2001 decompose) and currency signs ("€"): each has no
    /// canonical decomposition, combining class 0, and composes with nothing that follows.
    static func isStableNFC(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x300 || (v >= 0x2002 && v <= 0x206F) || (v >= 0x20A0 && v <= 0x20CF)
    }
}
