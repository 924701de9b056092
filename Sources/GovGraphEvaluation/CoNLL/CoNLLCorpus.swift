import Foundation

/// The two CoNLL layouts govgraph reads.
public enum CoNLLFormat: String, Sendable, Hashable, Codable, CaseIterable {
    /// German Legal Entity Recognition: `token<space>tag` (IOB2), a blank line between sentences.
    case ler
    /// GermEval 2014: `index<TAB>token<TAB>outer<TAB>inner`, a `#` source line before each
    /// sentence. The outer column is scored.
    case germeval

    /// GermEval when the first token line has tabs and a numeric first column, else LER.
    public static func detect(_ text: String) -> CoNLLFormat {
        for line in text.split(whereSeparator: \.isNewline) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            return columns.count >= 3 && !columns[0].isEmpty && columns[0].allSatisfy(\.isNumber) ? .germeval : .ler
        }
        return .ler
    }
}

/// A CoNLL corpus: its sentences in file order.
///
/// ```swift
/// let corpus = try CoNLLCorpus(parsing: "Kiel B-ST\nliegt O\n", format: .ler)
/// corpus.sentences[0].spans  // [LabeledSpan(tokens: 0..<1, label: "ST")]
/// ```
public struct CoNLLCorpus: Sendable, Hashable {
    public var format: CoNLLFormat
    public var sentences: [CoNLLSentence]

    public init(format: CoNLLFormat, sentences: [CoNLLSentence]) {
        self.format = format
        self.sentences = sentences
    }
}
