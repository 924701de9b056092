import GovGraphModel

/// Which links of an entity ``GraphQueries/links(of:filter:)`` returns.
///
/// Every condition that is set must hold. The dates bound the evidence: a link keeps only the
/// sentences dated within `since...until` (ISO `YYYY-MM-DD`, both inclusive), and a link left
/// without evidence is dropped; undated evidence is dropped as soon as either bound is set.
///
/// ```swift
/// let roles = try store.links(
///     of: "organization:deutscher-staedtetag",
///     filter: LinkFilter(predicate: .holdsRole, otherType: .person, since: "2019-01-01"))
/// ```
public struct LinkFilter: Sendable, Hashable {
    /// Only links of this predicate.
    public var predicate: Predicate?
    /// Only links to entities of this type.
    public var otherType: EntityType?
    /// Only evidence dated on or after this day.
    public var since: String?
    /// Only evidence dated on or before this day.
    public var until: String?

    public init(
        predicate: Predicate? = nil, otherType: EntityType? = nil, since: String? = nil,
        until: String? = nil
    ) {
        self.predicate = predicate
        self.otherType = otherType
        self.since = since
        self.until = until
    }

    /// No condition: every link.
    public static let all = LinkFilter()

    /// Whether evidence of this date passes the date bounds.
    func admits(date: String?) -> Bool {
        if since == nil && until == nil { return true }
        guard let date else { return false }
        if let since, date < since { return false }
        if let until, date > until { return false }
        return true
    }
}
