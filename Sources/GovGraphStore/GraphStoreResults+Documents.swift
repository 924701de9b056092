import GovGraphModel

/// A stored document as ``GraphQueries/document(id:)`` returns it: its metadata, the passages the
/// store keeps of its text (the title and every evidence sentence), and its mentions.
///
/// The store does not keep an article's whole text, only the sentences relations were read
/// from; offsets are code point offsets into the input, as in `extract --json`.
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
    /// The title (when it is not itself a sentence) and the evidence sentences, in text order.
    public var passages: [Passage]
    /// Every mention, in text order.
    public var mentions: [DocumentMention]

    public init(
        id: String, source: String, title: String?, date: String?, start: Int, end: Int,
        passages: [Passage], mentions: [DocumentMention]
    ) {
        self.id = id
        self.source = source
        self.title = title
        self.date = date
        self.start = start
        self.end = end
        self.passages = passages
        self.mentions = mentions
    }
}
