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
    /// The entities the article names, ordered by their first mention: each has at least one
    /// mention.
    public var entities: [Entity]
    /// Entities the article does not name but its relations need: the Land and Kreis of a
    /// named town, read from the official keys (`located_in`). They have no mentions, are kept
    /// apart from ``entities`` so that a reader of `extract --json` and every scorer sees the
    /// named entities alone, and are stored with the graph so that those relations resolve.
    public var implied: [Entity]
    /// Relations in text order (holds_role first within a sentence, then co_mentioned).
    public var relations: [Relation]
    /// Named places that are no entities of the graph (type ``EntityType/location``: regions,
    /// waters, mountains, islands, city districts, streets, buildings), ordered by their first
    /// mention. They take part in no relation.
    public var locations: [Entity]
    /// The article's text: `start..<end` of the input, so that a mention's span is
    /// `start - self.start ..< end - self.start` of it (in code points). Nil when not known. The
    /// store keeps it; `extract --json` does not print it (the input holds it), and a document
    /// read back from that JSON has none.
    public var text: String?

    public init(
        id: String, source: String, title: String?, date: String?, start: Int, end: Int,
        entities: [Entity], relations: [Relation], locations: [Entity] = [], implied: [Entity] = [],
        text: String? = nil
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
        self.implied = implied
        self.text = text
    }

    /// The named and the implied entities: every entity the document's relations may name.
    public var graphEntities: [Entity] { entities + implied }

    /// The fields of `extract --json` (without ``text``).
    enum CodingKeys: String, CodingKey {
        case id, source, title, date, start, end, entities, relations, locations, implied
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try container.decode(String.self, forKey: .id),
            source: try container.decode(String.self, forKey: .source),
            title: try container.decodeIfPresent(String.self, forKey: .title),
            date: try container.decodeIfPresent(String.self, forKey: .date),
            start: try container.decode(Int.self, forKey: .start),
            end: try container.decode(Int.self, forKey: .end),
            entities: try container.decode([Entity].self, forKey: .entities),
            relations: try container.decode([Relation].self, forKey: .relations),
            locations: try container.decodeIfPresent([Entity].self, forKey: .locations) ?? [],
            implied: try container.decodeIfPresent([Entity].self, forKey: .implied) ?? [])
    }
}
