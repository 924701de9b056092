/// One file of an export that writes several (CSV tables, a neo4j import folder).
public struct ExportedFile: Sendable, Hashable {
    /// The file name, without folder (`nodes.csv`).
    public var name: String
    /// The file's text.
    public var contents: String

    public init(name: String, contents: String) {
        self.name = name
        self.contents = contents
    }
}
