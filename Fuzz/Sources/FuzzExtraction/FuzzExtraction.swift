import Foundation
import FuzzSupport
import GovGraphExtraction
import GovGraphInput
import GovGraphModel

/// The checkout's gazetteer, loaded once (GOVGRAPH_GAZETTEER names another folder).
let extractor: Extractor = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    let folder = ProcessInfo.processInfo.environment["GOVGRAPH_GAZETTEER"].map(URL.init(fileURLWithPath:))
        ?? root.appendingPathComponent("gazetteer")
    do {
        return Extractor(gazetteer: try GazetteerLoader.load(folder: folder, cache: nil))
    } catch {
        FileHandle.standardError.write(Data("cannot load the gazetteer: \(error)\n".utf8))
        exit(2)
    }
}()

/// Any text, tokenizer to graph: the same documents twice; documents, mentions and evidence
/// inside the text and inside their document; mentions that are what the text says there; ids
/// of entities unique in a document and relations between its entities.
@_cdecl("FuzzExtraction_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    // The gazetteer is compiled before the first input, so that its time (seconds with ASan)
    // does not count against that input's timeout.
    _ = extractor
    return FuzzDriver.run(argc, argv, fuzz)
}

func fuzz(_ input: UnsafeBufferPointer<UInt8>) {
    let text = String(decoding: input, as: UTF8.self)
    let documents = extractor.extract(text: text, source: "f.txt")
    Invariant.check(documents == extractor.extract(text: text, source: "f.txt"), "extraction is not deterministic")
    // Offsets refer to the text in NFC, as the extractor keeps it (one code point may become three).
    let scalars = Array(text.precomposedNFC.unicodeScalars)
    var previousEnd = 0
    for document in documents {
        Invariant.check(document.source == "f.txt", "a document names another source")
        Invariant.check(0 <= document.start && document.start <= document.end && document.end <= scalars.count,
            "document \(document.start)..<\(document.end) outside the text of \(scalars.count)")
        Invariant.check(document.start >= previousEnd, "documents overlap")
        previousEnd = document.end
        let ids = document.entities.map(\.id)
        Invariant.check(Set(ids).count == ids.count, "an entity is listed twice in a document")
        for entity in document.entities + document.locations {
            for mention in entity.mentions {
                Invariant.check(document.start <= mention.start && mention.start < mention.end && mention.end <= document.end,
                    "mention \(mention.start)..<\(mention.end) of \(entity.name) outside its document")
                let slice = String(String.UnicodeScalarView(scalars[mention.start..<mention.end]))
                Invariant.check(slice == mention.text, "mention \"\(mention.text)\" but the text says \"\(slice)\"")
            }
        }
        // Entities a relation needs without a mention in the article are listed apart (implied).
        let known = Set(ids + document.implied.map(\.id))
        Invariant.check(document.implied.allSatisfy { $0.mentions.isEmpty }, "an implied entity has a mention")
        for relation in document.relations {
            Invariant.check(known.contains(relation.subject) && known.contains(relation.object),
                "a relation links an entity the document lists neither as named nor as implied")
            Invariant.check(document.start <= relation.evidence.start && relation.evidence.start <= relation.evidence.end
                && relation.evidence.end <= document.end, "evidence outside its document")
        }
    }
}
