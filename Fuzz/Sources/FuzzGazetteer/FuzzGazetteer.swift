import CFuzzerDriver
import Foundation
import FuzzSupport
import GovGraphExtraction

/// The file names the gazetteer parser knows; the first byte of an input picks one.
let names = [
    "states.tsv", "municipalities.tsv", "districts.tsv", "countries.tsv", "organizations.tsv",
    "roles.tsv", "given-names.tsv", "surnames.txt", "abbreviations.txt", "laws.tsv", "locations.tsv",
    "foreign-states.tsv", "foreign-municipalities.tsv",
]

/// Any text as one gazetteer file: parsed the same way twice; when it parses, the compiled
/// gazetteer serialises to as many bytes twice, and reads back to a gazetteer that extracts
/// the same from the file's own words.
@_cdecl("FuzzGazetteer_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { start, count in
        guard let start else { return fuzz(UnsafePointer(bitPattern: 1)!, 0) }
        return fuzz(start, count)
    }
}

func fuzz(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    guard count > 0 else { return 0 }
    let name = names[Int(start[0]) % names.count]
    let contents = String(decoding: UnsafeBufferPointer(start: start + 1, count: count - 1), as: UTF8.self)
    let files = [GazetteerFile(name: name, contents: contents)]
    let first = Result { () throws(GazetteerError) in try Gazetteer(files: files) }
    let second = Result { () throws(GazetteerError) in try Gazetteer(files: files) }
    switch (first, second) {
    case let (.success(a), .success(b)):
        // The bytes of a compiled gazetteer follow dictionary order, which differs between two
        // compilations; their size and what they find do not.
        let compiled = CompiledGazetteer(a)
        let bytes = compiled.serialized(fingerprint: "f")
        Invariant.check(bytes.count == CompiledGazetteer(b).serialized(fingerprint: "f").count, "compiling is not deterministic")
        do {
            let back = try CompiledGazetteer(serialized: bytes, fingerprint: "f")
            Invariant.check(back.serialized(fingerprint: "f").count == bytes.count, "the serialised gazetteer does not read back")
            // The file's own words as a text: the read-back gazetteer finds what the compiled one does.
            let probe = String(contents.prefix(2_000)).replacingOccurrences(of: "\t", with: " ")
            Invariant.check(
                Extractor(gazetteer: compiled).extract(text: probe) == Extractor(gazetteer: back).extract(text: probe),
                "the read-back gazetteer extracts differently")
        } catch {
            Invariant.check(false, "the serialised gazetteer is refused: \(error)")
        }
    case let (.failure(a), .failure(b)):
        Invariant.check(a.description == b.description, "refusal is not deterministic")
        Invariant.check(a.description.contains(name) || a.description.contains("no entity files"),
            "the error names neither the file nor the folder's problem: \(a.description)")
    default:
        Invariant.check(false, "parsed once, refused once")
    }
    return 0
}
