import Foundation

/// Reads a large text file in bounded memory: decoded block by block and cut into chunks at
/// article or paragraph boundaries.
///
/// The encoding is decided first, once for the whole file: a byte order mark, else one pass over
/// the file counts its UTF-8 sequences and bad bytes (see ``UTF8Census``). The decoded, cleaned text is then cut into chunks of
/// about `chunkSize` bytes (at most twice that): preferably before the title line of a dated
/// item ("[31.10.2019] …"), else at a blank line, else at a line end, else after a sentence,
/// else at a space; never inside a word, unless one word is longer than two chunks. Each chunk carries its
/// offset in code points, so that offsets of the extracted documents refer to the whole file.
public struct TextStream {
    let path: String
    let chunkSize: Int
    private var blocks: DecodedBlocks
    private var pending: [UInt8] = []
    private var atEnd = false
    private var offset = 0
    private var part = 0
    /// Words longer than two chunks, which had to be cut.
    private var cutWords = 0

    /// Opens the stream; `sample` is the file's first block, already checked for binary data.
    init(path: String, source: ByteSource, sample: Data, chunkSize: Int) {
        self.path = path
        self.chunkSize = chunkSize
        blocks = DecodedFile(path: path, source: source, sample: sample).blocks()
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
            guard let text = blocks.next() else {
                atEnd = true
                break
            }
            pending += Array(text.utf8)
        }
        guard !pending.isEmpty else { return nil }
        let cut: Int
        if atEnd && pending.count <= 2 * chunkSize {
            cut = pending.count
        } else {
            let point = Self.cutPoint(pending, from: chunkSize)
            if point.insideWord { cutWords += 1 }
            cut = point.at
        }
        let text = String(decoding: pending[..<cut], as: UTF8.self).inputNFC
        pending.removeFirst(cut)
        part += 1
        let chunk = InputArticle(
            path: path, text: text, location: "part \(part)", offset: offset, byteCount: cut)
        offset += text.unicodeScalars.count
        return chunk
    }

    /// Where to cut `bytes` at or after `from` (and before `2 * from`): before a dated item's
    /// title, else after a blank line, else after a line end, else after the last sentence end
    /// (".", "!" or "?" and a space), else after the last space or tab (looking back before
    /// `from` too). Only a word longer than the whole range is cut inside, at a character
    /// boundary (`insideWord`).
    static func cutPoint(_ bytes: [UInt8], from: Int) -> (at: Int, insideWord: Bool) {
        let limit = min(bytes.count, 2 * from)
        var blank: Int?
        var line: Int?
        var index = from
        while index < limit {
            if bytes[index - 1] == 0x0A {
                line = line ?? index
                if index >= 2, bytes[index - 2] == 0x0A {
                    blank = blank ?? index
                    if opensDatedItem(bytes, at: index) { return (index, false) }
                }
            }
            index += 1
        }
        if let cut = blank ?? line { return (cut, false) }
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
        var space: Int?
        index = limit
        while index > 1, index >= from || space == nil {
            // A cut at `index` leaves bytes[index - 1] at the end of this chunk.
            if isSpace(bytes[index - 1]) {
                if index >= from, index >= 2, [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?")].contains(bytes[index - 2]) {
                    return (index, false)
                }
                space = space ?? index
            }
            index -= 1
        }
        if let space { return (space, false) }
        var cut = limit
        while cut > 0, cut < bytes.count, bytes[cut] & 0xC0 == 0x80 { cut -= 1 }
        return (cut, true)
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
    public func warnings() -> [InputWarning] {
        var warnings = blocks.warnings()
        if cutWords > 0 {
            warnings.append(InputWarning(
                path: path == "-" ? "standard input" : path,
                message: "\(cutWords) word\(cutWords == 1 ? "" : "s") longer than \(ByteCount.format(2 * chunkSize)) had to be cut"))
        }
        return warnings
    }
}

/// A file whose encoding is decided once, before it is read: a byte order mark, else one pass
/// over the file counts its UTF-8 sequences and bad bytes (see ``UTF8Census``).
struct DecodedFile {
    let path: String
    let source: ByteSource
    let encoding: TextEncoding
    /// The length of the byte order mark.
    let skipBOM: Int
    /// Bad bytes in a file read as UTF-8.
    let encodingWarning: InputWarning?

    /// `sample` is the file's first block, already checked for binary data.
    init(path: String, source: ByteSource, sample: Data) {
        self.path = path
        self.source = source
        if let (bom, length) = TextEncoding.declared(sample) {
            encoding = bom
            skipBOM = length
            encodingWarning = nil
        } else {
            var census = UTF8Census()
            source.rewind()
            while let block = source.next() { census.feed(block) }
            census.finish()
            encoding = census.encoding
            encodingWarning = census.warning(path: path == "-" ? "standard input" : path)
            skipBOM = 0
        }
    }

    /// The file's text from its start, block by block.
    func blocks() -> DecodedBlocks {
        source.rewind()
        return DecodedBlocks(file: self)
    }
}

/// The decoded, cleaned text of a ``DecodedFile`` block by block (see ``TextCleaner``).
struct DecodedBlocks {
    let file: DecodedFile
    private var cleaner: TextCleaner
    private var carry = Data()
    private var skipBOM: Int
    private var atEnd = false
    /// Whether any text but whitespace has been read.
    private(set) var hasText = false

    init(file: DecodedFile) {
        self.file = file
        cleaner = TextCleaner(path: file.path == "-" ? "standard input" : file.path)
        skipBOM = file.skipBOM
    }

    /// The text of the next block (never empty), or nil at the end.
    mutating func next() -> String? {
        while !atEnd {
            let text: String
            if var block = file.source.next() {
                if skipBOM > 0 {
                    block = block.dropFirst(skipBOM)
                    skipBOM = 0
                }
                let bytes = carry + block
                let cut = TextStream.completePrefix(bytes, encoding: file.encoding)
                text = cleaner.clean(TextDecoder.decode(bytes.prefix(cut), as: file.encoding))
                carry = Data(bytes.suffix(from: bytes.startIndex + cut))
            } else {
                atEnd = true
                guard !carry.isEmpty else { return nil }
                text = cleaner.clean(TextDecoder.decode(carry, as: file.encoding))
                carry = Data()
            }
            if !hasText { hasText = text.unicodeScalars.contains { !$0.properties.isWhitespace } }
            if !text.isEmpty { return text }
        }
        return nil
    }

    /// The warnings about the text, once it has been read to the end: bad bytes, removed
    /// control characters.
    func warnings() -> [InputWarning] {
        var warnings = cleaner.finish()
        if let warning = file.encodingWarning { warnings.insert(warning, at: 0) }
        return warnings
    }
}
