import Foundation
import FuzzSupport
import GovGraphInput

/// Any text as an HTML page: the same articles twice, clean, no more text than the page.
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
    }
}
