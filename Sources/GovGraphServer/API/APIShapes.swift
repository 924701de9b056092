import GovGraphQuery
import GovGraphStore

/// `GET /api/entities`: a page of entities, with where the next page starts.
struct EntityListJSON: Codable, Sendable {
    var entities: [EntityJSON]
    var offset: Int
    var limit: Int
    /// The `offset` of the next page; null on the last page.
    var next_offset: Int?

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(entities, forKey: .entities)
        try container.encode(offset, forKey: .offset)
        try container.encode(limit, forKey: .limit)
        try container.encode(next_offset, forKey: .next_offset)
    }
}

/// `GET /api/documents/{id}`: a document, its text, its stored sentences and its mentions.
///
/// `text` is `start..<end` of the input, so a mention's span in it is its offsets minus `start`
/// (in code points); it is left out for a document stored before govgraph kept article texts.
struct DocumentJSON: Codable, Sendable {
    struct PassageJSON: Codable, Sendable {
        var kind: String, start: Int, end: Int, text: String
    }
    struct MentionJSON: Codable, Sendable {
        var entity: EntityJSON, start: Int, end: Int, text: String
    }
    var id: String, source: String, title: String?, date: String?, start: Int, end: Int
    var text: String?
    var passages: [PassageJSON]
    var mentions: [MentionJSON]

    init(_ document: StoredDocument) {
        (id, source, title, date, start, end) = (
            document.id, document.source, document.title, document.date, document.start, document.end
        )
        text = document.text
        passages = document.passages.map { PassageJSON(kind: $0.kind.rawValue, start: $0.start, end: $0.end, text: $0.text) }
        mentions = document.mentions.map {
            MentionJSON(entity: EntityJSON($0.entity), start: $0.start, end: $0.end, text: $0.text)
        }
    }
}
