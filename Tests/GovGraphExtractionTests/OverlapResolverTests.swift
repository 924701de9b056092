import GovGraphModel
import Testing

@testable import GovGraphExtraction

struct OverlapResolverTests {
    /// "Landkreis Leipzig und Frankfurt am Main": tokens 0–1, 2, 3–5.
    static let tokens = Tokenizer.tokenize("Landkreis Leipzig und Frankfurt am Main")

    static func candidate(_ range: Range<Int>, _ id: EntityID, priority: Int = 0) -> SpanCandidate {
        SpanCandidate(tokens: range, entity: id, origin: .gazetteer, priority: priority)
    }

    @Test("The longest span wins, whatever its priority")
    func longest() {
        let kept = OverlapResolver.resolve(
            [Self.candidate(1..<2, TestGazetteer.leipzig, priority: 9), Self.candidate(0..<2, TestGazetteer.landkreisLeipzig)],
            tokens: Self.tokens)
        #expect(kept.map(\.entity) == [TestGazetteer.landkreisLeipzig])
    }

    @Test("Length is measured in code points, not tokens")
    func lengthInCodePoints() {
        // "Landkreis Leipzig" (17 code points) beats "Leipzig und" (11) and "Landkreis" (9).
        let kept = OverlapResolver.resolve(
            [Self.candidate(0..<1, "a:landkreis"), Self.candidate(0..<2, "b:zwei"), Self.candidate(1..<3, "c:leipzig-und")],
            tokens: Self.tokens)
        #expect(kept.map(\.entity) == ["b:zwei"])
    }

    @Test("Among spans of equal length the higher priority wins")
    func priority() {
        let kept = OverlapResolver.resolve(
            [Self.candidate(1..<2, TestGazetteer.landBerlin, priority: 2), Self.candidate(1..<2, TestGazetteer.berlin, priority: 3)],
            tokens: Self.tokens)
        #expect(kept.map(\.entity) == [TestGazetteer.berlin])
    }

    @Test("Then the leftmost, then the smaller id")
    func leftmostThenID() {
        let same = Tokenizer.tokenize("aa bb cc")
        let kept = OverlapResolver.resolve(
            [Self.candidate(1..<3, "x:right"), Self.candidate(0..<2, "x:left")], tokens: same)
        #expect(kept.map(\.entity) == ["x:left"])
        let tie = OverlapResolver.resolve([Self.candidate(0..<1, "x:b"), Self.candidate(0..<1, "x:a")], tokens: same)
        #expect(tie.map(\.entity) == ["x:a"])
    }

    @Test("Non-overlapping spans all survive, in text order")
    func textOrder() {
        let kept = OverlapResolver.resolve(
            [Self.candidate(3..<6, TestGazetteer.frankfurt), Self.candidate(0..<2, TestGazetteer.landkreisLeipzig), Self.candidate(3..<4, TestGazetteer.frankfurt)],
            tokens: Self.tokens)
        #expect(kept.map(\.tokens) == [0..<2, 3..<6])
    }

    @Test("The result does not depend on the order of the candidates", arguments: 0..<6)
    func deterministic(rotation: Int) {
        let candidates = [
            Self.candidate(1..<2, TestGazetteer.leipzig, priority: 3),
            Self.candidate(0..<2, TestGazetteer.landkreisLeipzig, priority: 4),
            Self.candidate(3..<4, TestGazetteer.frankfurt, priority: 3),
            Self.candidate(3..<6, TestGazetteer.frankfurt, priority: 3),
            Self.candidate(5..<6, "x:main", priority: 3),
            Self.candidate(3..<4, "x:frankfurt", priority: 3),
        ]
        let rotated = Array(candidates[rotation...] + candidates[..<rotation])
        let kept = OverlapResolver.resolve(rotated, tokens: Self.tokens)
        #expect(kept == [candidates[1], candidates[3]])
    }

    @Test("The stage turns candidates into spans")
    func stage() {
        let document = Document.prepared("Der Landkreis Leipzig und Leipzig", through: .resolve)
        #expect(document.candidates.count == 3)
        #expect(document.spanSummary == ["Landkreis Leipzig=district:14729", "Leipzig=municipality:14713000"])
    }
}
