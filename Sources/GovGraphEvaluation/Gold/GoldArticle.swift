import GovGraphModel

/// The gold annotation of one text: the entities it names and the roles that join them.
///
/// This is one object of the gold format in `eval/GUIDELINES.md`:
///
/// ```json
/// {"id": "rathaus-2024", "date": "2024-05-02",
///  "entities": [{"name": "Leipzig", "type": "municipality", "mentions": ["Leipzig", "Leipzigs"]}],
///  "relations": [{"subject": "Burkhard Jung", "role": "Oberbürgermeister", "object": "Leipzig"}]}
/// ```
///
/// The whole-page style of `seed-gold.json`, which names its text in `document` instead of `id`,
/// reads the same way; its `id` is then the document's path.
public struct GoldArticle: Sendable, Hashable {
    /// What names the text file: a file name with or without extension, or a path.
    public var id: String?
    public var date: String?
    public var entities: [GoldEntity]
    public var relations: [GoldRelation]
    /// Roles the text marks as ended (`former_relations`): no current relation, but a correct
    /// extraction reads them with the status `former`.
    public var formerRelations: [GoldRelation]

    public init(
        id: String?, date: String? = nil, entities: [GoldEntity], relations: [GoldRelation] = [],
        formerRelations: [GoldRelation] = []
    ) {
        self.id = id
        self.date = date
        self.entities = entities
        self.relations = relations
        self.formerRelations = formerRelations
    }

    /// The gold entity with this canonical name, if any.
    public func entity(named name: String) -> GoldEntity? { entities.first { $0.name == name } }
}

/// A named entity of the gold, with every distinct surface form it has in the text.
public struct GoldEntity: Sendable, Hashable {
    public var name: String
    public var type: EntityType
    public var mentions: [String]
    /// Abbreviations the text itself defines; each is also a mention.
    public var aliases: [String]
    /// Neither required nor penalised.
    public var optional: Bool
    /// Named only in photo, author or agency credits.
    public var incidental: Bool

    public init(
        name: String, type: EntityType, mentions: [String] = [], aliases: [String] = [],
        optional: Bool = false, incidental: Bool = false
    ) {
        self.name = name
        self.type = type
        self.mentions = mentions
        self.aliases = aliases
        self.optional = optional
        self.incidental = incidental
    }

    /// Every form that finds this entity: the name, the mentions and the aliases.
    public var forms: Set<String> { Set([name] + mentions + aliases) }
}

/// A gold role relation: `subject` holds `role` in `object`, both given by their gold names.
public struct GoldRelation: Sendable, Hashable, Codable {
    public var subject: String
    public var role: String
    public var object: String
    /// `current` or `new`, where the gold says (real-dev does; older gold does not).
    public var status: RoleStatus?

    public init(subject: String, role: String, object: String, status: RoleStatus? = nil) {
        self.subject = subject
        self.role = role
        self.object = object
        self.status = status
    }
}
