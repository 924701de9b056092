import Foundation
import FuzzSupport
import GovGraphInput

/// Any bytes: decoded the same way twice, to clean text that is not blank, or refused.
@_cdecl("FuzzTextDecoder_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzDriver.run(argc, argv, fuzz)
}

func fuzz(_ input: UnsafeBufferPointer<UInt8>) {
    let data = Data(buffer: input)
    func same(_ a: TextDecoder.Decoded, _ b: TextDecoder.Decoded) -> Bool {
        a.text == b.text && a.encoding == b.encoding && a.warnings == b.warnings
    }
    let decoded = Invariant.twice("decoding", same: same) { () throws(InputError) in
        try TextDecoder.decode(data, path: "f.txt")
    }
    switch decoded {
    case let .success(a):
        Invariant.checkClean(a.text, "decoded text")
        Invariant.check(!a.text.contains("\r"), "a CR survived")
        Invariant.check(a.text.unicodeScalars.contains { !$0.properties.isWhitespace }, "blank text accepted")
        // Never more characters than bytes (UTF-16 halves them, a BOM is dropped).
        Invariant.check(a.text.unicodeScalars.count <= input.count, "more characters than bytes")
        if a.encoding == .utf8, data.starts(with: [0xEF, 0xBB, 0xBF]) == false,
            String(data: data, encoding: .utf8) != nil, !data.contains(0x0D)
        {
            // Valid UTF-8 without CR is read unchanged, but for removed control characters.
            let kept = String(decoding: data, as: UTF8.self).unicodeScalars.filter {
                !($0.value < 0x20 && $0.value != 0x09 && $0.value != 0x0A) && $0.value != 0x7F && !(0x80...0x9F).contains($0.value)
            }
            Invariant.check(String(String.UnicodeScalarView(kept)) == a.text, "valid UTF-8 was changed")
        }
    case let .failure(error):
        Invariant.check(error.description.hasPrefix("f.txt: "), "a refusal does not name the file")
    }
}
