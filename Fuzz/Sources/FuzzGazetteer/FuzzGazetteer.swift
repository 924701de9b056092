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
    FuzzDriver.run(argc, argv, fuzz)
}

func fuzz(_ input: UnsafeBufferPointer<UInt8>) {
    guard let first = input.first else { return }
    let name = names[Int(first) % names.count]
    let contents = String(decoding: UnsafeBufferPointer(rebasing: input.dropFirst()), as: UTF8.self)
    let files = [GazetteerFile(name: name, contents: contents)]
    // The bytes of a compiled gazetteer follow dictionary order, which differs between two
    // compilations; their size and what they find do not.
    let parsed = Invariant.twice("parsing", same: {
        CompiledGazetteer($0).serialized(fingerprint: "f").count == CompiledGazetteer($1).serialized(fingerprint: "f").count
    }) { () throws(GazetteerError) in try Gazetteer(files: files) }
    switch parsed {
    case let .success(gazetteer):
        let compiled = CompiledGazetteer(gazetteer)
        let bytes = compiled.serialized(fingerprint: "f")
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
    case let .failure(error):
        Invariant.check(error.description.contains(name) || error.description.contains("no entity files"),
            "the error names neither the file nor the folder's problem: \(error.description)")
    }
}
