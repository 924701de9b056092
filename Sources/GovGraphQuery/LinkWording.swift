import GovGraphModel
import GovGraphStore

/// How links read to a person: the words `govgraph query` prints and the entity page shows.
public enum LinkWording {
    /// An entity as "Leipzig (municipality)".
    public static func label(_ entity: EntitySummary) -> String { "\(entity.name) (\(entity.type.rawValue))" }

    /// A role as shown: the canonical role with the written one in brackets when the text used
    /// another word for it ("Oberbürgermeister (Stadtoberhaupt)"), else as written.
    public static func role(_ role: String?) -> String? {
        guard let role else { return nil }
        return RoleFolding.canonical(role).map { "\($0) (\(role))" } ?? role
    }

    /// How a link reads from the queried entity: "→ Präsident of", "← Präsident:", "→ located in".
    public static func arrow(_ predicate: Predicate, outgoing: Bool, role written: String?) -> String {
        let role = role(written)
        return switch (predicate, outgoing) {
        case (.holdsRole, true): "→ \(role ?? "holds role") of"
        case (.holdsRole, false): "← \(role ?? "holds role"):"
        case (.succeeds, true): "→ succeeds"
        case (.succeeds, false): "← succeeded by"
        case (.locatedIn, true): "→ located in"
        case (.locatedIn, false): "← contains"
        case (.coMentioned, _): "~ named with"
        }
    }

    /// A step of a path: "—[holds_role: Präsident]→", "←[located_in]—", "—[co_mentioned]—".
    public static func step(_ step: PathStep) -> String {
        let role = role(step.role) ?? ""
        return switch (step.predicate, step.outgoing) {
        case (.holdsRole, true): "—[holds_role: \(role)]→"
        case (.holdsRole, false): "←[holds_role: \(role)]—"
        case (.succeeds, true): "—[succeeds]→"
        case (.succeeds, false): "←[succeeds]—"
        case (.locatedIn, true): "—[located_in]→"
        case (.locatedIn, false): "←[located_in]—"
        case (.coMentioned, _): "—[co_mentioned]—"
        }
    }
}
