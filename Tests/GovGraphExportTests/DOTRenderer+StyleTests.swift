@testable import GovGraphExport
import GovGraphModel
import Testing

@Suite("DOT styles")
struct DOTRendererStyleTests {
    @Test("Every entity type has its own shape and its own fill colour")
    func distinctStyles() {
        let styles = EntityType.allCases.map(DOTNodeStyle.init(for:))
        #expect(Set(styles.map(\.shape)).count == EntityType.allCases.count)
        #expect(Set(styles.map(\.fillColor)).count == EntityType.allCases.count)
        #expect(styles.allSatisfy { $0.style.hasPrefix("filled") })
    }

    @Test(
        "Co-mention pen width grows slowly with the count, and is capped",
        arguments: [
            (0, "0.6"), (1, "0.6"), (2, "1.0"), (3, "1.2"), (4, "1.4"), (16, "2.2"),
            (1_000_000, "4.0"),
        ])
    func penWidth(count: Int, expected: String) {
        #expect(DOTRenderer.decimal(DOTEdgeStyle.coMentionPenWidth(count: count)) == expected)
    }

    @Test(
        "Numbers are written with one decimal and a dot",
        arguments: [
            (0.0, "0.0"), (0.64, "0.6"), (0.66, "0.7"), (1.0, "1.0"), (12.34, "12.3"),
        ])
    func decimal(value: Double, expected: String) {
        #expect(DOTRenderer.decimal(value) == expected)
    }
}
