import Foundation

/// One text to extract, with what its reader knows about it.
///
/// A plain text file gives one (or, when large, several chunks); an HTML page gives its main
/// text (or one per `<article>` of a list page); a JSON-lines file one per line; a feed one per
/// item. Offsets of the extracted documents refer to ``text``.
public struct InputArticle: Sendable, Equatable {
    /// The file the text came from (`-` for standard input); stored as the documents' source.
    public var path: String
    /// The text to extract: NFC, line ends `\n`, no control characters. When ``title`` is known
    /// the text starts with it on a line of its own.
    public var text: String
    /// The title, when the reader found one (it is also the first line of ``text``).
    public var title: String?
    /// The publication date, `YYYY-MM-DD`, when the reader found one.
    public var date: String?
    /// The canonical URL of an HTML page, or the link of a feed item or JSON line.
    public var url: String?
    /// The id a JSON line or feed item gives itself.
    public var externalID: String?
    /// Where in the file the text is, for messages: `line 12`, `item 3`, `bytes 0–2097152`.
    public var location: String?
    /// The offset (in code points) of ``text`` in the whole decoded file, for chunks of a large
    /// text file; 0 otherwise.
    public var offset: Int = 0
    /// The input bytes this article accounts for (for progress).
    public var byteCount: Int = 0

    public init(
        path: String, text: String, title: String? = nil, date: String? = nil, url: String? = nil,
        externalID: String? = nil, location: String? = nil, offset: Int = 0, byteCount: Int = 0
    ) {
        self.path = path
        self.text = text
        self.title = title
        self.date = date
        self.url = url
        self.externalID = externalID
        self.location = location
        self.offset = offset
        self.byteCount = byteCount
    }

    /// An article whose text is `title` on its own line, a blank line, then `body`, both without
    /// control characters (see ``ArticleWriter``).
    ///
    /// A title that already opens the body (an `<h1>` of the page) is not repeated.
    public static func titled(
        path: String, title: String?, body: String, date: String?, url: String? = nil,
        externalID: String? = nil, location: String? = nil, byteCount: Int = 0
    ) -> InputArticle {
        titled(
            path: path, title: title, body: body, date: date, url: url, externalID: externalID,
            location: location, byteCount: byteCount, chunkBytes: 0)[0]
    }

    /// ``titled(path:title:body:date:url:externalID:location:byteCount:)`` in parts of
    /// `chunkBytes` to twice that (see ``parts(chunkBytes:)``), made without the whole text.
    static func titled(
        path: String, title: String?, body: String, date: String?, url: String? = nil,
        externalID: String? = nil, location: String? = nil, byteCount: Int = 0, chunkBytes: Int
    ) -> [InputArticle] {
        var writer = ArticleWriter(title: title, path: path, chunkBytes: chunkBytes)
        writer.write(body)
        let pieces = writer.finish()
        let article = InputArticle(
            path: path, text: "", title: writer.title, date: date, url: url, externalID: externalID,
            location: location, byteCount: byteCount)
        return article.split(into: pieces)
    }

    /// The article cut into parts of about `chunkBytes` (at most twice that), as a large text
    /// file is (see ``TextStream``): analysis takes memory in proportion to the length of what
    /// is analysed at once. A short article is returned as it is.
    ///
    /// Each part keeps the date, URL and id; only the first keeps the title (its first line);
    /// offsets add up, and locations say which part it is ("line 3, part 2").
    public func parts(chunkBytes: Int) -> [InputArticle] {
        guard chunkBytes > 0, text.utf8.count > 2 * chunkBytes else { return [self] }
        var rest = Substring(text).utf8[...]
        var pieces: [String] = []
        while !rest.isEmpty {
            let cut = rest.count <= 2 * chunkBytes ? rest.count : TextStream.cutPoint(Array(rest.prefix(2 * chunkBytes + 1)), from: chunkBytes).at
            let end = rest.index(rest.startIndex, offsetBy: cut)
            pieces.append(String(decoding: rest[..<end], as: UTF8.self))
            rest = rest[end...]
        }
        return split(into: pieces)
    }

    /// The article with its text given as consecutive pieces: one article per piece (see
    /// ``PartMaker``).
    func split(into pieces: [String]) -> [InputArticle] {
        var maker = PartMaker(self)
        return pieces.enumerated().map { index, piece in maker.part(piece, last: index == pieces.count - 1) }
    }

    /// `text` with every run of whitespace (line ends included) made one space, trimmed.
    static func oneLine(_ text: some StringProtocol) -> String {
        var line = LineBuilder()
        line.add(text)
        return line.finish()
    }
}

/// Makes the parts of an article from its text in consecutive pieces, as they come: offsets add
/// up; only the first keeps the title and the byte count; when there is more than one, each
/// location says which part it is ("line 3, part 2").
struct PartMaker {
    private let article: InputArticle
    private var offset: Int
    private var made = 0

    init(_ article: InputArticle) {
        self.article = article
        offset = article.offset
    }

    /// The part with text `piece`; `last` when no other follows.
    mutating func part(_ piece: String, last: Bool) -> InputArticle {
        var part = article
        part.text = piece
        defer { made += 1 }
        if made == 0, last { return part }
        part.offset = offset
        part.title = made == 0 ? article.title : nil
        part.byteCount = made == 0 ? article.byteCount : 0
        part.location = (article.location.map { $0 + ", " } ?? "") + "part \(made + 1)"
        offset += piece.unicodeScalars.count
        return part
    }
}
