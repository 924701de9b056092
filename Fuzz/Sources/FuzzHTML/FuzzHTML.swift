import Foundation
import FuzzSupport
import GovGraphInput

/// Any text as an HTML page: the same articles twice, clean, no more text than the page; read
/// in small blocks and written in parts of at most 2 × 64 bytes, the same articles.
@_cdecl("FuzzHTML_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzDriver.run(argc, argv, fuzz)
}

func fuzz(_ input: UnsafeBufferPointer<UInt8>) {
    let html = String(decoding: input, as: UTF8.self)
    let read = Invariant.twice("HTML reading") { () throws(InputError) in try HTMLReader.read(html, path: "f.html") }
    if case let .success(articles) = read {
        // Entities shrink; a title may open the text as well as stand in the head; captions
        // and alt texts are read once each.
        Invariant.checkArticles(articles, path: "f.html", limit: 3 * html.utf8.count + 64)
        var rest = Substring(html).utf8[...]
        let parts = try? HTMLReader.read(path: "f.html", byteCount: html.utf8.count, chunkBytes: 64) {
            rest = Substring(html).utf8[...]
            return {
                guard !rest.isEmpty else { return nil }
                let block = Array(rest.prefix(7))
                rest = rest.dropFirst(block.count)
                return block
            }
        }
        Invariant.check(parts.map { $0.allSatisfy { $0.text.utf8.count <= 128 } } == true, "a part longer than 128 bytes")
        var joined: [String] = []
        for part in parts ?? [] {
            if part.offset == 0 { joined.append("") }
            joined[joined.count - 1] += part.text
        }
        Invariant.check(joined == articles.map(\.text), "the articles in parts are not the articles read whole")
    }
}
