import GovGraphModel
import GovGraphStore

/// An entity found for a name typed by a user, with the other entities the name also matched.
public struct EntityResolution: Sendable, Hashable {
    /// The best match.
    public var entity: EntitySummary
    /// The other matches, best first (at most five).
    public var others: [EntitySummary]
}

/// Why a name, a path or a document cannot be answered.
///
/// The description is the one-line message `govgraph query` prints; the server sends the same
/// message with a 404 status and the suggestions as a list.
public enum QueryError: Error, Hashable, CustomStringConvertible {
    /// No stored entity matches the name; `suggestions` are the closest known names.
    case noEntity(name: String, suggestions: [EntitySummary])
    /// No chain of at most `maxLength` steps joins the two entities.
    case noPath(from: EntitySummary, to: EntitySummary, maxLength: Int)

    public var description: String {
        switch self {
        case .noEntity(let name, let suggestions):
            let close = suggestions.map(\.name)
            guard let last = close.last else {
                return "no entity matches \"\(name)\"; `govgraph query list` shows what is stored"
            }
            let names = close.count == 1 ? last : close.dropLast().joined(separator: ", ") + " or " + last
            return "no entity matches \"\(name)\"; did you mean \(names)?"
        case .noPath(let from, let to, let maxLength):
            return "no chain of at most \(maxLength) steps joins \(from.name) and \(to.name)"
        }
    }
}

extension GraphReading {
    /// Resolves a name typed by a user to one stored entity: an entity id (`municipality:14713000`)
    /// as it is, else the best of ``findEntities(matching:limit:)``.
    ///
    /// ```swift
    /// let leipzig = try store.resolve("Leipzigs").entity
    /// ```
    ///
    /// - Throws: ``QueryError/noEntity(name:suggestions:)`` with up to three close names when
    ///   nothing matches.
    public func resolve(_ name: String) throws -> EntityResolution {
        if name.contains(":"), let exact = try entity(id: EntityID(name)) {
            return EntityResolution(entity: exact, others: [])
        }
        let matches = try findEntities(matching: name, limit: 6)
        guard let best = matches.first else {
            throw QueryError.noEntity(name: name, suggestions: try suggestions(for: name, limit: 3))
        }
        return EntityResolution(entity: best, others: Array(matches.dropFirst()))
    }
}
