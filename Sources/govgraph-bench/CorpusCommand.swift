import ArgumentParser
import Foundation
import GovGraphExtraction

/// Writes a generated corpus to a file or a folder.
struct CorpusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "corpus",
        abstract: "Write a generated German news corpus (the same for the same seed) to a file or folder.",
        discussion: """
            With an --out ending in .txt, all pages go into that one file; otherwise --out is a \
            folder that gets files of about --file-size each (page-00001.txt, …), which \
            `govgraph extract` and the other subcommands read.
            """)

    @Option(help: "The size of the corpus (e.g. 100MB, 1GB; 1 MB = 10^6 bytes).")
    var size: ByteSize = CorpusOptions.defaultSize

    @Option(help: "The seed.")
    var seed: UInt64 = 1

    @Option(help: "A .txt file, or a folder to create.")
    var out: String

    @Option(help: "The approximate size of each file in a folder.")
    var fileSize: ByteSize = ByteSize(bytes: 1_000_000)

    @OptionGroup var gazetteerOption: GazetteerOption

    func run() throws {
        let (compiled, _) = try gazetteerOption.load()
        let generator = try CorpusGenerator(gazetteer: compiled.gazetteer, seed: seed)
        let pages = generator.pages(totalBytes: size.bytes)
        let manager = FileManager.default
        var written: [(path: String, text: String)] = []
        if out.lowercased().hasSuffix(".txt") {
            written.append((out, pages.joined()))
        } else {
            try manager.createDirectory(atPath: out, withIntermediateDirectories: true)
            var current = ""
            for page in pages {
                current += page
                if current.utf8.count >= fileSize.bytes {
                    written.append((fileName(written.count), current))
                    current = ""
                }
            }
            if !current.isEmpty { written.append((fileName(written.count), current)) }
        }
        var bytes = 0
        for file in written {
            guard manager.createFile(atPath: file.path, contents: Data(file.text.utf8)) else {
                throw BenchError("cannot write \(file.path)")
            }
            bytes += file.text.utf8.count
        }
        print("\(out): \(written.count) file\(written.count == 1 ? "" : "s"), \(pages.count) pages, \(bytes) bytes, seed \(seed)")
    }

    private func fileName(_ index: Int) -> String {
        (out as NSString).appendingPathComponent(String(format: "page-%05d.txt", index + 1))
    }
}
