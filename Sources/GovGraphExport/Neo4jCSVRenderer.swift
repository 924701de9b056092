import GovGraphModel

/// Renders a knowledge graph as the CSV files of `neo4j-admin database import full`:
/// `nodes.csv` and `relationships.csv`.
///
/// Nodes have `id:ID` (the entity id, also stored as the property `id`), `name`, `:LABEL`
/// (`Entity` and the type: `Entity;Person`), `type`, `mentions:int`, `documents:int` and one
/// `key_<name>` property per key. Relationships have `:START_ID`, `:END_ID`, `:TYPE`
/// (`HOLDS_ROLE`, `SUCCEEDS`, `LOCATED_IN`, `CO_MENTIONED`), `role`, `role_key`, `status`,
/// `count:int`, the dates as `:date` (`first_date`, `last_date`, `start_date`, `end_date`) and
/// `evidence`. An empty field sets no property.
///
/// Fields are quoted with `"` and quotes doubled, as the importer expects by default; line
/// breaks inside a value become spaces, because the importer rejects them unless
/// `--multiline-fields=true` is given.
///
/// ```sh
/// neo4j-admin database import full --nodes=graph-neo4j/nodes.csv \
///     --relationships=graph-neo4j/relationships.csv neo4j
/// ```
public struct Neo4jCSVRenderer: Sendable {
    public init() {}

    /// `nodes.csv` and `relationships.csv`.
    public func render(_ graph: KnowledgeGraph) -> [ExportedFile] {
        let dialect = CSVWriting.Dialect.neo4j
        let nodeColumns = ExportColumns.nodeColumns(for: graph)
        var nodes = CSVWriting.row(
            ["id:ID", "name", ":LABEL"]
                + nodeColumns.map { $0.kind == .integer ? $0.name + ":int" : $0.name },
            dialect)
        for node in graph.nodes {
            let label = "Entity;" + Self.label(node.type)
            let values = nodeColumns.map { $0.value(node) ?? "" }
            nodes += CSVWriting.row([node.id.rawValue, node.name, label] + values, dialect)
        }
        let edgeColumns = ExportColumns.edgeColumns.filter { $0.name != "predicate" }
        var relationships = CSVWriting.row(
            [":START_ID", ":END_ID", ":TYPE"] + edgeColumns.map { Self.header($0.name, $0.kind) },
            dialect)
        for timed in ExportColumns.timedEdges(graph) {
            let edge = timed.edge
            let ends = [
                edge.subject.rawValue, edge.object.rawValue, edge.predicate.rawValue.uppercased(),
            ]
            relationships += CSVWriting.row(
                ends + edgeColumns.map { $0.value(timed) ?? "" }, dialect)
        }
        return [
            ExportedFile(name: "nodes.csv", contents: nodes),
            ExportedFile(name: "relationships.csv", contents: relationships),
        ]
    }

    /// A relationship column's header: `name`, `name:int` or `name:date` (the columns ending
    /// in `_date`).
    static func header(_ name: String, _ kind: ExportColumnKind) -> String {
        switch kind {
        case .integer: name + ":int"
        case .string: name.hasSuffix("_date") ? name + ":date" : name
        }
    }

    /// The node label of a type: `Person`, `Municipality`, ….
    static func label(_ type: EntityType) -> String {
        type.rawValue.prefix(1).uppercased() + type.rawValue.dropFirst()
    }
}
