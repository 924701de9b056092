import GovGraphModel
import GovGraphStore

/// `query who --role R --of NAME --json`: who held a role, with dates, status and predecessors.
public struct WhoJSON: Codable, Sendable, Hashable {
    /// One person's holding of the role.
    public struct HoldingJSON: Codable, Sendable, Hashable {
        public var person: EntityJSON, role: String?, role_key: String, status: String?
        public var first_date: String?, last_date: String?, predecessors: [EntityJSON], evidence: [EdgeEvidence]
    }
    public var role: String, role_key: String, of: EntityJSON, at: String?, holders: [HoldingJSON]

    public init(role: String, of organization: EntitySummary, at: String?, holdings: [RoleHolding]) {
        self.role = role
        role_key = RoleKey.fold(role)
        of = EntityJSON(organization)
        self.at = at
        holders = holdings.map {
            HoldingJSON(
                person: EntityJSON($0.person), role: $0.role, role_key: $0.roleKey, status: $0.status?.rawValue,
                first_date: $0.firstDate, last_date: $0.lastDate, predecessors: $0.predecessors.map { EntityJSON($0) },
                evidence: $0.evidence)
        }
    }
}
