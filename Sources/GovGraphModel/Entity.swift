/// An entity found in one document, with every mention of it there.
public struct Entity: Sendable, Hashable, Codable, Identifiable {
    public var id: EntityID
    /// The canonical name (full official nominative form).
    public var name: String
    public var type: EntityType
    /// Official keys such as `ags`, `ars`, `jurabk`, and descriptive ones such as `category`.
    public var keys: [String: String]
    /// Mentions in text order.
    public var mentions: [Mention]

    public init(
        id: EntityID, name: String, type: EntityType, keys: [String: String] = [:],
        mentions: [Mention] = []
    ) {
        self.id = id
        self.name = name
        self.type = type
        self.keys = keys
        self.mentions = mentions
    }
}
