import Foundation
import GovGraphExport
import GovGraphModel
import GovGraphQuery
import GovGraphStore

/// The neighbourhood diagram of an entity page: Graphviz's SVG, each node a link to its
/// entity's page.
enum Diagram {
    /// The SVG element of `graph` (without the XML prolog, ready to put inside a page).
    ///
    /// - Throws: ``GraphvizError`` when Graphviz is missing or fails.
    static func svg(_ graph: KnowledgeGraph, title: String) throws -> String {
        var renderer = DOTRenderer(title: title)
        renderer.nodeLinks = { "/entity/" + HTML.segment($0.id.rawValue) }
        let data = try Graphviz.render(renderer.render(graph), to: "svg")
        let text = String(decoding: data, as: UTF8.self)
        guard let start = text.range(of: "<svg") else { return "" }
        return String(text[start.lowerBound...])
    }
}

/// Answers kept for a while: diagrams and the most connected entities, which are slow to make
/// on a large graph and change only when the database does.
actor TimedCache<Key: Hashable & Sendable, Value: Sendable> {
    private var entries: [Key: (value: Value, made: ContinuousClock.Instant)] = [:]
    private let lifetime: Duration
    private let capacity: Int

    init(lifetime: Duration = .seconds(60), capacity: Int = 512) {
        self.lifetime = lifetime
        self.capacity = capacity
    }

    /// The kept value of `key`, or the one `make` returns (then kept).
    func value(for key: Key, make: @Sendable () async throws -> Value) async throws -> Value {
        let now = ContinuousClock.now
        if let entry = entries[key], now - entry.made < lifetime { return entry.value }
        let value = try await make()
        if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
        entries[key] = (value, ContinuousClock.now)
        return value
    }
}
