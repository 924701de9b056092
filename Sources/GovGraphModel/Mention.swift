/// A span of text that names an entity.
///
/// Offsets are Unicode code point offsets into the NFC text of the input, end-exclusive, as in
/// Python string slicing: `text[start:end] == mention.text`.
public struct Mention: Sendable, Hashable, Codable {
    public var text: String
    public var start: Int
    public var end: Int

    public init(text: String, start: Int, end: Int) {
        self.text = text
        self.start = start
        self.end = end
    }
}

/// Where a relation was read: a character span of the input (a sentence) and its text.
public struct Evidence: Sendable, Hashable, Codable {
    public var start: Int
    public var end: Int
    /// The sentence itself, so that an answer can be explained without the input file.
    public var text: String

    public init(start: Int, end: Int, text: String) {
        self.start = start
        self.end = end
        self.text = text
    }
}
