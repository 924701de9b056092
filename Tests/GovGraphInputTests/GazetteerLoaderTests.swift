import Foundation
import GovGraphExtraction
import Testing

@testable import GovGraphInput

struct GazetteerLoaderTests {
    static func folder(_ files: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("govgraph-gaz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, contents) in files { try Data(contents.utf8).write(to: folder.appendingPathComponent(name)) }
        return folder
    }

    static let roles = "Präsident\tPräsidentin\t\tsuffix\torganization\n"

    @Test("Reads the .tsv files and abbreviations.txt of a folder and compiles them")
    func loads() throws {
        let folder = try Self.folder([
            "roles.tsv": Self.roles, "states.tsv": "state:14\tSachsen\tFreistaat Sachsen\n",
            "abbreviations.txt": "Dr.\n", "notes.md": "ignored",
        ])
        #expect(try GazetteerLoader.files(in: folder).map(\.name) == ["abbreviations.txt", "roles.tsv", "states.tsv"])
        let compiled = try GazetteerLoader.load(folder: folder, cache: nil)
        #expect(compiled.gazetteer.entries.map(\.name) == ["Sachsen"])
        #expect(compiled.gazetteer.abbreviations == ["dr"])
    }

    @Test("A malformed line is reported with the folder, file and line")
    func malformed() throws {
        let folder = try Self.folder(["roles.tsv": Self.roles, "states.tsv": "state:14\tSachsen\nSachsen-Anhalt\n"])
        #expect(throws: InputError.gazetteer(folder: folder.path, .malformedLine(
            file: "states.tsv", line: 2, reason: "expected \"id<TAB>name[<TAB>aliases[<TAB>adjectives[<TAB>keys]]]\", found 1 column"))) {
            try GazetteerLoader.load(folder: folder, cache: nil)
        }
    }

    @Test("An explicit folder must hold roles.tsv")
    func explicit() throws {
        let folder = try Self.folder(["states.tsv": "state:14\tSachsen\n"])
        #expect(throws: InputError.notAGazetteer(folder.path, origin: "")) { try GazetteerLoader.locate(explicit: folder.path) }
        let good = try Self.folder(["roles.tsv": Self.roles])
        #expect(try GazetteerLoader.locate(explicit: good.path).standardizedFileURL.path == good.standardizedFileURL.path)
    }

    @Test("A file that is not UTF-8 is named")
    func notUTF8() throws {
        let folder = try Self.folder(["roles.tsv": Self.roles])
        try Data([0x73, 0x74, 0x61, 0xFC]).write(to: folder.appendingPathComponent("states.tsv"))
        #expect(throws: InputError.invalidUTF8(folder.appendingPathComponent("states.tsv").path, offset: 3)) {
            try GazetteerLoader.files(in: folder)
        }
    }
}
