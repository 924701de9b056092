/// The bounds the server puts on what one request may ask for.
public struct ServerLimits: Sendable, Hashable {
    /// The most entities or hits in one page (`limit`).
    public var maxPageSize = 100
    /// The farthest a page may start (`offset`).
    public var maxOffset = 10_000
    /// The longest path looked for (`max_length`).
    public var maxPathLength = 8
    /// The deepest neighbourhood exported (`depth`).
    public var maxExportDepth = 3
    /// The most entities in an exported neighbourhood.
    public var maxExportNodes = 500
    /// The most entities in an entity page's diagram.
    public var maxDiagramNodes = 25

    public init() {}
}
