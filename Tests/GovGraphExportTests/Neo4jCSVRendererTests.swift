import Foundation
import GovGraphExport
import GovGraphModel
import Testing

@Suite("Neo4jCSVRenderer")
struct Neo4jCSVRendererTests {
    func files(_ graph: KnowledgeGraph) -> [String: String] {
        Dictionary(uniqueKeysWithValues: Neo4jCSVRenderer().render(graph).map { ($0.name, $0.contents) })
    }

    @Test("The role history renders as recorded")
    func snapshots() throws {
        let tables = files(.history)
        try assertSnapshot(tables["nodes.csv"] ?? "", named: "historyGraph-neo4j-nodes.csv")
        try assertSnapshot(tables["relationships.csv"] ?? "", named: "historyGraph-neo4j-relationships.csv")
    }

    @Test("Headers name the ids, labels, types and typed properties neo4j-admin expects")
    func headers() throws {
        let tables = files(.history)
        let nodes = try #require(tables["nodes.csv"]?.split(separator: "\n").first)
        #expect(nodes == "id:ID,name,:LABEL,type,mentions:int,documents:int,key_ags,key_ars,key_category,key_iso,key_state")
        let relationships = try #require(tables["relationships.csv"]?.split(separator: "\n").first)
        let expected =
            ":START_ID,:END_ID,:TYPE,role,role_key,status,count:int,first_date:date,last_date:date,"
            + "start_date:date,end_date:date,evidence"
        #expect(relationships == Substring(expected))
        #expect(tables["nodes.csv"]?.contains("person:katja-doerner,Katja Dörner,Entity;Person,person,2,2") == true)
        #expect(
            tables["relationships.csv"]?.contains(
                "person:claudia-kalisch,person:katja-doerner,SUCCEEDS,,,,1,2026-01-26") == true)
    }

    @Test("Line breaks become spaces, so every record is one line; quotes are doubled")
    func oneLinePerRecord() {
        for name in HostileNames.all {
            let tables = files(HostileNames.graph(name))
            let nodeLines = (tables["nodes.csv"] ?? "").split(separator: "\n", omittingEmptySubsequences: false)
            let relationshipLines = (tables["relationships.csv"] ?? "").split(
                separator: "\n", omittingEmptySubsequences: false)
            #expect(nodeLines.count == 4, "\(name.debugDescription)")
            #expect(relationshipLines.count == 4, "\(name.debugDescription)")
        }
        let quoted = files(HostileNames.graph(#"Amt "Digitales""#))["nodes.csv"] ?? ""
        #expect(quoted.contains(#""person:Amt ""Digitales""","Amt ""Digitales""",Entity;Person"#))
    }

    @Test(
        "Python's csv module reads every row with the header's column count",
        .enabled(if: ExternalTool.python != nil, "python3 is not installed"))
    func pythonReadsColumns() throws {
        let python = try #require(ExternalTool.python)
        let graphs = [KnowledgeGraph.sample, .history] + HostileNames.all.map(HostileNames.graph)
        let texts = graphs.flatMap { graph in
            let tables = files(graph)
            return [tables["nodes.csv"] ?? "", tables["relationships.csv"] ?? ""]
        }
        let script = """
            import sys, csv, json
            out = []
            for path in sys.argv[1:]:
                rows = list(csv.reader(open(path, encoding="utf-8", newline="")))
                out.append(sorted(set(len(r) for r in rows)) == [len(rows[0])])
            print(json.dumps(out))
            """
        let printed = try ExternalTool.runPython(python, script, files: texts)
        let flags = try JSONSerialization.jsonObject(with: Data(printed.utf8)) as? [Bool] ?? []
        #expect(flags.count == texts.count)
        #expect(flags.allSatisfy { $0 })
    }
}
