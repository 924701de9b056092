import GovGraphExtraction
import GovGraphModel

extension Extractor {
    /// Extracts the articles of an input, using the title and date its reader found.
    ///
    /// The stages run as in ``Extractor/extract(text:source:)``. When the text holds no dated
    /// items ("[31.10.2019] …") it is one article: the reader's date becomes the article's date
    /// before the relation rules run (so relations carry it), and the reader's title, the first
    /// line of the text, becomes its title. A text with dated items keeps the segmenter's
    /// articles, dates and titles. Offsets are shifted by the article's ``InputArticle/offset``,
    /// so that the chunks of a large file give offsets into the whole file.
    ///
    /// ```swift
    /// let page = try HTMLReader.read(data, path: "seite.html")
    /// let documents = extractor.extract(page[0])   // dated, titled, source "seite.html"
    /// ```
    public func extract(_ input: InputArticle) -> [ExtractedDocument] {
        var document = Document(text: input.text, source: input.path)
        for stage in stages {
            stage.process(&document)
            if stage is ArticleSegmenter { apply(input, to: &document) }
        }
        var documents = GraphBuilder().documents(from: document)
        if input.offset != 0 {
            for index in documents.indices { documents[index].shift(by: input.offset) }
        }
        return documents
    }

    private func apply(_ input: InputArticle, to document: inout Document) {
        guard document.articles.count == 1, document.articles[0].date == nil else { return }
        document.articles[0].date = input.date
        if let title = input.title, !title.isEmpty {
            let end = document.scalars.firstIndex(of: "\n") ?? document.scalars.count
            document.articles[0].title = document.slice(0, end)
            document.articles[0].titleStart = 0
            document.articles[0].titleEnd = end
        }
    }
}

extension ExtractedDocument {
    /// Moves every offset by `offset` code points.
    mutating func shift(by offset: Int) {
        start += offset
        end += offset
        for e in entities.indices {
            for m in entities[e].mentions.indices {
                entities[e].mentions[m].start += offset
                entities[e].mentions[m].end += offset
            }
        }
        for r in relations.indices {
            relations[r].evidence.start += offset
            relations[r].evidence.end += offset
        }
    }
}
