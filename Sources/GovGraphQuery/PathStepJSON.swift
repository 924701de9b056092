import GovGraphModel
import GovGraphStore

/// One step of `query path A B --json`.
public struct PathStepJSON: Codable, Sendable, Hashable {
    public var from: EntityJSON, to: EntityJSON, predicate: String, role: String?, direction: String, evidence: EdgeEvidence?

    public init(_ s: PathStep) {
        (from, to, predicate, role) = (EntityJSON(s.from), EntityJSON(s.to), s.predicate.rawValue, s.role)
        direction = s.outgoing ? "outgoing" : "incoming"
        evidence = s.evidence
    }
}
