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
        self.kind = kind
        self.start = start
        self.end = end
        self.text = text
        self.norm = text.lowercased()
        self.spaceBefore = spaceBefore
        self.newlinesBefore = newlinesBefore
    }

    public var isWord: Bool { kind == .word }

    /// Starts with an upper-case letter.
    public var isCapitalized: Bool { text.unicodeScalars.first.map(\.properties.isUppercase) ?? false }

    /// Every letter is upper case and there are at least two letters ("OZG", "DEUTSCHER").
    public var isAllCaps: Bool {
        var letters = 0
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            guard scalar.properties.isUppercase else { return false }
            letters += 1
        }
        return letters >= 2
    }

    public var isLowercase: Bool { text.unicodeScalars.first.map(\.properties.isLowercase) ?? false }
}
