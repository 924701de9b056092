import Foundation
import Testing

@testable import GovGraphInput

struct InputWalkerTests {
    static func tree() throws -> URL {
        let folder = try Fixtures.temporaryFolder()
        let manager = FileManager.default
        try manager.createDirectory(at: folder.appendingPathComponent("2024/entwurf"), withIntermediateDirectories: true)
        try manager.createDirectory(at: folder.appendingPathComponent(".git"), withIntermediateDirectories: true)
        for name in ["a.txt", "b.HTML", "c.jsonl", "d.rss", "e.atom", "f.xml", "g.md", "h.png", "2024/i.htm",
            "2024/entwurf/j.txt", ".git/k.txt"]
        {
            try Data("x".utf8).write(to: folder.appendingPathComponent(name))
        }
        return folder
    }

    static func relative(_ files: [String], to folder: URL) -> [String] {
        files.map { $0.replacingOccurrences(of: folder.path + "/", with: "") }
    }

    @Test("Folders give their files of known formats, sorted, without hidden ones")
    func extensions() throws {
        let folder = try Self.tree()
        let found = InputWalker().expand([folder.path])
        #expect(Self.relative(found.files, to: folder) == [
            "2024/entwurf/j.txt", "2024/i.htm", "a.txt", "b.HTML", "c.jsonl", "d.rss", "e.atom", "f.xml",
        ])
        #expect(found.problems.isEmpty)
    }

    @Test("--include replaces the extensions; --exclude leaves out files and folders")
    func globs() throws {
        let folder = try Self.tree()
        let included = InputWalker(include: [Glob("*.md"), Glob("*.txt")]).expand([folder.path])
        #expect(Self.relative(included.files, to: folder) == ["2024/entwurf/j.txt", "a.txt", "g.md"])
        let excluded = InputWalker(exclude: [Glob("entwurf"), Glob("*.xml")]).expand([folder.path])
        #expect(Self.relative(excluded.files, to: folder) == ["2024/i.htm", "a.txt", "b.HTML", "c.jsonl", "d.rss", "e.atom"])
    }

    @Test("A symbolic link loop is a warning, a dangling link and a missing path are problems, a file reached twice is read once")
    func links() throws {
        let folder = try Self.tree()
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("2024/schleife").path, withDestinationPath: "..")
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("weg.txt").path, withDestinationPath: "nirgends.txt")
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("zweimal.txt").path, withDestinationPath: "a.txt")
        let found = InputWalker().expand([folder.path, folder.appendingPathComponent("a.txt").path, "/nonexistent/x.txt", "-"])
        let warnings: [String] = found.warnings.map(\.description)
        #expect(warnings == [folder.path + "/2024/schleife: a symbolic link loop (back to a folder above it); not followed"])
        #expect(found.problems == [.danglingLink(folder.path + "/weg.txt"), .noSuchPath("/nonexistent/x.txt")])
        let files = Self.relative(found.files, to: folder)
        #expect(files.filter { $0.hasSuffix("a.txt") || $0.hasSuffix("zweimal.txt") } == ["a.txt"])
        #expect(files.last == "-")
    }
}
