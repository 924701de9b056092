import GovGraphModel

@testable import GovGraphExtraction

/// The pipeline stages in order, for running a document up to the stage under test.
enum Stage: Int, Comparable {
    case tokenize, split, segment, match, places, persons, resolve, bind, link, roles, coMentions

    static func < (a: Stage, b: Stage) -> Bool { a.rawValue < b.rawValue }

    /// The step of the extractor's pipeline that `stage` belongs to; the stages themselves come
    /// from ``Extractor``, so that tests run them in the order the extractor does.
    init(of stage: any PipelineStage) {
        switch stage {
        case is Tokenizer: self = .tokenize
        case is SentenceSplitter: self = .split
        case is ArticleSegmenter: self = .segment
        case is GazetteerMatcher: self = .match
        case is TypoMatcher, is LawReferenceFilter, is PlaceDisambiguator: self = .places
        case is PersonRecognizer, is PersonDisambiguator, is OrganizationPatternRule, is LocationPatternRule,
             is LawCitationRule: self = .persons
        case is OverlapResolver: self = .resolve
        case is AbbreviationBinder: self = .bind
        case is PersonLinker: self = .link
        case is RolePatternRule, is RoleRelationRule, is SuccessionRule, is PlaceHierarchyRule: self = .roles
        case is CoMentionRule: self = .coMentions
        default: preconditionFailure("no test step for \(type(of: stage)); add it to Stage(of:)")
        }
    }
}

/// A mention placed by hand in a fixture: its text (found left to right in the document), the
/// entity and the recogniser that would have proposed it.
struct FixtureMention {
    var text: String
    var entity: EntityID
    var origin: SpanCandidate.Origin
    var name: String?

    init(_ text: String, _ entity: EntityID, origin: SpanCandidate.Origin? = nil, name: String? = nil) {
        self.text = text
        self.entity = entity
        self.origin = origin ?? (TestGazetteer.type(of: entity) == .person ? .person : .gazetteer)
        self.name = name
    }
}

extension Document {
    /// `text` run through the real stages up to and including `last`, with the test gazetteer.
    static func prepared(
        _ text: String, through last: Stage, gazetteer: CompiledGazetteer = TestGazetteer.compiled
    ) -> Document {
        var document = Document(text: text)
        for step in Extractor(gazetteer: gazetteer).stages where Stage(of: step) <= last { step.process(&document) }
        return document
    }

    /// A hand-built document: real tokens, sentences and articles, but spans and entities set
    /// by hand, so that the rules after overlap resolution are tested without the recognisers.
    ///
    /// Each mention's text is searched left to right from the end of the previous one and must
    /// cover whole tokens.
    static func fixture(_ text: String, mentions: [FixtureMention]) -> Document {
        var document = Document.prepared(text, through: .segment)
        var searchFrom = 0
        for mention in mentions {
            let needle = Array(mention.text.unicodeScalars)
            guard let start = Self.find(needle, in: document.scalars, from: searchFrom) else {
                fatalError("fixture: \"\(mention.text)\" not found in \"\(text)\"")
            }
            let end = start + needle.count
            guard let first = document.tokens.firstIndex(where: { $0.start == start }),
                let last = document.tokens.firstIndex(where: { $0.end == end })
            else {
                fatalError("fixture: \"\(mention.text)\" does not cover whole tokens")
            }
            let type = TestGazetteer.type(of: mention.entity)
            let name =
                mention.name ?? TestGazetteer.compiled.entry(mention.entity)?.name ?? mention.text
            document.spans.append(
                SpanCandidate(tokens: first..<(last + 1), entity: mention.entity, origin: mention.origin))
            if document.entities[mention.entity] == nil {
                document.entities[mention.entity] = EntityInfo(id: mention.entity, name: name, type: type)
            }
            searchFrom = end
        }
        document.spans.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        return document
    }

    private static func find(_ needle: [Unicode.Scalar], in haystack: [Unicode.Scalar], from: Int) -> Int? {
        guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
        var i = from
        while i + needle.count <= haystack.count {
            if haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    // MARK: Reading results

    /// The text of each span with its entity id, in text order.
    var spanSummary: [String] {
        spans.map { "\(text(ofTokens: $0.tokens))=\($0.entity.rawValue)" }
    }

    /// The text of each candidate with its entity id and origin, in the order proposed.
    var candidateSummary: [String] {
        candidates.map { "\(text(ofTokens: $0.tokens))=\($0.entity.rawValue)/\($0.origin.rawValue)" }
    }

    /// The text of each sentence.
    var sentenceTexts: [String] { sentences.map { slice($0.start, $0.end) } }

    /// The code point range of `substring`'s first occurrence (test helper for offsets).
    func range(of substring: String) -> Range<Int>? {
        let needle = Array(substring.unicodeScalars)
        return Self.find(needle, in: scalars, from: 0).map { $0..<($0 + needle.count) }
    }
}

extension Relation {
    /// "subject –role/key→ object", compact for table-driven expectations.
    var summary: String {
        switch predicate {
        case .holdsRole:
            "\(subject.rawValue) \(role ?? "-")/\(roleKey ?? "-") \(object.rawValue)"
        case .succeeds:
            "\(subject.rawValue) succeeds \(object.rawValue)"
        case .locatedIn:
            "\(subject.rawValue) in \(object.rawValue)"
        case .coMentioned:
            "\(subject.rawValue) ~ \(object.rawValue)"
        }
    }
}
