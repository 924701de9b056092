/// Problems reading gold annotations, CoNLL files and label maps, each naming where it was found.
public enum EvaluationError: Error, Equatable, CustomStringConvertible {
    /// The gold file is empty or holds only whitespace.
    case emptyGold
    /// A gold object that is not valid JSON or lacks a field; `line` is set for JSON lines.
    case invalidGold(line: Int?, reason: String)
    /// A gold entity whose type is not one of the seven entity types.
    case unknownEntityType(String, entity: String)
    /// A gold article whose id names none of the text files.
    case unmatchedGold(id: String, files: [String])
    /// A CoNLL line that does not have the columns of its format.
    case malformedCoNLL(line: Int, expected: String, found: String)
    /// A CoNLL tag that is not `O`, `B-LABEL` or `I-LABEL`.
    case malformedTag(line: Int, tag: String)
    /// A label map entry that is not `LABEL=type|type`.
    case malformedLabelMap(entry: String)
    /// A label map entry that names a type govgraph does not have.
    case unknownLabelType(String, entry: String)

    public var description: String {
        switch self {
        case .emptyGold:
            "the gold file holds no annotation"
        case let .invalidGold(line?, reason):
            "gold line \(line): \(reason)"
        case let .invalidGold(nil, reason):
            "gold: \(reason)"
        case let .unknownEntityType(type, entity):
            "gold entity \"\(entity)\": unknown type \"\(type)\" (expected one of "
                + Self.typeList + ")"
        case let .unmatchedGold(id, files):
            "gold article \"\(id)\" matches none of the text files ("
                + files.prefix(5).joined(separator: ", ") + (files.count > 5 ? ", …" : "")
                + "); its id must be a file name, with or without the extension"
        case let .malformedCoNLL(line, expected, found):
            "CoNLL line \(line): expected \(expected), found \"\(Self.clip(found))\""
        case let .malformedTag(line, tag):
            "CoNLL line \(line): expected a tag O, B-LABEL or I-LABEL, found \"\(Self.clip(tag))\""
        case let .malformedLabelMap(entry):
            "label map: expected LABEL=type or LABEL=type|type, found \"\(Self.clip(entry))\""
        case let .unknownLabelType(type, entry):
            "label map entry \"\(Self.clip(entry))\": unknown type \"\(type)\" (expected one of "
                + Self.typeList + ")"
        }
    }

    private static var typeList: String {
        "person, municipality, district, state, country, organization, law"
    }

    /// Keeps messages to one short line.
    private static func clip(_ text: String) -> String {
        text.count > 60 ? String(text.prefix(59)) + "…" : text
    }
}
