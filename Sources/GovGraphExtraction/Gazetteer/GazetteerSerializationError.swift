/// Why stored bytes are not a usable ``CompiledGazetteer``.
///
/// A cache reader treats every case alike (it compiles the gazetteer again); the cases say why,
/// for tests and for a debugging message.
public enum GazetteerSerializationError: Error, Equatable, CustomStringConvertible {
    /// The bytes do not start with the format's magic header.
    case notSerialized
    /// Written by another version of the format.
    case unsupportedVersion(UInt32)
    /// Written from other inputs than the ones expected.
    case differentFingerprint
    /// The bytes end before the data does.
    case truncated
    /// The bytes changed after they were written.
    case checksumMismatch
    /// The data does not hold together (an index outside its table, an unknown tag).
    case malformed(String)

    public var description: String {
        switch self {
        case .notSerialized: "not a compiled govgraph gazetteer (the header is missing)"
        case let .unsupportedVersion(version):
            "a compiled gazetteer of format version \(version); this govgraph reads version "
                + "\(CompiledGazetteer.serializationVersion)"
        case .differentFingerprint: "the compiled gazetteer was made from other gazetteer files"
        case .truncated: "the compiled gazetteer is cut short"
        case .checksumMismatch: "the compiled gazetteer is damaged (its checksum does not match)"
        case let .malformed(reason): "the compiled gazetteer is damaged: \(reason)"
        }
    }
}
