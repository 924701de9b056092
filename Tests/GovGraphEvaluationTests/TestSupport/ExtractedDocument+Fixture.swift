import GovGraphModel

extension ExtractedDocument {
    /// A document with the given entities and role relations; ids are slugs of the names.
    static func fixture(
        entities: [(type: EntityType, name: String, mentions: [String])] = [],
        roles: [(subject: String, role: String, key: String?, object: String)] = []
    ) -> ExtractedDocument {
        var all: [Entity] = []
        for (type, name, texts) in entities {
            all.append(
                Entity(
                    id: .slug(type.rawValue, name), name: name, type: type,
                    mentions: texts.map { Mention(text: $0, start: 0, end: $0.unicodeScalars.count) }))
        }
        func id(_ name: String) -> EntityID { all.first { $0.name == name }?.id ?? .slug("unknown", name) }
        let relations = roles.map {
            Relation(
                subject: id($0.subject), predicate: .holdsRole, role: $0.role, roleKey: $0.key, object: id($0.object),
                evidence: Evidence(start: 0, end: 0, text: ""))
        }
        return ExtractedDocument(
            id: "fixture", source: "fixture.txt", title: nil, date: nil, start: 0, end: 0, entities: all,
            relations: relations)
    }

    /// A document of one sentence whose entities are found at code point offsets.
    static func spans(_ mentions: [(type: EntityType, start: Int, end: Int)]) -> ExtractedDocument {
        let entities = mentions.enumerated().map { index, mention in
            Entity(
                id: EntityID("\(mention.type.rawValue):\(index)"), name: "e\(index)", type: mention.type,
                mentions: [Mention(text: "", start: mention.start, end: mention.end)])
        }
        return ExtractedDocument(
            id: "sentence", source: "-", title: nil, date: nil, start: 0, end: 0, entities: entities, relations: [])
    }
}
