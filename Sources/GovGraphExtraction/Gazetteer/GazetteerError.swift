/// Problems in gazetteer files, each naming the file and line.
public enum GazetteerError: Error, Equatable, CustomStringConvertible {
    /// A line that does not have the expected shape.
    case malformedLine(file: String, line: Int, reason: String)
    /// The same id twice (in one file or across files).
    case duplicateID(file: String, line: Int, id: String)
    /// A `.tsv` file whose name says no entity type and that is no known list.
    case unknownFile(file: String)
    /// The gazetteer has no entity files at all.
    case empty

    /// The file the error is about, if any.
    public var file: String? {
        switch self {
        case let .malformedLine(file, _, _), let .duplicateID(file, _, _), let .unknownFile(file): file
        case .empty: nil
        }
    }

    public var description: String {
        switch self {
        case let .malformedLine(file, line, reason):
            "\(file):\(line): \(reason)"
        case let .duplicateID(file, line, id):
            "\(file):\(line): the id \"\(id)\" is used twice; ids must be unique across the gazetteer"
        case let .unknownFile(file):
            "\(file): unknown gazetteer file; name entity files after their type (for example "
                + "\"municipalities.tsv\", \"my-organizations.tsv\")"
        case .empty:
            "the gazetteer has no entity files (expected states.tsv, municipalities.tsv, …)"
        }
    }
}
