#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Bytes of UTF-8 collected code point by code point, then made into a `String` at once.
///
/// Appending to a `String.UnicodeScalarView` costs about a hundred instructions a code point;
/// encoding into a buffer and decoding that once costs a few. The tokenizer reuses one buffer
/// for every token. The buffer owns its memory: call ``deallocate()`` when done.
///
/// ```swift
/// var buffer = UTF8Buffer()
/// defer { buffer.deallocate() }
/// buffer.append("Ä")
/// buffer.string  // "Ä"
/// ```
struct UTF8Buffer {
    private var storage: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int = 32) {
        self.capacity = max(capacity, 8)
        storage = .allocate(capacity: self.capacity)
    }

    func deallocate() {
        storage.deallocate()
    }

    @inline(__always)
    mutating func appendASCII(_ byte: UInt8) {
        if count == capacity { grow() }
        storage[count] = byte
        count += 1
    }

    @inline(__always)
    mutating func append(_ scalar: Unicode.Scalar) {
        if count + 4 > capacity { grow() }
        let v = scalar.value
        if v < 0x80 {
            storage[count] = UInt8(truncatingIfNeeded: v)
            count += 1
        } else if v < 0x800 {
            storage[count] = UInt8(truncatingIfNeeded: 0xC0 | v >> 6)
            storage[count + 1] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
            count += 2
        } else if v < 0x1_0000 {
            storage[count] = UInt8(truncatingIfNeeded: 0xE0 | v >> 12)
            storage[count + 1] = UInt8(truncatingIfNeeded: 0x80 | v >> 6 & 0x3F)
            storage[count + 2] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
            count += 3
        } else {
            storage[count] = UInt8(truncatingIfNeeded: 0xF0 | v >> 18)
            storage[count + 1] = UInt8(truncatingIfNeeded: 0x80 | v >> 12 & 0x3F)
            storage[count + 2] = UInt8(truncatingIfNeeded: 0x80 | v >> 6 & 0x3F)
            storage[count + 3] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
            count += 4
        }
    }

    mutating func append<S: Sequence>(contentsOf scalars: S) where S.Element == Unicode.Scalar {
        for scalar in scalars { append(scalar) }
    }

    mutating func removeAll() {
        count = 0
    }

    private mutating func grow() {
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
        larger.update(from: storage, count: count)
        storage.deallocate()
        storage = larger
        capacity *= 2
    }

    /// The same bytes as `other`.
    func hasSameBytes(as other: UTF8Buffer) -> Bool {
        count == other.count && memcmp(storage, other.storage, count) == 0
    }

    var string: String { String(decoding: UnsafeBufferPointer(start: storage, count: count), as: UTF8.self) }
}

extension String {
    /// The text of a run of code points.
    init<S: Sequence>(scalars: S) where S.Element == Unicode.Scalar {
        var buffer = UTF8Buffer(capacity: scalars.underestimatedCount * 2)
        defer { buffer.deallocate() }
        buffer.append(contentsOf: scalars)
        self = buffer.string
    }
}
