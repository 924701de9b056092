import GovGraphModel

/// The analysis of one input text: the text itself and every layer the pipeline stages add.
///
/// Tokens, sentences, articles and spans are views: they hold offsets into ``scalars``, never
/// copies of the text. Stages (see ``PipelineStage``) fill the layers in order.
public struct Document: Sendable {
    /// Where the text came from (a path or `-`).
    public var source: String
    /// The NFC-normalised input.
    public let text: String
    /// `text` as code points; every offset in the pipeline indexes this array.
    public let scalars: [Unicode.Scalar]
    /// `text` as UTF-8, and the byte offset of each code point (one more at the end), so that a
    /// slice is a copy of bytes.
    private let utf8: [UInt8]
    private let byteOffsets: [Int32]

    public var tokens: [Token] = []
    public var sentences: [Sentence] = []
    public var articles: [Article] = []
    /// Every candidate span proposed by a recogniser, before overlap resolution.
    public var candidates: [SpanCandidate] = []
    /// The non-overlapping spans that survived resolution, in text order.
    public var spans: [SpanCandidate] = []
    /// Entities known to this document, by id (from the gazetteer or built by rules).
    public var entities: [EntityID: EntityInfo] = [:]
    /// Relations in text order.
    public var relations: [Relation] = []
    /// The role noun each token names, stored by the first stage that asks (see ``storeRoles(_:)``),
    /// with the rows of the lexicon that read them.
    private var storedRoles: (rows: [RoleLexicon.Row], matches: [RoleLexicon.Match?])?

    /// Normalises `text` to NFC and keeps it as code points.
    public init(text: String, source: String = "-") {
        let nfc = text.precomposedNFC
        self.source = source
        self.text = nfc
        let utf8 = Array(nfc.utf8)
        self.utf8 = utf8
        // The code points and their byte offsets, decoded in one pass over the (valid) UTF-8.
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(utf8.count)
        var offsets: [Int32] = []
        offsets.reserveCapacity(utf8.count + 1)
        utf8.withUnsafeBufferPointer { bytes in
            var i = 0
            while i < bytes.count {
                offsets.append(Int32(truncatingIfNeeded: i))
                let lead = bytes[i]
                if lead < 0x80 {
                    scalars.append(Unicode.Scalar(lead))
                    i += 1
                    continue
                }
                let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                var value = UInt32(lead) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
                for k in 1..<width { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
                scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
                i += width
            }
            offsets.append(Int32(truncatingIfNeeded: bytes.count))
        }
        self.scalars = scalars
        self.byteOffsets = offsets
    }

    /// The text of a code point range.
    public func slice(_ start: Int, _ end: Int) -> String {
        let lower = max(0, min(start, scalars.count))
        let upper = max(lower, min(end, scalars.count))
        return String(decoding: utf8[Int(byteOffsets[lower])..<Int(byteOffsets[upper])], as: UTF8.self)
    }

    /// The text covered by tokens `range`.
    public func text(ofTokens range: Range<Int>) -> String {
        guard let first = range.first, let last = range.last else { return "" }
        return slice(tokens[first].start, tokens[last].end)
    }

    /// The role noun each token names under `lexicon` (``RoleLexicon/match(_:)``): as stored by
    /// ``storeRoles(_:)`` for the same lexicon and tokens, else read now.
    public func roles(_ lexicon: RoleLexicon) -> [RoleLexicon.Match?] {
        if let storedRoles, storedRoles.matches.count == tokens.count, storedRoles.rows == lexicon.rows {
            return storedRoles.matches
        }
        return tokens.map { lexicon.match($0) }
    }

    /// Reads the role noun of each token once, for the stages that ask after (several rules ask
    /// about nearly every token).
    public mutating func storeRoles(_ lexicon: RoleLexicon) {
        storedRoles = (lexicon.rows, roles(lexicon))
    }

    /// The index of the article that holds token `index`, if any.
    public func article(containingToken index: Int) -> Int? {
        article(containingOffset: tokens[index].start)
    }

    /// The index of the article that holds code point `offset`, if any.
    public func article(containingOffset offset: Int) -> Int? {
        // Articles are in text order and do not overlap: the last one starting at or before
        // the offset is the only candidate.
        let after = articles.partitioningIndex { $0.start > offset }
        guard after > 0, offset < articles[after - 1].end else { return nil }
        return after - 1
    }

    /// Token `index` opens its sentence, after a bracketed date and opening punctuation
    /// ("[31.10.2019] Siegen …", "„Siegen …"), where a capital proves nothing.
    public func startsSentence(atToken index: Int) -> Bool {
        guard let sentence = sentenceIndex(containingToken: index) else { return true }
        var first = sentences[sentence].tokens.lowerBound
        if tokens[first].text == "[", let close = tokens[first..<index].firstIndex(where: { $0.text == "]" }) {
            first = close + 1
        }
        while first < index, [Token.Kind.punctuation, .hyphen].contains(tokens[first].kind) { first += 1 }
        return first == index
    }

    /// The sentence that contains token `index`.
    public func sentenceIndex(containingToken index: Int) -> Int? {
        var low = 0
        var high = sentences.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let range = sentences[mid].tokens
            if index < range.lowerBound { high = mid - 1 } else if index >= range.upperBound { low = mid + 1 } else { return mid }
        }
        return nil
    }
}

/// A sentence: a range of tokens and the code point span they cover.
public struct Sentence: Sendable, Hashable {
    public var tokens: Range<Int>
    public var start: Int
    public var end: Int
}

/// A dated item of a page (or the whole text when it carries none).
public struct Article: Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var title: String?
    /// The code point span of the title, when the article has one.
    public var titleStart: Int?
    public var titleEnd: Int?
    /// ISO 8601 (`YYYY-MM-DD`).
    public var date: String?
}

/// What the gazetteer or a rule knows about an entity.
public struct EntityInfo: Sendable, Hashable {
    public var id: EntityID
    public var name: String
    public var type: EntityType
    public var keys: [String: String]

    public init(id: EntityID, name: String, type: EntityType, keys: [String: String] = [:]) {
        self.id = id
        self.name = name
        self.type = type
        self.keys = keys
    }

    /// The place's population (key `population`), 0 when the gazetteer gives none.
    public var population: Int { Int(keys["population"] ?? "") ?? 0 }
}

/// A span of tokens proposed as a mention of an entity.
public struct SpanCandidate: Sendable, Hashable {
    /// Which recogniser proposed the span, for explanations and tests.
    public enum Origin: String, Sendable, Hashable {
        case gazetteer, adjective, typo, person, surname, abbreviation, pattern
    }

    /// Token range of the mention.
    public var tokens: Range<Int>
    public var entity: EntityID
    public var origin: Origin
    /// Breaks ties between spans of equal length: higher wins.
    public var priority: Int

    public init(tokens: Range<Int>, entity: EntityID, origin: Origin, priority: Int = 0) {
        self.tokens = tokens
        self.entity = entity
        self.origin = origin
        self.priority = priority
    }
}
