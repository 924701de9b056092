import GovGraphModel

/// The German extraction pipeline: text in, articles with entities and relations out.
///
/// ```swift
/// let extractor = Extractor(gazetteer: CompiledGazetteer(try Gazetteer(files: files)))
/// for article in extractor.extract(text: page, source: "page.txt") {
///     print(article.title ?? "", article.entities.map(\.name))
/// }
/// ```
///
/// The stages run in this order: ``Tokenizer``, ``SentenceSplitter``, ``ArticleSegmenter``,
/// ``GazetteerMatcher``, ``TypoMatcher``, ``LawReferenceFilter``, ``PlaceDisambiguator``, ``PersonRecognizer``, ``PersonDisambiguator``, ``OrganizationPatternRule``, ``LocationPatternRule``, ``LawCitationRule``, ``OverlapResolver``, ``AbbreviationBinder``,
/// ``PersonLinker``, ``RolePatternRule``, ``RoleRelationRule``, ``SuccessionRule``, ``PlaceHierarchyRule``, ``CoMentionRule``. The extractor is immutable and
/// `Sendable`: share one across tasks.
public struct Extractor: Sendable {
    public let gazetteer: CompiledGazetteer
    public let stages: [any PipelineStage]

    public init(gazetteer: CompiledGazetteer) {
        self.gazetteer = gazetteer
        let data = gazetteer.gazetteer
        self.stages = [
            Tokenizer(),
            SentenceSplitter(abbreviations: data.abbreviations),
            ArticleSegmenter(),
            GazetteerMatcher(gazetteer: gazetteer),
            TypoMatcher(gazetteer: gazetteer),
            LawReferenceFilter(),
            PlaceDisambiguator(roles: data.roles, givenNames: Set(data.givenNames.keys)),
            PersonRecognizer(gazetteer: data),
            PersonDisambiguator(gazetteer: data),
            OrganizationPatternRule(gazetteer: data),
            LocationPatternRule(gazetteer: gazetteer),
            LawCitationRule(),
            OverlapResolver(),
            AbbreviationBinder(),
            PersonLinker(),
            RolePatternRule(book: data.rules, roles: data.roles, givenNames: data.givenNames, gazetteer: gazetteer),
            RoleRelationRule(roles: data.roles, givenNames: data.givenNames),
            SuccessionRule(),
            PlaceHierarchyRule(gazetteer: gazetteer),
            CoMentionRule(),
        ]
    }

    /// Runs every stage over `text` and returns the analysis.
    public func analyze(text: String, source: String = "-") -> Document {
        var document = Document(text: text, source: source)
        for stage in stages { stage.process(&document) }
        return document
    }

    /// Extracts the articles of `text`.
    public func extract(text: String, source: String = "-") -> [ExtractedDocument] {
        GraphBuilder().documents(from: analyze(text: text, source: source))
    }
}
