import Foundation
import FuzzSupport
import GovGraphInput

/// Any bytes as JSON lines: one item per line that is not blank, in order, the same twice;
/// articles clean, problems naming their line.
@_cdecl("FuzzJSONLines_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzDriver.run(argc, argv, fuzz)
}

func fuzz(_ input: UnsafeBufferPointer<UInt8>) {
    let data = Data(buffer: input)
    func read() -> [String] {
        var reader = JSONLinesReader(source: ByteSource(data: data), path: "f.jsonl", fields: JSONFields())
        var items: [String] = []
        var lastLine = 0
        while let item = reader.next() {
            switch item {
            case let .article(article, warnings):
                Invariant.checkArticles([article], path: "f.jsonl", limit: 3 * input.count + 64)
                let line = Int(article.location?.split(separator: " ").last ?? "") ?? -1
                Invariant.check(line > lastLine, "line numbers do not increase")
                lastLine = line
                items.append(article.text + "|" + warnings.map(\.description).joined(separator: ";"))
            case let .problem(error):
                if case let .badLine(path, line, _) = error {
                    Invariant.check(path == "f.jsonl" && line > lastLine, "a problem names the wrong line")
                    lastLine = line
                } else {
                    Invariant.check(false, "a problem that is not about a line: \(error)")
                }
                items.append(error.description)
            case .warnings:
                Invariant.check(false, "JSON lines give no file warnings")
            }
        }
        let lines = data.split(separator: 0x0A, omittingEmptySubsequences: false)
        Invariant.check(items.count <= lines.count, "more items than lines")
        return items
    }
    Invariant.check(read() == read(), "JSON-lines reading is not deterministic")
}
