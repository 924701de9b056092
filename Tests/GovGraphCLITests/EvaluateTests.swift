import Foundation
import Testing

@Suite("govgraph evaluate")
struct EvaluateTests {
    @Test("The sample page against its gold: every required entity and role relation", .enabled(if: CLI.hasShared))
    func seed() throws {
        let result = try CLI.run(["evaluate", CLI.sharedGold.path, CLI.sharedSeed.path, "--json", "--min-f1", "0.9"])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let overall = (report?["entities"] as? [String: Any])?["overall"] as? [String: Any]
        #expect((overall?["gold"] as? Int).map { $0 >= 30 } == true)
        #expect(overall?["recall"] as? Double ?? 0 >= 0.9)
        let relations = report?["relations"] as? [String: Any]
        #expect(relations?["found"] as? Int == relations?["gold"] as? Int)
    }

    @Test("A CoNLL file in LER layout: a table per mode; --min-f1 fails with one line")
    func conll() throws {
        let folder = try CLI.temporaryFolder()
        let file = folder.appendingPathComponent("mini.conll")
        // "Der Rat der Stadt Leipzig tagte am Montag ." with an invented person nobody knows.
        let lines = [
            "Der O", "Rat O", "der O", "Stadt O", "Leipzig B-ST", "tagte O", ".  O", "",
            "Xylofa B-PER", "Quarnbek I-PER", "lachte O", ". O", "",
        ]
        try Data(lines.joined(separator: "\r\n").utf8).write(to: file)
        let args = ["evaluate", "--conll", file.path, "--labels", "ST=municipality,PER=person"]
        let table = try CLI.run(args + ["--verbose"])
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("2 sentences (ler)"))
        #expect(table.stdout.contains("overlapping"))
        #expect(table.stdout.contains("miss       PER"))
        let failing = try CLI.run(args + ["--min-f1", "0.99"])
        #expect(failing.status == 1)
        #expect(failing.stderr.hasPrefix("Error: overall F1 "))
        #expect(failing.stderr.split(separator: "\n").count == 1)
    }

    @Test(
        "Bad arguments are usage errors",
        arguments: [
            ["evaluate", "gold.json"],
            ["evaluate", "--conll", "x.conll", "gold.json"],
            ["evaluate", "gold.json", "a.txt", "--labels", "ler"],
            ["evaluate", "--conll", "x.conll", "--min-f1", "2"],
        ])
    func usage(arguments: [String]) throws {
        let result = try CLI.run(arguments)
        #expect(result.status == 2, "\(result.stderr)")
    }
}

extension EvaluateTests {
    /// The project's own gold corpus (Fixtures/gold): the target is F1 0.95 on entities.
    @Test("The own gold corpus of 34 articles: entity F1 at least 0.95, role relations at least 0.9")
    func ownCorpus() throws {
        let folder = CLI.root.appendingPathComponent("Tests/GovGraphCLITests/Fixtures/gold")
        let texts = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(texts.count >= 24)
        let result = try CLI.run(
            ["evaluate", folder.appendingPathComponent("gold.jsonl").path] + texts.map { folder.appendingPathComponent($0).path }
                + ["--json", "--min-f1", "0.95"])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let overall = (report?["entities"] as? [String: Any])?["overall"] as? [String: Any]
        #expect((overall?["f1"] as? Double ?? 0) >= 0.95)
        let relations = report?["relations"] as? [String: Any]
        #expect((relations?["f1"] as? Double ?? 0) >= 0.9)
    }
}

extension EvaluateTests {
    static var germEval: URL { CLI.shared.appendingPathComponent("data/corpora/germeval2014/NER-de-dev.tsv") }
    static var lerDev: URL { CLI.shared.appendingPathComponent("data/corpora/ler/ler_dev.conll") }

    /// The F1 of one label of a CoNLL report, in the given mode.
    static func f1(_ report: [String: Any]?, mode: String, label: String) -> Double {
        let rows = (report?[mode] as? [String: Any])?["rows"] as? [[String: Any]] ?? []
        let row = rows.first { $0["label"] as? String == label }
        return (row?["score"] as? [String: Any])?["f1"] as? Double ?? 0
    }

    /// The targets on the annotated corpora of ../shared (skipped without it).
    @Test(
        "GermEval 2014 dev: PER F1 at least 0.80 and LOC F1 at least 0.75, exact spans",
        .enabled(if: FileManager.default.fileExists(atPath: germEval.path), "needs ../shared/data/corpora/germeval2014"))
    func germEvalTargets() throws {
        let result = try CLI.run(["evaluate", "--conll", Self.germEval.path, "--labels", "germeval", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(Self.f1(report, mode: "exact", label: "PER") >= 0.80)
        #expect(Self.f1(report, mode: "exact", label: "LOC") >= 0.75)
    }

    @Test(
        "LER dev: law mentions F1 at least 0.90, overlapping spans",
        .enabled(if: FileManager.default.fileExists(atPath: lerDev.path), "needs ../shared/data/corpora/ler"))
    func lerTargets() throws {
        let result = try CLI.run(["evaluate", "--conll", Self.lerDev.path, "--labels", "GS=law,VO=law,EUN=law", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let overall = (report?["overlapping"] as? [String: Any])?["overall"] as? [String: Any]
        #expect(overall?["f1"] as? Double ?? 0 >= 0.90)
    }
}
