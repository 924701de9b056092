import GovGraphModel

/// A stored document as ``GraphQueries/document(id:)`` returns it: its metadata, its text, the
/// passages full-text search reads (the title and every evidence sentence), and its mentions.
///
/// Offsets are code point offsets into the input, as in `extract --json`; the text is the
/// document's span of it, so a mention's span in ``text`` is its offsets minus ``start``.
/// Documents stored before govgraph kept article texts (schema v6) have no text.
public struct StoredDocument: Sendable, Hashable {
    /// One stored text of the document: its title or an evidence sentence.
    public struct Passage: Sendable, Hashable {
        public var kind: SearchHit.Kind
        public var start: Int
        public var end: Int
        public var text: String

        public init(kind: SearchHit.Kind, start: Int, end: Int, text: String) {
            self.kind = kind
            self.start = start
            self.end = end
            self.text = text
        }
    }

    /// One mention of an entity in the document.
    public struct DocumentMention: Sendable, Hashable {
        public var entity: EntitySummary
        public var start: Int
        public var end: Int
        public var text: String

        public init(entity: EntitySummary, start: Int, end: Int, text: String) {
            self.entity = entity
            self.start = start
            self.end = end
            self.text = text
        }
    }

    public var id: String
    public var source: String
    public var title: String?
    public var date: String?
    /// The document's span in its input.
    public var start: Int
    public var end: Int
    /// The article's text, `start..<end` of the input; nil for a document stored before
    /// govgraph kept article texts.
    public var text: String?
    /// The title (when it is not itself a sentence) and the evidence sentences, in text order.
    public var passages: [Passage]
    /// Every mention, in text order.
    public var mentions: [DocumentMention]

    public init(
        id: String, source: String, title: String?, date: String?, start: Int, end: Int,
        text: String? = nil, passages: [Passage], mentions: [DocumentMention]
    ) {
        self.id = id
        self.source = source
        self.title = title
        self.date = date
        self.start = start
        self.end = end
        self.text = text
        self.passages = passages
        self.mentions = mentions
    }
}
