/// The kinds of edge in the graph.
public enum Predicate: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// A person holds a role in an organization or place (directed: person → object).
    case holdsRole = "holds_role"
    /// Two entities are named in the same sentence (undirected; stored with subject < object).
    case coMentioned = "co_mentioned"

    public var rank: Int { Self.allCases.firstIndex(of: self)! }
    public static func < (lhs: Predicate, rhs: Predicate) -> Bool { lhs.rank < rhs.rank }
}

/// One relation read from one sentence of one document.
public struct Relation: Sendable, Hashable, Codable {
    public var subject: EntityID
    public var predicate: Predicate
    /// The role noun as written, in nominative singular ("Oberbürgermeisterin", "OB").
    public var role: String?
    /// The role folded to one key: lower case, masculine, abbreviations expanded
    /// ("OB" and "Oberbürgermeisterin" → "oberbürgermeister").
    public var roleKey: String?
    public var object: EntityID
    /// The date of the article (ISO 8601, `YYYY-MM-DD`), when known.
    public var date: String?
    public var evidence: Evidence

    public init(
        subject: EntityID, predicate: Predicate, role: String? = nil, roleKey: String? = nil,
        object: EntityID, date: String? = nil, evidence: Evidence
    ) {
        self.subject = subject
        self.predicate = predicate
        self.role = role
        self.roleKey = roleKey
        self.object = object
        self.date = date
        self.evidence = evidence
    }

    enum CodingKeys: String, CodingKey {
        case subject, predicate, role, roleKey = "role_key", object, date, evidence
    }
}
