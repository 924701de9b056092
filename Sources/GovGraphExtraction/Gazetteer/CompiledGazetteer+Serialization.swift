import Dispatch

/// A compiled gazetteer as bytes, to be stored in a cache file and read back in a fraction of the
/// time compiling takes.
///
/// The bytes are a header and a body. The header holds the magic `GOVGRAPH`, the format version
/// (``CompiledGazetteer/serializationVersion``), the caller's fingerprint of the inputs, and the
/// body's length and checksum. The body holds the number of entries, then three sections, each
/// after its length: the parsed ``Gazetteer``, the token trie and the typing-error index, in
/// little-endian integers and length-prefixed UTF-8 strings. Reading checks the header first,
/// so a stale file costs only its header; then the checksum, then every count and every index,
/// so damaged bytes throw and never trap. It decodes the first section on one thread and the
/// other two on another.
///
/// ```swift
/// let bytes = compiled.serialized(fingerprint: "states.tsv 412 1760000000")
/// let again = try CompiledGazetteer(serialized: bytes, fingerprint: "states.tsv 412 1760000000")
/// ```
extension CompiledGazetteer {
    /// The version of the byte layout; raise it whenever the layout or what compiling produces
    /// changes.
    public static let serializationVersion: UInt32 = 2

    static let magic: [UInt8] = Array("GOVGRAPH".utf8)

    /// The compiled gazetteer as bytes, marked with `fingerprint` (an opaque description of the
    /// inputs it was compiled from).
    public func serialized(fingerprint: String) -> [UInt8] {
        var body = BinaryWriter(capacity: 1 << 20)
        body.writeCount(gazetteer.entries.count)
        for part in [gazetteer.write(to:), matcher.write(to:), typos.write(to:)] {
            var section = BinaryWriter()
            part(&section)
            body.write(UInt64(section.bytes.count))
            body.append(contentsOf: section.bytes)
        }
        var writer = BinaryWriter(capacity: body.bytes.count + fingerprint.utf8.count + 32)
        writer.append(contentsOf: Self.magic)
        writer.write(Self.serializationVersion)
        writer.write(fingerprint)
        writer.write(UInt64(body.bytes.count))
        writer.write(body.bytes.withUnsafeBytes { Self.checksum($0) })
        writer.append(contentsOf: body.bytes)
        return writer.bytes
    }

    /// Reads bytes written by ``serialized(fingerprint:)``.
    ///
    /// - Throws: ``GazetteerSerializationError`` when the bytes are no compiled gazetteer, of
    ///   another format version, made with another fingerprint, cut short or damaged.
    public init(serialized bytes: [UInt8], fingerprint: String) throws(GazetteerSerializationError) {
        // `withUnsafeBytes` rethrows untyped errors: carry the typed one out in a `Result`.
        let result = bytes.withUnsafeBytes { raw in
            Result { () throws(GazetteerSerializationError) in
                try CompiledGazetteer(serialized: raw, fingerprint: fingerprint)
            }
        }
        self = try result.get()
    }

    /// Reads bytes written by ``serialized(fingerprint:)`` from memory the caller owns.
    public init(serialized raw: UnsafeRawBufferPointer, fingerprint: String) throws(GazetteerSerializationError) {
        var reader = BinaryReader(raw)
        guard reader.remaining >= Self.magic.count, try reader.bytes(Self.magic.count).elementsEqual(Self.magic)
        else { throw .notSerialized }
        let version = try reader.read(UInt32.self)
        guard version == Self.serializationVersion else { throw .unsupportedVersion(version) }
        guard try reader.string() == fingerprint else { throw .differentFingerprint }
        let length = try reader.read(UInt64.self)
        let checksum = try reader.read(UInt64.self)
        guard length <= UInt64(reader.remaining) else { throw .truncated }
        guard length == UInt64(reader.remaining) else { throw .malformed("bytes after the end") }
        let body = try reader.bytes(Int(length))
        guard Self.checksum(body) == checksum else { throw .checksumMismatch }

        var bodyReader = BinaryReader(body)
        let entryCount = Int(try bodyReader.read(UInt32.self))
        var sections: [UnsafeRawBufferPointer] = []
        for _ in 0..<3 {
            let length = try bodyReader.read(UInt64.self)
            guard length <= UInt64(bodyReader.remaining) else { throw .truncated }
            sections.append(try bodyReader.bytes(Int(length)))
        }
        guard bodyReader.isAtEnd else { throw .malformed("bytes after the end") }
        self = try Self.decode(sections, entryCount: entryCount)
    }

    /// Decodes the gazetteer on one thread while the trie and the typing index are decoded on
    /// another: the two halves take about the same time.
    private static func decode(
        _ sections: [UnsafeRawBufferPointer], entryCount: Int
    ) throws(GazetteerSerializationError) -> CompiledGazetteer {
        // The buffers are only read, and stay valid until `concurrentPerform` returns; each
        // result is written by one iteration and read after that.
        nonisolated(unsafe) let sections = sections
        nonisolated(unsafe) var gazetteer: Result<Gazetteer, GazetteerSerializationError> = .failure(.truncated)
        nonisolated(unsafe) var index: Result<(PhraseMatcher, TypoIndex), GazetteerSerializationError> =
            .failure(.truncated)
        DispatchQueue.concurrentPerform(iterations: 2) { half in
            if half == 0 {
                gazetteer = Result { () throws(GazetteerSerializationError) in
                    var reader = BinaryReader(sections[0])
                    let gazetteer = try Gazetteer(from: &reader)
                    guard reader.isAtEnd else { throw .malformed("bytes after the gazetteer") }
                    return gazetteer
                }
            } else {
                index = Result { () throws(GazetteerSerializationError) in
                    var reader = BinaryReader(sections[1])
                    let matcher = try PhraseMatcher(from: &reader, entryCount: entryCount)
                    guard reader.isAtEnd else { throw .malformed("bytes after the trie") }
                    reader = BinaryReader(sections[2])
                    let typos = try TypoIndex(from: &reader, entryCount: entryCount)
                    guard reader.isAtEnd else { throw .malformed("bytes after the typing index") }
                    return (matcher, typos)
                }
            }
        }
        let parsed = try gazetteer.get()
        let (matcher, typos) = try index.get()
        guard parsed.entries.count == entryCount else {
            throw .malformed("\(parsed.entries.count) entries where the header says \(entryCount)")
        }
        return CompiledGazetteer(gazetteer: parsed, matcher: matcher, typos: typos)
    }

    /// A 64-bit checksum that reads eight bytes at a step: each step is a bijection of the state,
    /// so a change in one word always changes the result.
    static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var offset = 0
        while offset + 8 <= bytes.count {
            let word = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            hash = ((hash ^ word) &* 0x9e37_79b9_7f4a_7c15).rotated(by: 29)
            offset += 8
        }
        while offset < bytes.count {
            hash = ((hash ^ UInt64(bytes[offset])) &* 0x9e37_79b9_7f4a_7c15).rotated(by: 29)
            offset += 1
        }
        return hash ^ UInt64(bytes.count)
    }
}

extension UInt64 {
    fileprivate func rotated(by count: UInt64) -> UInt64 {
        (self << count) | (self >> (64 - count))
    }
}
