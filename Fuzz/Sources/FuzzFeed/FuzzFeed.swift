import Foundation
import FuzzSupport
import GovGraphInput

/// Any text as a feed: the same items and warnings twice, clean, and never much more text than
/// the feed holds (entities of a DTD are not expanded).
@_cdecl("FuzzFeed_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzDriver.run(argc, argv, fuzz)
}

func fuzz(_ input: UnsafeBufferPointer<UInt8>) {
    let xml = String(decoding: input, as: UTF8.self)
    var warnings: [[InputWarning]] = []
    let read = Invariant.twice("feed reading") { () throws(InputError) in
        var found: [InputWarning] = []
        defer { warnings.append(found) }
        return try FeedReader.read(xml, path: "f.rss", warnings: &found)
    }
    Invariant.check(warnings[0] == warnings[1], "warnings are not deterministic")
    if case let .success(articles) = read {
        Invariant.checkArticles(articles, path: "f.rss", limit: 3 * xml.utf8.count + 64)
    }
}
