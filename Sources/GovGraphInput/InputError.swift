import GovGraphExtraction

/// Problems reading inputs and the gazetteer folder, each naming the path.
public enum InputError: Error, Equatable, CustomStringConvertible {
    case noSuchPath(String)
    case unreadable(String)
    case unreadableFolder(String)
    case empty(String)
    case onlyWhitespace(String)
    case binary(String, offset: Int)
    case invalidUTF8(String, offset: Int)
    case notAGazetteer(String, origin: String)
    case noGazetteer
    case gazetteer(folder: String, GazetteerError)

    public var description: String {
        switch self {
        case let .noSuchPath(path): "\(path): no such file or folder"
        case let .unreadable(path): "\(path): cannot read the file"
        case let .unreadableFolder(path): "\(path): cannot read the folder"
        case let .empty(path): "\(path): the file is empty"
        case let .onlyWhitespace(path): "\(path): the file holds only whitespace"
        case let .binary(path, offset): "\(path): looks like a binary file (NUL byte at offset \(offset)), not text"
        case let .invalidUTF8(path, offset): "\(path): not valid UTF-8 (first bad byte at offset \(offset))"
        case let .notAGazetteer(path, origin):
            "\(path)\(origin): not a gazetteer folder (expected roles.tsv and entity files such as states.tsv)"
        case .noGazetteer:
            "no gazetteer folder found (looked in ./gazetteer and above the executable); pass --gazetteer DIR"
        case let .gazetteer(folder, error): folder + "/" + error.description
        }
    }
}
