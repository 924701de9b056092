import Foundation
import Testing

@Suite("govgraph extract")
struct ExtractTests {
    @Test("Extracting the sample stores it; extracting it again changes nothing")
    func sampleTwice() throws {
        let folder = try CLI.temporaryFolder()
        let db = folder.appendingPathComponent("g.sqlite").path
        let first = try CLI.run(["extract", CLI.sample.path, "--db", db])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("1 file, 7 documents (7 new, 0 already stored)"))
        #expect(first.stdout.contains("holds_role"))
        let second = try CLI.run(["extract", CLI.sample.path, "--db", db])
        #expect(second.stdout.contains("(0 new, 7 already stored)"))
        let list = try CLI.run(["query", "list", "--db", db, "--json"])
        let entities = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]]
        let jung = entities?.first { $0["name"] as? String == "Burkhard Jung" }
        #expect(jung?["mentions"] as? Int == 3)
    }

    @Test("--json prints documents with entities, mentions and relations per the contract")
    func json() throws {
        let result = try CLI.run(["extract", CLI.sample.path, "--json", "--no-store"])
        #expect(result.status == 0)
        let output = try ExtractOutput.decode(result.stdout)
        #expect(output.documents.count == 7)
        let interview = try #require(output.documents.first)
        #expect(interview.date == "2024-03-14")
        #expect(interview.title == "Verwaltung digital denken")
        #expect(interview.source == CLI.sample.path)
        let leipzig = try #require(interview.entities.first { $0.name == "Leipzig" })
        #expect(leipzig.id == "municipality:14713000")
        #expect(leipzig.keys["ags"] == "14713000")
        #expect(Set(leipzig.mentions.map(\.text)) == ["Leipzig", "Leipziger"])
        let roles = interview.relations.filter { $0.predicate == "holds_role" }
        #expect(roles.contains { $0.subject == "person:burkhard-jung" && $0.role == "Oberbürgermeister" && $0.object == leipzig.id && $0.date == "2024-03-14" })
        let text = Array(try String(contentsOf: CLI.sample, encoding: .utf8).unicodeScalars)
        for mention in output.documents.flatMap(\.entities).flatMap(\.mentions) {
            #expect(String(String.UnicodeScalarView(text[mention.start..<mention.end])) == mention.text)
        }
    }

    @Test("Politicians the data knows carry its keys; two of one name are told apart by party and parliament")
    func knownPersons() throws {
        let text = """
            Bundeskanzler Olaf Scholz sprach in Berlin. Der CDU-Bundestagsabgeordnete Michael Meister lobte ihn. \
            In Schwerin widersprach der AfD-Landtagsabgeordnete Michael Meister. Michael Meister ging dann.

            """
        let result = try CLI.run(["extract", "-", "--json", "--no-store"], input: Data(text.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        let entities = try ExtractOutput.decode(result.stdout).documents.flatMap(\.entities)
        let scholz = try #require(entities.first { $0.name == "Olaf Scholz" })
        #expect(scholz.id == "person:olaf-scholz")
        #expect(scholz.keys["bundestag"] == "11003231" && scholz.keys["wikidata"] == "Q61053")
        let meisters = entities.filter { $0.name == "Michael Meister" }
        #expect(Set(meisters.map(\.id)) == [
            "person:michael-meister-mdb-11002733", "person:michael-meister-dboes-8210", "person:michael-meister",
        ])
        #expect(meisters.first { $0.id == "person:michael-meister-mdb-11002733" }?.keys["party"] == "CDU")
        #expect(meisters.first { $0.id == "person:michael-meister" }?.keys.isEmpty == true)
    }

    @Test("Fraktionen are organizations with their party, its Wikidata id and their parliament")
    func factions() throws {
        let text = """
            Die SPD-Bundestagsfraktion und die CSU-Fraktion im Bayerischen Landtag stellten ein Papier vor.

            """
        let result = try CLI.run(["extract", "-", "--json", "--no-store"], input: Data(text.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        let entities = try ExtractOutput.decode(result.stdout).documents.flatMap(\.entities)
        let spd = try #require(entities.first { $0.id == "organization:spd-bundestagsfraktion" })
        #expect(spd.keys["category"] == "faction" && spd.keys["party"] == "SPD")
        #expect(spd.keys["party_wikidata"] == "Q49768" && spd.keys["parliament"] == "organization:deutscher-bundestag")
        let csu = try #require(entities.first { $0.id == "organization:csu-landtagsfraktion-bayern" })
        #expect(csu.keys["state"] == "09" && csu.keys["parliament"] == "organization:bayerischer-landtag")
    }

    @Test("Standard input is read with -")
    func standardInput() throws {
        let text = "Niedersachsens Digitalministerin Daniela Behrens besuchte Hannover.\n"
        let result = try CLI.run(["extract", "-", "--json", "--no-store"], input: Data(text.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        let output = try ExtractOutput.decode(result.stdout)
        #expect(output.documents.first?.source == "-")
        #expect(output.documents.first?.relations.contains { $0.role == "Digitalministerin" && $0.object == "state:03" } == true)
    }

    @Test(
        "Bad input gets one clear line naming the file, a non-zero exit, and the rest is stored",
        arguments: [
            ("missing.txt", nil, "missing.txt: no such file or folder"),
            ("empty.txt", Data(), "empty.txt: the file is empty"),
            ("binary.txt", Data([0x47, 0x00, 0x01, 0x02]), "binary.txt: looks like a binary file (NUL byte at offset 1)"),
            ("scan.txt", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), "scan.txt: looks like a binary file (a PNG image), not text; skipped"),
            ("leer.jsonl", Data("\n\n".utf8), "leer.jsonl: the JSON-lines file holds no articles; skipped"),
        ] as [(String, Data?, String)])
    func badInput(name: String, contents: Data?, message: String) throws {
        let folder = try CLI.temporaryFolder()
        let db = folder.appendingPathComponent("g.sqlite").path
        let good = folder.appendingPathComponent("good.txt")
        try Data("Leipzigs Oberbürgermeister Burkhard Jung sprach in Dresden.\n".utf8).write(to: good)
        let bad = folder.appendingPathComponent(name)
        if let contents { try contents.write(to: bad) }
        let order = contents == nil ? [bad.path] : [good.path, bad.path]
        let result = try CLI.run(["extract"] + order + ["--db", db])
        #expect(result.status != 0)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(result.stderr)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
        if contents != nil {
            let list = try CLI.run(["query", "Jung", "--db", db])
            #expect(list.status == 0)
            #expect(list.stdout.contains("Oberbürgermeister"))
        }
    }

    @Test("A folder is read recursively; a bad file in it does not stop the others")
    func folder() throws {
        let folder = try CLI.temporaryFolder()
        let inner = folder.appendingPathComponent("a/b")
        try FileManager.default.createDirectory(at: inner, withIntermediateDirectories: true)
        try Data("Der Deutsche Landkreistag tagte in Berlin.\n".utf8).write(to: inner.appendingPathComponent("one.txt"))
        try Data("Hessens Digitalministerin Kristina Sinemus lobte Darmstadt.\n".utf8).write(to: folder.appendingPathComponent("two.txt"))
        try Data().write(to: folder.appendingPathComponent("three.txt"))
        try Data("kein Text".utf8).write(to: folder.appendingPathComponent("ignored.md"))
        let db = folder.appendingPathComponent("g.sqlite").path
        let result = try CLI.run(["extract", folder.path, "--db", db])
        #expect(result.status == 1)
        #expect(result.stdout.contains("2 files, 2 documents"))
        #expect(result.stderr.contains("three.txt: the file is empty"))
    }

    @Test("A malformed gazetteer line is reported with file and line")
    func malformedGazetteer() throws {
        let folder = try CLI.temporaryFolder()
        let gazetteer = folder.appendingPathComponent("gaz")
        try FileManager.default.createDirectory(at: gazetteer, withIntermediateDirectories: true)
        try Data("Präsident\tPräsidentin\t\tsuffix\torganization\n".utf8).write(to: gazetteer.appendingPathComponent("roles.tsv"))
        try Data("# id\tname\nstate:14\tSachsen\nSachsen-Anhalt\n".utf8).write(to: gazetteer.appendingPathComponent("states.tsv"))
        let result = try CLI.run(["extract", CLI.sample.path, "--no-store", "--gazetteer", gazetteer.path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("states.tsv:3: expected \"id<TAB>name"), "\(result.stderr)")
    }

    @Test("The gazetteer is found without flags from another working folder")
    func gazetteerFromAnywhere() throws {
        let folder = try CLI.temporaryFolder()
        let result = try CLI.run(["extract", CLI.sample.path, "--no-store"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("7 documents"))
    }

    @Test("Extracting a changed file replaces its old version; unchanged items stay")
    func changedFile() throws {
        let folder = try CLI.temporaryFolder()
        let db = folder.appendingPathComponent("g.sqlite").path
        let page = folder.appendingPathComponent("page.txt")
        let original = try String(contentsOf: CLI.staedtetagPage, encoding: .utf8)
        try Data(original.utf8).write(to: page)
        let first = try CLI.run(["extract", page.path, "--db", db])
        #expect(first.stdout.contains("1 file, 2 documents (2 new, 0 already stored)"), "\(first.stdout)")

        // The 2026 item changes: Kalisch's item is replaced by one about Dörner
        let changed = original.replacingOccurrences(
            of: "Claudia Kalisch, Vizepräsidentin des Deutschen Städtetages, sprach in Lüneburg",
            with: "Katja Dörner, Vizepräsidentin des Deutschen Städtetages, sprach in Bonn")
        try Data(changed.utf8).write(to: page)
        let second = try CLI.run(["extract", page.path, "--db", db])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.contains("1 file, 2 documents (1 new, 1 already stored, 1 removed)"), "\(second.stdout)")
        let stats = try CLI.run(["stats", "--json", "--db", db])
        #expect(stats.stdout.contains("\"documents\" : 2"))
        let kalisch = try CLI.run(["query", "list", "--type", "person", "--db", db])
        #expect(!kalisch.stdout.contains("Claudia Kalisch"), "\(kalisch.stdout)")
        #expect(kalisch.stdout.contains("Burkhard Jung"))

        // The same version again changes nothing
        let third = try CLI.run(["extract", page.path, "--db", db])
        #expect(third.stdout.contains("(0 new, 2 already stored)"), "\(third.stdout)")
    }
}
