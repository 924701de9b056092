import Testing

@testable import GovGraphExtraction

struct TokenSetTests {
    @Test("Inserted indices and ranges are in the set; others and indices outside are not")
    func membership() {
        var set = TokenSet(count: 10)
        set.insert(2)
        set.formUnion(5..<7)
        set.formUnion(8..<20)  // clamped to the document
        set.insert(42)  // outside: ignored
        let members = (-1...12).filter { set.contains($0) }
        #expect(members == [2, 5, 6, 8, 9])
    }
}
