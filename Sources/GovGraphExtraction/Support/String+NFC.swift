import Foundation

extension String {
    /// The string in Unicode Normalization Form C.
    ///
    /// Text made only of code points that are in NFC whatever stands around them is returned as
    /// it is (the common case for German, see ``isStableNFC(_:)``); only other text goes through
    /// Foundation.
    public var precomposedNFC: String {
        if isStableNFC { return self }
        return precomposedStringWithCanonicalMapping
    }

    /// Every code point is ``isStableNFC(_:)``.
    private var isStableNFC: Bool {
        if let stable = utf8.withContiguousStorageIfAvailable(Self.isStableNFC(utf8:)) { return stable }
        var copy = self
        return copy.withUTF8(Self.isStableNFC(utf8:))
    }

    /// Every code point of these UTF-8 bytes (valid, as a String's are) is ``isStableNFC(_:)``;
    /// ASCII is read without decoding.
    static func isStableNFC(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let lead = bytes[i]
            if lead < 0xCC {
                i += 1
                continue
            }
            let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            var value = UInt32(lead) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
            for k in 1..<width { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
            guard let scalar = Unicode.Scalar(value), isStableNFC(scalar) else { return false }
            i += width
        }
        return true
    }

    /// Code points below U+0300 (no combining marks, no Hangul), general punctuation from U+2002
    /// (dashes, quotes, "…"; U+2000 and U+2001 decompose) and currency signs ("€"): each has no
    /// canonical decomposition, combining class 0, and composes with nothing that follows.
    static func isStableNFC(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x300 || (v >= 0x2002 && v <= 0x206F) || (v >= 0x20A0 && v <= 0x20CF)
    }
}
