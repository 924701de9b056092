/// One token: a view into the document's scalars, with its normalised form.
public struct Token: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// Letters, possibly with digits ("Kommune21", "ITZBund").
        case word
        /// Digits only.
        case number
        /// A hyphen or dash joining or separating words ("OZG-Umsetzung" gives three tokens).
        case hyphen
        /// Any other single non-space character.
        case punctuation
    }

    public var kind: Kind
    /// Code point offsets into the NFC text, end-exclusive.
    public var start: Int
    public var end: Int
    /// The token as written, without soft hyphens.
    public var text: String
    /// Lower-cased `text`: the key used for matching.
    public var norm: String
    /// Whitespace separates this token from the previous one.
    public var spaceBefore: Bool
    /// Line breaks between the previous token and this one (2 or more: a paragraph break).
    public var newlinesBefore: Int

    public init(
        kind: Kind, start: Int, end: Int, text: String, spaceBefore: Bool = true,
        newlinesBefore: Int = 0
    ) {
        self.init(
            kind: kind, start: start, end: end, text: text, norm: text.lowercased(), shape: Shape(of: text),
            characters: Self.characterCount(of: text), spaceBefore: spaceBefore, newlinesBefore: newlinesBefore)
    }

    /// A token whose lower case and shape the caller has read (the tokenizer, while reading the
    /// text).
    init(
        kind: Kind, start: Int, end: Int, text: String, norm: String, shape: Shape, characters: Int,
        spaceBefore: Bool, newlinesBefore: Int
    ) {
        self.characters = Int32(truncatingIfNeeded: characters)
        self.kind = kind
        self.start = start
        self.end = end
        self.text = text
        self.norm = norm
        self.classes = WordClass.of(text: text, norm: norm)
        self.shape = shape
        self.spaceBefore = spaceBefore
        self.newlinesBefore = newlinesBefore
    }

    public var isWord: Bool { kind == .word }

    /// The word lists the token is in (see ``WordClass``).
    public private(set) var classes: WordClass

    /// The token is in the word list of `wordClass`.
    public func `is`(_ wordClass: WordClass) -> Bool { classes.contains(wordClass) }

    /// `text.count`, read once when the token is made: rules ask for the length of words often,
    /// and counting characters means finding grapheme boundaries.
    public var characterCount: Int { Int(characters) }

    private var characters: Int32

    /// The number of characters of a text: below U+0300 every code point is one.
    static func characterCount(of text: String) -> Int {
        var scalars = 0
        for byte in text.utf8 {
            if byte >= 0xCC { return text.count }
            if byte & 0xC0 != 0x80 { scalars += 1 }
        }
        return scalars
    }

    /// Starts with an upper-case letter.
    public var isCapitalized: Bool { shape.contains(.capitalized) }

    /// Every letter is upper case and there are at least two letters ("OZG", "DEUTSCHER").
    public var isAllCaps: Bool { shape.contains(.allCaps) }

    /// Starts with a lower-case letter.
    public var isLowercase: Bool { shape.contains(.lowercase) }

    /// The letter case of `text`, read once when the token is made: rules ask for it many times.
    private var shape: Shape

    struct Shape: OptionSet, Sendable, Hashable {
        let rawValue: UInt8
        static let capitalized = Shape(rawValue: 1)
        static let allCaps = Shape(rawValue: 2)
        static let lowercase = Shape(rawValue: 4)

        init(rawValue: UInt8) { self.rawValue = rawValue }

        init(of text: String) {
            var reader = Reader()
            for scalar in text.unicodeScalars { reader.read(scalar) }
            self = reader.shape
        }

        /// Reads a text's shape one code point at a time (the tokenizer, as it reads a token).
        struct Reader {
            private var found: Shape = []
            private var letters = 0
            private var allUpper = true
            private var first = true

            @inline(__always)
            mutating func read(_ scalar: Unicode.Scalar) {
                read(Shape.letterCase(scalar))
            }

            @inline(__always)
            mutating func read(_ letterCase: (letter: Bool, upper: Bool, lower: Bool)) {
                let (letter, upper, lower) = letterCase
                if first {
                    if upper { found.insert(.capitalized) }
                    if lower { found.insert(.lowercase) }
                    first = false
                }
                guard letter else { return }
                letters += 1
                if !upper { allUpper = false }
            }

            var shape: Shape { allUpper && letters >= 2 ? found.union(.allCaps) : found }
        }

        /// Whether a code point is a letter, upper case, lower case; ASCII without a table lookup.
        @inline(__always)
        fileprivate static func letterCase(_ s: Unicode.Scalar) -> (letter: Bool, upper: Bool, lower: Bool) {
            let v = s.value
            if v < 0x80 {
                let upper = v >= 0x41 && v <= 0x5A
                let lower = v >= 0x61 && v <= 0x7A
                return (upper || lower, upper, lower)
            }
            let p = s.properties
            return (p.isAlphabetic, p.isUppercase, p.isLowercase)
        }
    }
}
