import Foundation
import GovGraphModel

/// How one entity type is drawn: a shape and a fill colour.
///
/// The fill colours are Paul Tol's "light" scheme, made for cells with black text and told apart
/// by readers with any common colour-vision deficiency. Each type also has its own shape, so the
/// drawing stays readable in greyscale: places get "bigger" outlines as their territory grows
/// (house, pentagon, hexagon, double octagon).
struct DOTNodeStyle: Sendable, Hashable {
    var shape: String
    var fillColor: String
    /// Extra values for the `style` attribute, after `filled`.
    var extraStyle: String?

    /// The `style` attribute value.
    var style: String { ["filled", extraStyle].compactMap(\.self).joined(separator: ",") }

    init(shape: String, fillColor: String, extraStyle: String? = nil) {
        self.shape = shape
        self.fillColor = fillColor
        self.extraStyle = extraStyle
    }

    init(for type: EntityType) {
        switch type {
        case .person: self.init(shape: "ellipse", fillColor: "#77AADD")  // light blue
        case .municipality: self.init(shape: "house", fillColor: "#44BB99")  // mint
        case .district: self.init(shape: "pentagon", fillColor: "#BBCC33")  // pear
        case .state: self.init(shape: "hexagon", fillColor: "#99DDFF")  // light cyan
        case .country: self.init(shape: "doubleoctagon", fillColor: "#FFAABB")  // pink
        case .organization:
            self.init(shape: "box", fillColor: "#EE8866", extraStyle: "rounded")  // orange
        case .law: self.init(shape: "note", fillColor: "#EEDD88")  // light yellow
        // Locations are no nodes of the graph; a graph built by hand may still hold one.
        case .location: self.init(shape: "plain", fillColor: "#DDDDDD")  // pale grey
        }
    }
}

/// How edges are drawn.
enum DOTEdgeStyle {
    /// The colour of holds_role edges and their labels.
    static let roleColor = "#333333"
    /// The colour of holds_role edges whose role ended.
    static let endedRoleColor = "#888888"
    /// The colour of co_mentioned edges.
    static let coMentionColor = "#9E9E9E"

    /// The pen width of a co_mentioned edge read `count` times: 0.6 for one sentence, growing
    /// with the logarithm of the count (1.0 for 2, 1.4 for 4, 2.2 for 16) up to 4.0.
    static func coMentionPenWidth(count: Int) -> Double {
        let grown = 0.6 + 0.4 * log2(Double(max(count, 1)))
        return min(grown, 4.0)
    }
}

extension DOTRenderer {
    /// A number as DOT writes it: one decimal, a dot as separator, whatever the locale.
    static func decimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}
