import CFuzzerDriver
import Foundation
import FuzzSupport
import GovGraphInput

/// Any text as a feed: the same items and warnings twice, clean, and never much more text than
/// the feed holds (entities of a DTD are not expanded).
@_cdecl("FuzzFeed_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { start, count in
        guard let start else { return fuzz(UnsafePointer(bitPattern: 1)!, 0) }
        return fuzz(start, count)
    }
}

func fuzz(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let xml = String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
    var warningsA: [InputWarning] = []
    var warningsB: [InputWarning] = []
    let first = Result { () throws(InputError) in try FeedReader.read(xml, path: "f.rss", warnings: &warningsA) }
    let second = Result { () throws(InputError) in try FeedReader.read(xml, path: "f.rss", warnings: &warningsB) }
    Invariant.check(warningsA == warningsB, "warnings are not deterministic")
    switch (first, second) {
    case let (.success(a), .success(b)):
        Invariant.checkSame(a, b, "feed reading")
        Invariant.checkArticles(a, path: "f.rss", limit: 3 * xml.utf8.count + 64)
    case let (.failure(a), .failure(b)):
        Invariant.check(a == b, "refusal is not deterministic")
    default:
        Invariant.check(false, "read once, refused once")
    }
    return 0
}
