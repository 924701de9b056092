/// The kinds of entity govgraph recognises.
///
/// The order of the cases is the order used wherever entities are listed by type
/// (summaries, exports, legends).
///
/// The first seven are the graph's types. ``location`` names a place that is none of them (a
/// region or landscape, a water, a mountain, an island, a street, a building): such names are
/// recognised, so that they are not read as persons or towns and can be scored as locations, but
/// they are no entities of the graph (GUIDELINES rule 3) and extraction reports them apart, in
/// ``ExtractedDocument/locations``.
public enum EntityType: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case person
    case municipality
    case district
    case state
    case country
    case organization
    case law
    case location

    /// The types of the graph's entities: every type but ``location``.
    public static let graphTypes: [EntityType] = allCases.filter(\.isGraphType)

    /// Whether entities of this type are nodes of the graph (all but ``location``).
    public var isGraphType: Bool { self != .location }

    /// The position of the type in ``allCases``; sorts types in their declared order.
    public var rank: Int { Self.allCases.firstIndex(of: self)! }

    public static func < (lhs: EntityType, rhs: EntityType) -> Bool { lhs.rank < rhs.rank }

    /// The plural English label used in summaries ("municipalities").
    public var plural: String {
        switch self {
        case .person: "persons"
        case .municipality: "municipalities"
        case .district: "districts"
        case .state: "states"
        case .country: "countries"
        case .organization: "organizations"
        case .law: "laws"
        case .location: "locations"
        }
    }
}
