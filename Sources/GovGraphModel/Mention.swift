/// A span of text that names an entity.
///
/// Offsets are Unicode code point offsets into the NFC text of the input, end-exclusive, as in
/// Python string slicing: `text[start:end] == mention.text`. In JSON a mention is
/// `{"text": …, "start": …, "end": …}`, with `"adjective": true` added for an adjective.
public struct Mention: Sendable, Hashable, Codable {
    public var text: String
    public var start: Int
    public var end: Int
    /// The mention is an adjective made from the name ("Leipziger Oberbürgermeister",
    /// "rheinland-pfälzische Digitalministerin"), not the name itself.
    public var isAdjective: Bool

    public init(text: String, start: Int, end: Int, isAdjective: Bool = false) {
        self.text = text
        self.start = start
        self.end = end
        self.isAdjective = isAdjective
    }

    private enum CodingKeys: String, CodingKey {
        case text, start, end
        case isAdjective = "adjective"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        text = try container.decode(String.self, forKey: .text)
        start = try container.decode(Int.self, forKey: .start)
        end = try container.decode(Int.self, forKey: .end)
        isAdjective = try container.decodeIfPresent(Bool.self, forKey: .isAdjective) ?? false
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
        if isAdjective { try container.encode(true, forKey: .isAdjective) }
    }
}

/// Where a relation was read: a character span of the input (a sentence), its text and the
/// rule that read it.
public struct Evidence: Sendable, Hashable, Codable {
    public var start: Int
    public var end: Int
    /// The sentence itself, so that an answer can be explained without the input file.
    public var text: String
    /// The name of the rule that read the relation ("role.name-apposition"), so that a user can
    /// ask why the graph says it; nil for relations stored before rules were recorded.
    public var rule: String?

    public init(start: Int, end: Int, text: String, rule: String? = nil) {
        self.start = start
        self.end = end
        self.text = text
        self.rule = rule
    }

    private enum CodingKeys: String, CodingKey { case start, end, text, rule }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
        try container.encode(text, forKey: .text)
        try container.encodeIfPresent(rule, forKey: .rule)
    }
}
