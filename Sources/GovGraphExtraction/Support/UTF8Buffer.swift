/// Bytes of UTF-8 collected code point by code point, then made into a `String` at once.
///
/// Appending to a `String.UnicodeScalarView` costs about a hundred instructions a code point;
/// encoding into a byte array and decoding that once costs a few. The tokenizer reuses one
/// buffer for every token.
///
/// ```swift
/// var buffer = UTF8Buffer()
/// buffer.append("Ä")
/// buffer.string  // "Ä"
/// ```
struct UTF8Buffer {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 32) {
        bytes.reserveCapacity(capacity)
    }

    var isEmpty: Bool { bytes.isEmpty }

    @inline(__always)
    mutating func append(_ scalar: Unicode.Scalar) {
        let v = scalar.value
        if v < 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v))
        } else if v < 0x800 {
            bytes.append(UInt8(truncatingIfNeeded: 0xC0 | v >> 6))
            bytes.append(UInt8(truncatingIfNeeded: 0x80 | v & 0x3F))
        } else if v < 0x1_0000 {
            bytes.append(UInt8(truncatingIfNeeded: 0xE0 | v >> 12))
            bytes.append(UInt8(truncatingIfNeeded: 0x80 | v >> 6 & 0x3F))
            bytes.append(UInt8(truncatingIfNeeded: 0x80 | v & 0x3F))
        } else {
            bytes.append(UInt8(truncatingIfNeeded: 0xF0 | v >> 18))
            bytes.append(UInt8(truncatingIfNeeded: 0x80 | v >> 12 & 0x3F))
            bytes.append(UInt8(truncatingIfNeeded: 0x80 | v >> 6 & 0x3F))
            bytes.append(UInt8(truncatingIfNeeded: 0x80 | v & 0x3F))
        }
    }

    mutating func append<S: Sequence>(contentsOf scalars: S) where S.Element == Unicode.Scalar {
        for scalar in scalars { append(scalar) }
    }

    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }
}

extension String {
    /// The text of a run of code points.
    init<S: Sequence>(scalars: S) where S.Element == Unicode.Scalar {
        var buffer = UTF8Buffer(capacity: scalars.underestimatedCount)
        buffer.append(contentsOf: scalars)
        self = buffer.string
    }
}
