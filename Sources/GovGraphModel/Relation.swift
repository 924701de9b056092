/// The kinds of edge in the graph.
public enum Predicate: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// A person holds a role in an organization or place (directed: person → object).
    case holdsRole = "holds_role"
    /// A person follows another in a role ("Sie folgt auf Katja Dörner"; directed: successor →
    /// predecessor).
    case succeeds
    /// A place lies in a larger one, or a body in its place (directed: part → whole), from the
    /// official keys or the text.
    case locatedIn = "located_in"
    /// Two entities are named in the same sentence (undirected; stored with subject < object).
    case coMentioned = "co_mentioned"

    public var rank: Int { Self.allCases.firstIndex(of: self)! }
    public static func < (lhs: Predicate, rhs: Predicate) -> Bool { lhs.rank < rhs.rank }
}

/// What the text says about a role at the article's date.
public enum RoleStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// Held ("Präsident des Deutschen Städtetags").
    case current
    /// Newly taken: elected, appointed, taken over ("die neue Vizepräsidentin", "wurde zum
    /// Präsidenten gewählt").
    case new
    /// No longer held ("die frühere Präsidentin", "scheidet aus", "nicht wiedergewählt").
    case former
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
    /// For holds_role: whether the role is held, newly taken or given up at the article's date.
    public var status: RoleStatus?
    public var object: EntityID
    /// The date of the article (ISO 8601, `YYYY-MM-DD`), when known.
    public var date: String?
    public var evidence: Evidence

    public init(
        subject: EntityID, predicate: Predicate, role: String? = nil, roleKey: String? = nil,
        status: RoleStatus? = nil, object: EntityID, date: String? = nil, evidence: Evidence
    ) {
        self.subject = subject
        self.predicate = predicate
        self.role = role
        self.roleKey = roleKey
        self.status = status
        self.object = object
        self.date = date
        self.evidence = evidence
    }

    enum CodingKeys: String, CodingKey {
        case subject, predicate, role, roleKey = "role_key", status, object, date, evidence
    }
}

extension Evidence {
    /// The same sentence, read by `rule`.
    public func by(_ rule: String) -> Evidence {
        Evidence(start: start, end: end, text: text, rule: rule)
    }
}
