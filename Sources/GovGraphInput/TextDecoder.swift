import Foundation

/// The encodings input texts are read in.
public enum TextEncoding: String, Sendable, Equatable {
    case utf8 = "UTF-8"
    case utf16LittleEndian = "UTF-16LE"
    case utf16BigEndian = "UTF-16BE"
    /// Windows-1252, which agrees with Latin-1 on every printable character.
    case windows1252 = "Windows-1252"

    /// The encoding a byte order mark names (with the mark's length), else UTF-16 recognised
    /// without one (with length 0).
    static func declared(_ bytes: some Collection<UInt8>) -> (TextEncoding, Int)? {
        byteOrderMark(bytes) ?? utf16WithoutMark(bytes).map { ($0, 0) }
    }

    /// UTF-16 without a byte order mark, recognised by its NUL bytes: text in Latin script has
    /// a NUL as the high byte of nearly every character, so at least 40 % of the bytes at odd
    /// offsets (little endian) or at even offsets (big endian) are NUL, and hardly any of the
    /// others. Other binary data with many NULs has them at both.
    static func utf16WithoutMark(_ bytes: some Collection<UInt8>) -> TextEncoding? {
        let sample = Array(bytes.prefix(8192))
        guard sample.count >= 16, !BinarySniffer.hasSignature(sample) else { return nil }
        var zeros = (even: 0, odd: 0)
        for (offset, byte) in sample.enumerated() where byte == 0 {
            if offset % 2 == 0 { zeros.even += 1 } else { zeros.odd += 1 }
        }
        let pairs = sample.count / 2
        if zeros.odd * 10 >= pairs * 4, zeros.even * 20 <= pairs { return .utf16LittleEndian }
        if zeros.even * 10 >= pairs * 4, zeros.odd * 20 <= pairs { return .utf16BigEndian }
        return nil
    }

    /// The encoding a byte order mark at the start of `bytes` names, with the mark's length.
    static func byteOrderMark(_ bytes: some Collection<UInt8>) -> (TextEncoding, Int)? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return (.utf8, 3) }
        if bytes.starts(with: [0xFF, 0xFE]) { return (.utf16LittleEndian, 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (.utf16BigEndian, 2) }
        return nil
    }
}

/// Turns the bytes of an input file into clean text.
///
/// UTF-8 (with or without a byte order mark) and UTF-16 (with a byte order mark, or recognised
/// by its NUL bytes) are read as such. The encoding is decided once for the whole file (see ``UTF8Census``): a file that is
/// mostly valid UTF-8 is UTF-8, its few bad bytes become U+FFFD and are reported with the
/// offset of the first; a file with bytes that are not UTF-8 and hardly any UTF-8 sequences is
/// Windows-1252 (Latin-1). Line ends
/// become `\n` (CRLF and lone CR), the text is put in NFC, and control characters other than
/// tab and line feed (NUL included) are removed; the removal is reported as a warning with the
/// line of the first one. Binary data (known file signatures, or many NUL and control bytes)
/// and empty or blank files are refused.
///
/// ```swift
/// let decoded = try TextDecoder.decode(Data([0x4D, 0xFC, 0x6E, 0x73, 0x74, 0x65, 0x72]), path: "m.txt")
/// decoded.text       // "Münster"
/// decoded.encoding   // .windows1252
/// ```
public enum TextDecoder {
    /// Decoded text and what was done to it.
    public struct Decoded: Sendable {
        public var text: String
        public var encoding: TextEncoding
        public var warnings: [InputWarning]
    }

    /// Decodes a whole file.
    public static func decode(_ data: Data, path: String) throws(InputError) -> Decoded {
        guard !data.isEmpty else { throw .empty(path) }
        let bom = TextEncoding.declared(data)
        if bom == nil || bom?.0 == .utf8, let what = BinarySniffer.binaryReason(data.prefix(8192)) {
            throw .binaryFile(path, what: what)
        }
        var census = UTF8Census()
        if bom == nil, !isValidUTF8(data) {
            census.feed(data)
            census.finish()
        }
        let encoding = bom?.0 ?? census.encoding
        var text = decode(data.dropFirst(bom?.1 ?? 0), as: encoding)
        var cleaner = TextCleaner(path: path)
        text = cleaner.clean(text)
        guard text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
            throw .onlyWhitespace(path)
        }
        var warnings = cleaner.finish()
        if encoding == .utf8, let warning = census.warning(path: path) { warnings.insert(warning, at: 0) }
        return Decoded(text: text, encoding: encoding, warnings: warnings)
    }

    /// Decodes bytes in a known encoding (without a byte order mark).
    static func decode(_ bytes: some Collection<UInt8>, as encoding: TextEncoding) -> String {
        switch encoding {
        case .utf8:
            return String(decoding: bytes, as: UTF8.self)
        case .windows1252:
            var scalars = String.UnicodeScalarView()
            scalars.reserveCapacity(bytes.count)
            for byte in bytes { scalars.append(Windows1252.scalar(byte)) }
            return String(scalars)
        case .utf16LittleEndian, .utf16BigEndian:
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            var iterator = bytes.makeIterator()
            while let first = iterator.next(), let second = iterator.next() {
                units.append(
                    encoding == .utf16LittleEndian
                        ? UInt16(first) | UInt16(second) << 8 : UInt16(first) << 8 | UInt16(second))
            }
            return String(decoding: units, as: UTF16.self)
        }
    }

    /// Whether `data` is valid UTF-8 throughout.
    static func isValidUTF8(_ data: Data) -> Bool {
        data.withUnsafeBytes { String(validating: $0.bindMemory(to: UInt8.self), as: UTF8.self) != nil }
    }
}

/// Windows-1252: Latin-1 with printable characters in 0x80–0x9F.
enum Windows1252 {
    /// The characters of 0x80–0x9F; the five unassigned bytes keep their C1 control code.
    private static let high: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    static func scalar(_ byte: UInt8) -> Unicode.Scalar {
        guard (0x80...0x9F).contains(byte) else { return Unicode.Scalar(byte) }
        return Unicode.Scalar(high[Int(byte - 0x80)])!
    }
}

/// Recognises binary data by its first bytes.
enum BinarySniffer {
    /// File signatures of common binary formats, with a name for the message.
    private static let signatures: [([UInt8], String)] = [
        (Array("%PDF".utf8), "a PDF document"),
        ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
        (Array("GIF8".utf8), "a GIF image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive or office document"),
        ([0x1F, 0x8B], "a gzip archive"),
        ([0x7F, 0x45, 0x4C, 0x46], "an executable"),
        (Array("SQLite format 3".utf8), "an SQLite database"),
        (Array("BZh".utf8), "a bzip2 archive"),
        ([0x37, 0x7A, 0xBC, 0xAF], "a 7-Zip archive"),
        ([0xD0, 0xCF, 0x11, 0xE0], "an old office document"),
    ]

    /// Whether `sample` starts with the signature of a known binary format.
    static func hasSignature(_ sample: some Collection<UInt8>) -> Bool {
        signatures.contains { sample.starts(with: $0.0) }
    }

    /// Why `sample` looks binary, or nil when it looks like text: a known signature, or more
    /// than 5 % NUL and control bytes (a NUL anywhere in a short sample).
    static func binaryReason(_ sample: some Collection<UInt8>) -> String? {
        for (signature, name) in signatures where sample.starts(with: signature) { return name }
        var controls = 0
        var firstNUL: Int?
        for (offset, byte) in sample.enumerated() where byte < 0x20 || byte == 0x7F {
            if byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C || byte == 0x1B { continue }
            controls += 1
            if byte == 0, firstNUL == nil { firstNUL = offset }
        }
        guard controls * 20 > sample.count else { return nil }
        if let firstNUL { return "NUL byte at offset \(firstNUL)" }
        return "\(controls) control bytes in the first \(sample.count)"
    }
}

/// Counts, over a whole file given in blocks, the valid UTF-8 sequences of two to four bytes and
/// the bad bytes, to decide the file's encoding once.
///
/// A file without bad bytes is UTF-8. One with bad bytes is still UTF-8 when it holds more
/// valid multi-byte sequences than bad ones (a UTF-8 file with a stray byte); else it is
/// Windows-1252, whose umlauts are never valid UTF-8 on their own. A bad byte is counted as
/// Swift's decoder replaces it: one per maximal invalid subpart.
struct UTF8Census {
    private(set) var multibyte = 0
    private(set) var invalid = 0
    private(set) var firstInvalidOffset: Int?
    /// Bytes of a sequence not yet complete at the end of the last block (at most 3).
    private var carry: [UInt8] = []
    /// The file offset of the next byte fed.
    private var offset = 0

    var encoding: TextEncoding { invalid == 0 || multibyte > invalid ? .utf8 : .windows1252 }

    /// The warning for a file read as UTF-8 that had bad bytes.
    func warning(path: String) -> InputWarning? {
        guard invalid > 0, let firstInvalidOffset, encoding == .utf8 else { return nil }
        let what = invalid == 1 ? "1 byte sequence that is not" : "\(invalid) byte sequences that are not"
        return InputWarning(
            path: path, message: "\(what) valid UTF-8 replaced with U+FFFD (the first at byte offset \(firstInvalidOffset))")
    }

    mutating func feed(_ block: some Collection<UInt8>) {
        var bytes = carry
        bytes.append(contentsOf: block)
        let start = offset - carry.count
        carry = []
        offset += block.count
        let end = scan(bytes, start: start, final: false)
        carry = Array(bytes[end...])
    }

    /// Counts what is left at the end of the file.
    mutating func finish() {
        let bytes = carry
        carry = []
        _ = scan(bytes, start: offset - bytes.count, final: true)
    }

    /// Scans `bytes` (at file offset `start`) and returns where an incomplete sequence at the end
    /// begins (`bytes.count` when there is none or `final` is set).
    private mutating func scan(_ bytes: [UInt8], start: Int, final: Bool) -> Int {
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch byte {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: length = 0
            }
            var valid = 1
            if length > 0 {
                while valid < length, index + valid < count {
                    let next = bytes[index + valid]
                    let (min, max): (UInt8, UInt8) = valid == 1 ? (low, high) : (0x80, 0xBF)
                    guard next >= min, next <= max else { break }
                    valid += 1
                }
                if valid == length {
                    multibyte += 1
                    index += length
                    continue
                }
                if index + valid == count, !final { return index }
            }
            invalid += 1
            if firstInvalidOffset == nil { firstInvalidOffset = start + index }
            index += valid
        }
        return count
    }
}
