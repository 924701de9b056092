/// The result of extracting one article: its metadata, entities and relations.
///
/// This is the per-document object of `govgraph extract --json`. A page that carries several dated
/// items ("[31.10.2019] …") yields one `ExtractedDocument` per item; offsets always refer to the
/// NFC text of the whole input.
public struct ExtractedDocument: Sendable, Hashable, Codable, Identifiable {
    /// A content hash of the article's text: extracting the same text again gives the same id.
    public var id: String
    /// Where the text came from (a path, or `-` for standard input).
    public var source: String
    public var title: String?
    /// ISO 8601 date (`YYYY-MM-DD`) when the text carries one.
    public var date: String?
    /// The article's span in the input: `start..<end` in code points.
    public var start: Int
    public var end: Int
    /// Entities ordered by their first mention.
    public var entities: [Entity]
    /// Relations in text order (holds_role first within a sentence, then co_mentioned).
    public var relations: [Relation]
    /// Named places that are no entities of the graph (type ``EntityType/location``: regions,
    /// waters, mountains, islands, city districts, streets, buildings), ordered by their first
    /// mention. They take part in no relation.
    public var locations: [Entity]

    public init(
        id: String, source: String, title: String?, date: String?, start: Int, end: Int,
        entities: [Entity], relations: [Relation], locations: [Entity] = []
    ) {
        self.id = id
        self.source = source
        self.title = title
        self.date = date
        self.start = start
        self.end = end
        self.entities = entities
        self.relations = relations
        self.locations = locations
    }
}
