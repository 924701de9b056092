import GovGraphModel

/// One line of an entity file: an entity and the forms under which texts name it.
public struct GazetteerEntry: Sendable, Hashable {
    public var id: EntityID
    public var type: EntityType
    /// The canonical name, itself a surface form.
    public var name: String
    /// Further surface forms (abbreviations, short forms), in nominative.
    public var aliases: [String]
    /// Adjectival forms that name the entity before a role noun ("Leipziger", "bayerisch").
    public var adjectives: [String]
    /// Official and descriptive keys (`ags`, `jurabk`, `category` …).
    public var keys: [String: String]

    public init(
        id: EntityID, type: EntityType, name: String, aliases: [String] = [],
        adjectives: [String] = [], keys: [String: String] = [:]
    ) {
        self.id = id
        self.type = type
        self.name = name
        self.aliases = aliases
        self.adjectives = adjectives
        self.keys = keys
    }

    public var info: EntityInfo { EntityInfo(id: id, name: name, type: type, keys: keys) }
}
