/// Splits tokens into German sentences.
///
/// A sentence ends
/// - at a paragraph break (an empty line), and at a single line break unless the next line
///   continues the sentence (it starts in lower case, or the line ends with a comma or hyphen);
/// - after `.`, `!`, `?` or `…` (and a closing quote or bracket after them) when whitespace and
///   an upper-case letter, digit, quote or bracket follow.
///
/// A full stop does not end a sentence after a known abbreviation ("Dr.", "Abs.", "Nr."), after
/// a single letter ("z. B.", initials) or after a number of up to three digits (ordinals such as
/// "4. Digitalministerkonferenz" and dates such as "31. Oktober").
public struct SentenceSplitter: PipelineStage {
    /// Lower-cased abbreviations without their final full stop ("dr", "abs", "nr").
    public var abbreviations: Set<String>

    public init(abbreviations: Set<String>) {
        self.abbreviations = abbreviations
    }

    public func process(_ document: inout Document) {
        document.sentences = sentences(in: document.tokens)
    }

    static let terminators: WordSet = [".", "!", "?", "…"]
    static let closers: WordSet = ["\"", "“", "”", "«", "»", "'", "’", ")", "]"]
    static let openers: WordSet = ["\"", "„", "“", "«", "»", "(", "[", "‚", "'"]

    func sentences(in tokens: [Token]) -> [Sentence] {
        var result: [Sentence] = []
        var start = 0
        func close(_ end: Int) {
            guard end > start else { return }
            result.append(Sentence(tokens: start..<end, start: tokens[start].start, end: tokens[end - 1].end))
            start = end
        }
        for i in tokens.indices.dropFirst() where i > start {
            if breaksBeforeLine(tokens, at: i) || endsSentence(tokens, before: i) {
                close(i)
            }
        }
        close(tokens.count)
        return result
    }

    /// A line break before token `i` that ends the sentence.
    private func breaksBeforeLine(_ tokens: [Token], at i: Int) -> Bool {
        let token = tokens[i]
        guard token.newlinesBefore > 0 else { return false }
        if token.newlinesBefore >= 2 { return true }
        let previous = tokens[i - 1]
        if previous.text == "," || previous.kind == .hyphen { return false }
        return !token.isLowercase
    }

    /// Token `i` starts a new sentence after terminal punctuation on the same line.
    private func endsSentence(_ tokens: [Token], before i: Int) -> Bool {
        let next = tokens[i]
        guard next.spaceBefore, next.newlinesBefore == 0 else { return false }
        // Walk back over closing quotes and brackets to the terminator.
        var j = i - 1
        while j > 0, tokens[j].is(.closer), !tokens[j].spaceBefore { j -= 1 }
        guard tokens[j].is(.terminator) else { return false }
        guard next.isCapitalized || next.kind == .number || next.is(.opener) else {
            return false
        }
        if tokens[j].text == ".", j > 0 {
            let before = tokens[j - 1]
            if !tokens[j].spaceBefore || j == 0 {
                if before.kind == .word, before.text.unicodeScalars.count == 1 { return false }
                if before.kind == .word, abbreviations.contains(before.norm) { return false }
                if before.kind == .number, before.text.unicodeScalars.count <= 3 { return false }
            }
        }
        return true
    }
}
