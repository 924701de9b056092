/// Reads what ``BinaryWriter`` wrote, checking every length against the bytes that are left.
///
/// A reader is a view of memory owned by someone else: make it inside `withUnsafeBytes` and do
/// not let it escape. Damaged input makes it throw, never trap: a count or length that runs past
/// the end is ``GazetteerSerializationError/truncated``, and ``count(minimumSize:)`` refuses
/// counts the remaining bytes cannot hold, so a damaged count never reserves gigabytes.
///
/// ```swift
/// let name = try bytes.withUnsafeBytes { raw in
///     var reader = BinaryReader(raw)
///     return try reader.string()  // "Leipzig"
/// }
/// ```
struct BinaryReader {
    private let base: UnsafeRawBufferPointer
    private(set) var offset = 0

    init(_ base: UnsafeRawBufferPointer) {
        self.base = base
    }

    var remaining: Int { base.count - offset }

    var isAtEnd: Bool { offset == base.count }

    mutating func read<Integer: FixedWidthInteger>(
        _: Integer.Type = Integer.self
    ) throws(GazetteerSerializationError) -> Integer {
        let size = MemoryLayout<Integer>.size
        guard remaining >= size else { throw .truncated }
        let value = base.loadUnaligned(fromByteOffset: offset, as: Integer.self)
        offset += size
        return Integer(littleEndian: value)
    }

    mutating func bool() throws(GazetteerSerializationError) -> Bool {
        switch try read(UInt8.self) {
        case 0: false
        case 1: true
        case let other: throw .malformed("a flag is \(other), not 0 or 1")
        }
    }

    /// A length-prefixed UTF-8 string (invalid UTF-8 is repaired, as `String(decoding:as:)` does).
    mutating func string() throws(GazetteerSerializationError) -> String {
        let length = Int(try read(UInt32.self))
        guard remaining >= length else { throw .truncated }
        guard length > 0 else { return "" }
        let start = base.baseAddress!.advanced(by: offset).assumingMemoryBound(to: UInt8.self)
        offset += length
        return String(decoding: UnsafeBufferPointer(start: start, count: length), as: UTF8.self)
    }

    /// The next `length` bytes, unread.
    mutating func bytes(_ length: Int) throws(GazetteerSerializationError) -> UnsafeRawBufferPointer {
        guard length >= 0, remaining >= length else { throw .truncated }
        defer { offset += length }
        return UnsafeRawBufferPointer(rebasing: base[offset..<(offset + length)])
    }

    /// A count, then that many integers (as ``BinaryWriter/write(contentsOf:)`` writes them),
    /// copied in one step.
    mutating func integers<Integer: FixedWidthInteger>(
        _: Integer.Type = Integer.self
    ) throws(GazetteerSerializationError) -> [Integer] {
        let count = try self.count(minimumSize: MemoryLayout<Integer>.size)
        let raw = try bytes(count * MemoryLayout<Integer>.size)
        return [Integer](unsafeUninitializedCapacity: count) { buffer, initialized in
            UnsafeMutableRawBufferPointer(buffer).copyMemory(from: raw)
            #if _endian(big)
                for i in 0..<count { buffer[i] = Integer(littleEndian: buffer[i]) }
            #endif
            initialized = count
        }
    }

    /// A number of elements that follow, each taking at least `minimumSize` bytes.
    mutating func count(minimumSize: Int) throws(GazetteerSerializationError) -> Int {
        let count = Int(try read(UInt32.self))
        guard count <= remaining / max(minimumSize, 1) else { throw .truncated }
        return count
    }

    /// An index into a table of `limit` elements stored earlier.
    mutating func index(below limit: Int) throws(GazetteerSerializationError) -> Int32 {
        let value = try read(Int32.self)
        guard value >= 0, Int(value) < limit else {
            throw .malformed("index \(value) outside a table of \(limit)")
        }
        return value
    }
}
