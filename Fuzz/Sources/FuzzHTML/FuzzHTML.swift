import CFuzzerDriver
import Foundation
import FuzzSupport
import GovGraphInput

/// Any text as an HTML page: the same articles twice, clean, no more text than the page.
@_cdecl("FuzzHTML_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { start, count in
        guard let start else { return fuzz(UnsafePointer(bitPattern: 1)!, 0) }
        return fuzz(start, count)
    }
}

func fuzz(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let html = String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
    let first = Result { () throws(InputError) in try HTMLReader.read(html, path: "f.html") }
    let second = Result { () throws(InputError) in try HTMLReader.read(html, path: "f.html") }
    switch (first, second) {
    case let (.success(a), .success(b)):
        Invariant.checkSame(a, b, "HTML reading")
        // Entities shrink; a title may open the text as well as stand in the head; captions
        // and alt texts are read once each.
        Invariant.checkArticles(a, path: "f.html", limit: 3 * html.utf8.count + 64)
    case let (.failure(a), .failure(b)):
        Invariant.check(a == b, "refusal is not deterministic")
    default:
        Invariant.check(false, "read once, refused once")
    }
    return 0
}
