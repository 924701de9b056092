/// The kinds of entity govgraph recognises.
///
/// The order of the cases is the order used wherever entities are listed by type
/// (summaries, exports, legends).
public enum EntityType: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case person
    case municipality
    case district
    case state
    case country
    case organization
    case law

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
        }
    }
}
