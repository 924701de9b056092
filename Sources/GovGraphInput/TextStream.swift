import Foundation

/// Reads a large text file in bounded memory: decoded block by block and cut into chunks at
/// article or paragraph boundaries.
///
/// The encoding is decided first: a byte order mark, else one pass over the file checks that it
/// is valid UTF-8, else it is Windows-1252. The decoded, cleaned text is then cut into chunks of
/// about `chunkSize` bytes (at most twice that): preferably before the title line of a dated
/// item ("[31.10.2019] …"), else at a blank line, else at a line end. Each chunk carries its
/// offset in code points, so that offsets of the extracted documents refer to the whole file.
public struct TextStream {
    let path: String
    let source: ByteSource
    let encoding: TextEncoding
    let chunkSize: Int
    private var cleaner: TextCleaner
    private var carry = Data()
    private var pending: [UInt8] = []
    private var atEnd = false
    private var offset = 0
    private var part = 0
    private var skipBOM: Int

    /// Opens the stream; `sample` is the file's first block, already checked for binary data.
    init(path: String, source: ByteSource, sample: Data, chunkSize: Int) {
        self.path = path
        self.source = source
        self.chunkSize = chunkSize
        self.cleaner = TextCleaner(path: path)
        if let (bom, length) = TextEncoding.byteOrderMark(sample) {
            encoding = bom
            skipBOM = length
        } else {
            encoding = Self.isValidUTF8(source) ? .utf8 : .windows1252
            skipBOM = 0
        }
        source.rewind()
    }

    /// Whether every block of the source is valid UTF-8 (sequences may cross blocks).
    private static func isValidUTF8(_ source: ByteSource) -> Bool {
        var carry = Data()
        while let block = source.next() {
            let bytes = carry + block
            let cut = completePrefix(bytes, encoding: .utf8)
            guard TextDecoder.isValidUTF8(bytes.prefix(cut)) else { return false }
            carry = bytes.suffix(from: bytes.startIndex + cut)
            if carry.count > 3 { return false }
        }
        return carry.isEmpty
    }

    /// The length of the longest prefix of `bytes` that ends at a character boundary.
    static func completePrefix(_ bytes: Data, encoding: TextEncoding) -> Int {
        switch encoding {
        case .windows1252: return bytes.count
        case .utf16LittleEndian, .utf16BigEndian:
            var cut = bytes.count & ~1
            if cut >= 2 {
                let high = encoding == .utf16LittleEndian ? bytes[bytes.startIndex + cut - 1] : bytes[bytes.startIndex + cut - 2]
                if (0xD8...0xDB).contains(high) { cut -= 2 }
            }
            return cut
        case .utf8:
            var index = bytes.count
            var back = 0
            while index > 0, back < 4 {
                index -= 1
                back += 1
                let byte = bytes[bytes.startIndex + index]
                if byte & 0xC0 != 0x80 {
                    let length = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
                    return length <= back ? bytes.count : index
                }
            }
            return bytes.count
        }
    }

    /// The next chunk, or nil at the end.
    public mutating func next() -> InputArticle? {
        while !atEnd, pending.count < 2 * chunkSize {
            guard var block = source.next() else {
                atEnd = true
                if !carry.isEmpty { pending += Array(cleaner.clean(TextDecoder.decode(carry, as: encoding)).utf8) }
                break
            }
            if skipBOM > 0 {
                block = block.dropFirst(skipBOM)
                skipBOM = 0
            }
            let bytes = carry + block
            let cut = Self.completePrefix(bytes, encoding: encoding)
            pending += Array(cleaner.clean(TextDecoder.decode(bytes.prefix(cut), as: encoding)).utf8)
            carry = Data(bytes.suffix(from: bytes.startIndex + cut))
        }
        guard !pending.isEmpty else { return nil }
        let cut = atEnd && pending.count <= 2 * chunkSize ? pending.count : Self.cutPoint(pending, from: chunkSize)
        let text = String(decoding: pending[..<cut], as: UTF8.self).inputNFC
        pending.removeFirst(cut)
        part += 1
        let chunk = InputArticle(
            path: path, text: text, location: "part \(part)", offset: offset, byteCount: cut)
        offset += text.unicodeScalars.count
        return chunk
    }

    /// Where to cut `bytes` at or after `from` (and before `2 * from`): before a dated item's
    /// title, else after a blank line, else after a line end, else at a character boundary.
    static func cutPoint(_ bytes: [UInt8], from: Int) -> Int {
        let limit = min(bytes.count, 2 * from)
        var blank: Int?
        var line: Int?
        var index = from
        while index < limit {
            if bytes[index - 1] == 0x0A {
                line = line ?? index
                if index >= 2, bytes[index - 2] == 0x0A {
                    blank = blank ?? index
                    if opensDatedItem(bytes, at: index) { return index }
                }
            }
            index += 1
        }
        if let cut = blank ?? line { return cut }
        var cut = limit
        while cut > 0, cut < bytes.count, bytes[cut] & 0xC0 == 0x80 { cut -= 1 }
        return cut
    }

    /// Whether the line at `start`, or the line after it, opens with "[DD.MM.YYYY]".
    static func opensDatedItem(_ bytes: [UInt8], at start: Int) -> Bool {
        func dated(_ at: Int) -> Bool {
            guard at + 12 <= bytes.count, bytes[at] == UInt8(ascii: "["), bytes[at + 11] == UInt8(ascii: "]") else {
                return false
            }
            let digits = [1, 2, 4, 5, 7, 8, 9, 10]
            return digits.allSatisfy { (0x30...0x39).contains(bytes[at + $0]) }
                && bytes[at + 3] == UInt8(ascii: ".") && bytes[at + 6] == UInt8(ascii: ".")
        }
        if dated(start) { return true }
        guard let newline = bytes[start..<min(bytes.count, start + 400)].firstIndex(of: 0x0A) else { return false }
        return dated(newline + 1)
    }

    /// Warnings about the text, once it has been read to the end.
    public func warnings() -> [InputWarning] { cleaner.finish() }
}
