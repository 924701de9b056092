import Foundation
import GovGraphExport
import GovGraphModel
import Testing

@Suite("CSVRenderer")
struct CSVRendererTests {
    func files(_ graph: KnowledgeGraph) -> [String: String] {
        Dictionary(uniqueKeysWithValues: CSVRenderer().render(graph).map { ($0.name, $0.contents) })
    }

    @Test("The role history renders as recorded")
    func snapshots() throws {
        let tables = files(.history)
        try assertSnapshot(tables["nodes.csv"] ?? "", named: "historyGraph-nodes.csv")
        try assertSnapshot(tables["edges.csv"] ?? "", named: "historyGraph-edges.csv")
    }

    @Test("Two tables with a byte order mark and header rows")
    func headers() {
        let tables = files(.history)
        let names = tables.keys.sorted()
        #expect(names == ["edges.csv", "nodes.csv"])
        let nodes = tables["nodes.csv"] ?? ""
        #expect(nodes.hasPrefix("\u{FEFF}id,name,type,mentions,documents,key_ags,key_ars,key_category,key_iso,key_state\r\n"))
        let edges = tables["edges.csv"] ?? ""
        let header =
            "\u{FEFF}source,source_name,target,target_name,predicate,role,role_key,status,count,"
            + "first_date,last_date,start_date,end_date,evidence\r\n"
        #expect(edges.hasPrefix(header))
    }

    @Test(
        "Python's csv module reads every row with the header's column count, hostile names as written",
        .enabled(if: ExternalTool.python != nil, "python3 is not installed"))
    func pythonReadsColumns() throws {
        let python = try #require(ExternalTool.python)
        let graphs = [KnowledgeGraph.sample, .history] + HostileNames.all.map(HostileNames.graph)
        let texts = graphs.flatMap { graph in
            let tables = files(graph)
            return [tables["nodes.csv"] ?? "", tables["edges.csv"] ?? ""]
        }
        let script = """
            import sys, csv, json
            out = []
            for path in sys.argv[1:]:
                rows = list(csv.reader(open(path, encoding="utf-8-sig", newline="")))
                out.append([len(rows), sorted(set(len(r) for r in rows)), len(rows[0]), rows[1][1] if len(rows) > 1 else ""])
            print(json.dumps(out))
            """
        let printed = try ExternalTool.runPython(python, script, files: texts)
        let rows = try JSONSerialization.jsonObject(with: Data(printed.utf8)) as? [[Any]] ?? []
        #expect(rows.count == texts.count)
        for (index, row) in rows.enumerated() {
            let widths = row[1] as? [Int] ?? []
            #expect(widths == [row[2] as? Int ?? -1], "file \(index): ragged rows \(widths)")
        }
        // Hostile names: the second column of nodes.csv is the name, guarded against formulas.
        for (offset, name) in HostileNames.all.enumerated() {
            let nodes = rows[4 + 2 * offset]
            #expect(nodes[0] as? Int == 3)
            let expected = CSVRendererTests.readBack(name)
            #expect(nodes[3] as? String == expected, "\(name.debugDescription)")
        }
    }

    /// What a spreadsheet reader gets back for `name`: control characters other than tab and
    /// line breaks dropped, a formula start defused with `'`.
    static func readBack(_ name: String) -> String {
        let kept = String(
            String.UnicodeScalarView(
                name.unicodeScalars.filter {
                    $0.properties.generalCategory != .control || ["\t", "\n", "\r"].contains($0)
                }))
        return kept.first.map { "=+-@".contains($0) } == true ? "'" + kept : kept
    }

    @Test("Formulas are defused with an apostrophe", arguments: ["=1+1", "+49 30", "-x", "@A1"])
    func formulas(value: String) {
        let graph = KnowledgeGraph(nodes: [GraphNode(id: "person:x", name: value, type: .person)], edges: [])
        let nodes = files(graph)["nodes.csv"] ?? ""
        #expect(nodes.contains("person:x,'\(value),person"))
    }
}
