import GovGraphModel
import Testing

@testable import GovGraphExport

@Suite("ExportColumns")
struct ExportColumnsTests {
    @Test("Key columns are the keys of the graph, sorted, as safe names")
    func keyColumns() {
        let graph = KnowledgeGraph(
            nodes: [
                GraphNode(id: "a:1", name: "A", type: .organization, keys: ["Land:Name": "x", "ags": "01"]),
                GraphNode(id: "a:2", name: "B", type: .organization, keys: ["ags": "02"]),
            ], edges: [])
        let columns = ExportColumns.nodeColumns(for: graph)
        #expect(columns.map(\.name) == ["type", "mentions", "documents", "key_ags", "key_land_name"])
        let values = columns.map { $0.value(graph.nodes[1]) }
        #expect(values == ["organization", "0", "0", "02", nil])
    }

    @Test("Edge rows carry the status and the time span")
    func edgeValues() throws {
        let timed = ExportColumns.timedEdges(.history)
        let sager = try #require(
            timed.first { $0.edge.subject == "person:reinhard-sager" && $0.edge.roleKey == "präsident" })
        let pairs: [(String, String)] = ExportColumns.edgeColumns.compactMap { column in
            column.value(sager).map { (column.name, $0) }
        }
        let row = Dictionary(uniqueKeysWithValues: pairs)
        #expect(row["status"] == "former")
        #expect(row["start_date"] == "2024-05-02")
        #expect(row["end_date"] == "2026-02-10")
        #expect(row["count"] == "2")
    }
}
