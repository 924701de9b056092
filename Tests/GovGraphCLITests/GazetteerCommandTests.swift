import Foundation
import Testing

@Suite("govgraph gazetteer and govgraph-bench")
struct GazetteerCommandTests {
    @Test("check is clean on the shipped gazetteer and fails on a broken one")
    func check() throws {
        let clean = try CLI.run(["gazetteer", "check", "--errors-only"])
        #expect(clean.status == 0, "\(clean.stdout)")
        #expect(clean.stdout.contains(": 0 errors,"))
        let folder = try CLI.temporaryFolder()
        try Data("Präsident\tPräsidentin\t\tsuffix\torganization\n".utf8).write(to: folder.appendingPathComponent("roles.tsv"))
        try Data("state:14\tSachsen\nstate:14\tSachsen\nx\n".utf8).write(to: folder.appendingPathComponent("states.tsv"))
        let broken = try CLI.run(["gazetteer", "check", "--gazetteer", folder.path])
        #expect(broken.status == 1)
        #expect(broken.stdout.contains("error: \(folder.path)/states.tsv:2: the id \"state:14\" is used twice"))
        #expect(broken.stdout.contains("error: \(folder.path)/states.tsv:3: expected"))
    }

    @Test("stats --json counts every kind")
    func stats() throws {
        let result = try CLI.run(["gazetteer", "stats", "--json"])
        #expect(result.status == 0)
        let counts = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Int])
        #expect(Set(counts.keys) == ["municipality", "district", "state", "country", "law", "organization", "location", "person", "role", "given_name", "surname"])
        // the 16 Länder and foreign regions
        #expect((counts["state"] ?? 0) >= 16)
        #expect((counts["surname"] ?? 0) > 0)
        #expect((counts["municipality"] ?? 0) > 0)
        #expect((counts["location"] ?? 0) > 0)
    }

    @Test("forms lists inflected forms, one per line, without repeats")
    func forms() throws {
        let result = try CLI.run(["gazetteer", "forms"])
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("Deutschen Städtetages"))
        #expect(lines.contains("Lüneburgs"))
        #expect(lines.count == Set(lines).count)
        let withIDs = try CLI.run(["gazetteer", "forms", "--ids"])
        #expect(withIDs.stdout.contains("Lüneburgs\tmunicipality:03355022\n"))
    }

    @Test("The gazetteer benchmark reports its stages")
    func bench() throws {
        let bench = CLI.binary.deletingLastPathComponent().appendingPathComponent("govgraph-bench")
        let process = Process()
        process.executableURL = bench
        process.arguments = ["gazetteer", "--runs", "1", "--json"]
        process.currentDirectoryURL = CLI.root
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["runs"] as? Int == 1)
        #expect((object["surface_forms"] as? Int ?? 0) > 1000)
        #expect((object["total_seconds"] as? [String: Double])?["median"] != nil)
    }
}
