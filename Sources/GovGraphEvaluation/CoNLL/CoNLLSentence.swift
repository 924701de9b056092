import Foundation

/// One sentence of a CoNLL corpus: its tokens and the IOB tag of each.
///
/// ``text`` joins the tokens with single spaces, so that the sentence can be extracted like any
/// other text; ``tokenRanges`` gives each token's code point offsets in that text, the unit of
/// govgraph's mention offsets.
///
/// ```swift
/// let sentence = CoNLLSentence(tokens: ["Grüße", "aus", "Kiel"], tags: ["O", "O", "B-LOC"])
/// sentence.text          // "Grüße aus Kiel"
/// sentence.tokenRanges   // [0..<5, 6..<9, 10..<14]
/// sentence.spans         // [LabeledSpan(tokens: 2..<3, label: "LOC")]
/// ```
public struct CoNLLSentence: Sendable, Hashable {
    public var tokens: [String]
    /// One tag per token: `O`, `B-LABEL` or `I-LABEL`.
    public var tags: [String]
    /// The document the sentence belongs to: the source line above it (GermEval), if any.
    public var document: String?
    /// The 1-based line of the first token in the file.
    public var line: Int
    /// The sentence text: the tokens, NFC, joined by single spaces.
    public let text: String
    /// Each token's code point offsets in ``text``.
    public let tokenRanges: [Range<Int>]

    public init(tokens: [String], tags: [String], document: String? = nil, line: Int = 1) {
        self.tokens = tokens
        self.tags = tags
        self.document = document
        self.line = line
        var text = ""
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(tokens.count)
        var offset = 0
        for (index, token) in tokens.enumerated() {
            if index > 0 {
                text += " "
                offset += 1
            }
            let normal = token.precomposedStringWithCanonicalMapping
            let length = normal.unicodeScalars.count
            text += normal
            ranges.append(offset..<offset + length)
            offset += length
        }
        self.text = text
        self.tokenRanges = ranges
    }

    /// The labelled spans of the tags. `I-X` after `O` or after another label starts a span, as
    /// conlleval reads it.
    public var spans: [LabeledSpan] {
        var spans: [LabeledSpan] = []
        var open: (start: Int, label: Substring)?
        for (index, tag) in tags.enumerated() {
            let prefix = tag.prefix(2)
            let label = tag.dropFirst(2)
            if prefix == "I-", let current = open, current.label == label { continue }
            if let current = open { spans.append(LabeledSpan(tokens: current.start..<index, label: String(current.label))) }
            open = (prefix == "B-" || prefix == "I-") ? (index, label) : nil
        }
        if let current = open { spans.append(LabeledSpan(tokens: current.start..<tags.count, label: String(current.label))) }
        return spans
    }

    /// The tokens a code point range touches, or `nil` when it touches none.
    ///
    /// - Complexity: O(log n) in the number of tokens.
    public func tokens(covering range: Range<Int>) -> Range<Int>? {
        // The first token that ends after the range starts.
        var low = 0
        var high = tokenRanges.count
        while low < high {
            let mid = (low + high) / 2
            if tokenRanges[mid].upperBound <= range.lowerBound { low = mid + 1 } else { high = mid }
        }
        var end = low
        while end < tokenRanges.count, tokenRanges[end].lowerBound < range.upperBound { end += 1 }
        return end > low ? low..<end : nil
    }

    /// The text of a token span.
    public func text(of tokens: Range<Int>) -> String { self.tokens[tokens].joined(separator: " ") }
}

/// A span of tokens with a label: `tokens` are token indices, end-exclusive.
public struct LabeledSpan: Sendable, Hashable, Codable {
    public var tokens: Range<Int>
    public var label: String

    public init(tokens: Range<Int>, label: String) {
        self.tokens = tokens
        self.label = label
    }
}
