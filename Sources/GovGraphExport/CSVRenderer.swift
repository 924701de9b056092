import GovGraphModel

/// Renders a knowledge graph as two CSV tables for spreadsheets: `nodes.csv` and `edges.csv`.
///
/// `nodes.csv` has `id, name, type, mentions, documents` and one `key_<name>` column per key
/// in the graph (`key_ags`, `key_state`, …). `edges.csv` has `source, source_name, target,
/// target_name`, then `predicate, role, role_key, status, count, first_date, last_date,
/// start_date, end_date` and `evidence` (the earliest sentence). Rows follow the graph's order.
///
/// The files are UTF-8 with a byte order mark (so that Excel reads umlauts right) and CRLF row
/// ends (RFC 4180). Fields with commas, quotes or line breaks are quoted; a field starting with
/// `=`, `+`, `-` or `@` gets a leading `'`, so that a spreadsheet shows it as text instead of
/// running it as a formula.
///
/// ```python
/// rows = list(csv.DictReader(open("graph-edges.csv", encoding="utf-8-sig", newline="")))
/// ```
public struct CSVRenderer: Sendable {
    public init() {}

    static let byteOrderMark = "\u{FEFF}"

    /// `nodes.csv` and `edges.csv`.
    public func render(_ graph: KnowledgeGraph) -> [ExportedFile] {
        let dialect = CSVWriting.Dialect.spreadsheet
        let nodeColumns = ExportColumns.nodeColumns(for: graph)
        var nodes = Self.byteOrderMark
        nodes += CSVWriting.row(["id", "name"] + nodeColumns.map(\.name), dialect)
        for node in graph.nodes {
            let values = nodeColumns.map { $0.value(node) ?? "" }
            nodes += CSVWriting.row([node.id.rawValue, node.name] + values, dialect)
        }
        let names = Dictionary(graph.nodes.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let edgeColumns = ExportColumns.edgeColumns
        var edges = Self.byteOrderMark
        edges += CSVWriting.row(
            ["source", "source_name", "target", "target_name"] + edgeColumns.map(\.name), dialect)
        for timed in ExportColumns.timedEdges(graph) {
            let edge = timed.edge
            let ends = [
                edge.subject.rawValue, names[edge.subject] ?? "", edge.object.rawValue,
                names[edge.object] ?? "",
            ]
            edges += CSVWriting.row(ends + edgeColumns.map { $0.value(timed) ?? "" }, dialect)
        }
        return [
            ExportedFile(name: "nodes.csv", contents: nodes),
            ExportedFile(name: "edges.csv", contents: edges),
        ]
    }
}
