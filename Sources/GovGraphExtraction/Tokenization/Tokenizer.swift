/// Splits the text into words, numbers, hyphens and punctuation.
///
/// A word is a run of letters and digits that contains a letter ("Kommune21", "ITZBund");
/// soft hyphens (U+00AD) inside a word and hyphenation at a line end ("Städte-⏎tag") are dropped
/// from its text (its offsets still cover them); hyphens and dashes are tokens
/// of their own, so "OZG-Umsetzung" is `OZG`, `-`, `Umsetzung` and the gazetteer can match the
/// name part of a compound. Whitespace is not a token, but each token records whether space and
/// how many line breaks precede it.
///
/// - Complexity: O(n) in the number of code points.
public struct Tokenizer: PipelineStage {
    public init() {}

    public func process(_ document: inout Document) {
        document.tokens = Self.tokenize(document.scalars)
    }

    static let softHyphen: Unicode.Scalar = "\u{AD}"

    static func isHyphen(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x2D, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212: true
        default: false
        }
    }

    /// Letters, digits and combining marks; ASCII and Latin-1 are decided without a table lookup.
    @inline(__always)
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 {
            let folded = v | 0x20
            return (v >= 0x30 && v <= 0x39) || (folded >= 0x61 && folded <= 0x7A)
        }
        if v <= 0xFF { return v >= 0xC0 && v != 0xD7 && v != 0xF7 || v == 0xAA || v == 0xB5 || v == 0xBA }
        let p = s.properties
        return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
    }

    @inline(__always)
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) || v < 0x20 }
        return v == 0xA0 || s.properties.isWhitespace
    }

    /// True for letters only (not digits): ASCII and Latin-1 without a table lookup.
    @inline(__always)
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { let folded = v | 0x20; return folded >= 0x61 && folded <= 0x7A }
        if v <= 0xFF { return v >= 0xC0 && v != 0xD7 && v != 0xF7 || v == 0xAA || v == 0xB5 || v == 0xBA }
        return s.properties.isAlphabetic
    }

    /// Tokenises a code point array (exposed for the gazetteer, which must tokenise its forms
    /// exactly as the text is tokenised).
    public static func tokenize(_ scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        var i = 0
        var space = false
        var newlines = 0
        let n = scalars.count
        var text = TokenText()
        defer { text.deallocate() }
        while i < n {
            let s = scalars[i]
            if s == softHyphen {
                i += 1
                continue
            }
            if isSpace(s) {
                space = true
                if s == "\n" { newlines += 1 }
                i += 1
                continue
            }
            let start = i
            let kind: Token.Kind
            text.start()
            if isWordScalar(s) {
                var hasLetter = false
                while i < n {
                    if isWordScalar(scalars[i]) {
                        text.take(scalars[i])
                        if !hasLetter, isLetter(scalars[i]) { hasLetter = true }
                        i += 1
                    } else if scalars[i] == softHyphen {
                        i += 1
                    } else if let next = lineEndHyphenation(scalars, at: i) {
                        i = next
                    } else {
                        break
                    }
                }
                kind = hasLetter ? .word : .number
            } else {
                text.take(s)
                i += 1
                kind = isHyphen(s) ? .hyphen : .punctuation
            }
            let (written, norm) = text.strings
            tokens.append(
                Token(
                    kind: kind, start: start, end: i, text: written, norm: norm, shape: text.shape,
                    characters: text.characterCount(of: written), spaceBefore: space || tokens.isEmpty, newlinesBefore: newlines))
            space = false
            newlines = 0
        }
        return tokens
    }

    /// The text of the token being read, its lower case and its shape, made as its code points
    /// are read.
    private struct TokenText {
        private var text = UTF8Buffer()
        private var norm = UTF8Buffer()
        /// Only code points up to U+00FF: their lower case is one code point each, made here.
        private var latin1 = true
        private var scalars = 0
        private var reader = Token.Shape.Reader()

        mutating func start() {
            text.removeAll()
            norm.removeAll()
            latin1 = true
            scalars = 0
            reader = Token.Shape.Reader()
        }

        @inline(__always)
        mutating func take(_ s: Unicode.Scalar) {
            scalars += 1
            let v = s.value
            if v < 0x80 {
                let byte = UInt8(truncatingIfNeeded: v)
                let upper = byte >= 0x41 && byte <= 0x5A
                let lower = byte >= 0x61 && byte <= 0x7A
                text.appendASCII(byte)
                norm.appendASCII(upper ? byte | 0x20 : byte)
                reader.read((upper || lower, upper, lower))
                return
            }
            text.append(s)
            reader.read(s)
            if v <= 0xFF {
                let upper = (v >= 0x41 && v <= 0x5A) || (v >= 0xC0 && v <= 0xDE && v != 0xD7)
                norm.append(upper ? Unicode.Scalar(UInt8(truncatingIfNeeded: v | 0x20)) : s)
            } else {
                latin1 = false
            }
        }

        /// The text and its lower case.
        var strings: (String, String) {
            let written = text.string
            guard latin1 else { return (written, written.lowercased()) }
            // Most words are written in lower case: one string serves for both.
            return (written, norm.hasSameBytes(as: text) ? written : norm.string)
        }

        var shape: Token.Shape { reader.shape }

        /// The characters of the text: one per code point up to U+00FF.
        func characterCount(of written: String) -> Int {
            latin1 ? scalars : Token.characterCount(of: written)
        }

        func deallocate() {
            text.deallocate()
            norm.deallocate()
        }
    }

    /// A word broken at a line end ("Städte-⏎tag"): a hyphen, a line break and a lower-case
    /// letter. Returns where the word goes on.
    @inline(__always)
    static func lineEndHyphenation(_ scalars: [Unicode.Scalar], at i: Int) -> Int? {
        guard scalars[i] == "-" else { return nil }
        var j = i + 1
        if j < scalars.count, scalars[j] == "\r" { j += 1 }
        guard j < scalars.count, scalars[j] == "\n" else { return nil }
        j += 1
        while j < scalars.count, scalars[j] == " " || scalars[j] == "\t" { j += 1 }
        guard j < scalars.count, scalars[j].properties.isLowercase else { return nil }
        return j
    }

    /// Tokenises a string (used for gazetteer forms).
    public static func tokenize(_ string: String) -> [Token] {
        tokenize(Array(string.precomposedNFC.unicodeScalars))
    }
}
