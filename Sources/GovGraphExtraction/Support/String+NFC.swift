import Foundation

extension String {
    /// The string in Unicode Normalization Form C.
    ///
    /// Text without any code point from U+0300 up is already in NFC (no combining marks, no
    /// Hangul), which is the common case for German; only other text goes through Foundation.
    var precomposedNFC: String {
        if utf8.allSatisfy({ $0 < 0xCC }) { return self }
        return precomposedStringWithCanonicalMapping
    }
}
