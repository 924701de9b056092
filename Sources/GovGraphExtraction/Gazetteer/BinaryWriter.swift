/// Appends values to a byte buffer: little-endian integers and length-prefixed UTF-8 strings.
///
/// The counterpart of ``BinaryReader``; together they store a ``CompiledGazetteer``.
///
/// ```swift
/// var writer = BinaryWriter()
/// writer.write(UInt32(2))
/// writer.write("Leipzig")
/// writer.bytes  // [2, 0, 0, 0, 7, 0, 0, 0, 76, 101, 105, 112, 122, 105, 103]
/// ```
struct BinaryWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    mutating func write<Integer: FixedWidthInteger>(_ value: Integer) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func write(_ value: Bool) {
        bytes.append(value ? 1 : 0)
    }

    /// The number of UTF-8 bytes as a `UInt32`, then the bytes.
    mutating func write(_ string: String) {
        var string = string
        string.withUTF8 { utf8 in
            write(UInt32(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    /// A number of elements that follow, as a `UInt32`.
    mutating func writeCount(_ count: Int) {
        write(UInt32(count))
    }

    /// A count, then the integers.
    mutating func write<Integer: FixedWidthInteger>(contentsOf integers: [Integer]) {
        writeCount(integers.count)
        #if _endian(little)
            integers.withUnsafeBytes { bytes.append(contentsOf: $0) }
        #else
            for integer in integers { write(integer) }
        #endif
    }

    /// Raw bytes, without a length.
    mutating func append(contentsOf raw: [UInt8]) {
        bytes.append(contentsOf: raw)
    }
}
