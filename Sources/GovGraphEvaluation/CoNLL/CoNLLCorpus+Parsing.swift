extension CoNLLCorpus {
    /// Reads a CoNLL file in `format`, or in the format ``CoNLLFormat/detect(_:)`` finds.
    ///
    /// Line ends may be LF or CRLF. GermEval's `#` lines start a new document; in LER, where
    /// there are none, each sentence is its own document.
    ///
    /// - Throws: ``EvaluationError/malformedCoNLL(line:expected:found:)`` for a line without the
    ///   columns of the format, ``EvaluationError/malformedTag(line:tag:)`` for a tag that is not
    ///   IOB.
    public init(parsing text: String, format: CoNLLFormat? = nil) throws(EvaluationError) {
        let format = format ?? CoNLLFormat.detect(text)
        var sentences: [CoNLLSentence] = []
        var tokens: [String] = []
        var tags: [String] = []
        var document: String?
        var firstLine = 0

        func close() {
            if !tokens.isEmpty {
                sentences.append(CoNLLSentence(tokens: tokens, tags: tags, document: document, line: firstLine))
            }
            tokens.removeAll(keepingCapacity: true)
            tags.removeAll(keepingCapacity: true)
        }

        var number = 0
        // "\r\n" is one Character, and a newline.
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            number += 1
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) {
                close()
                continue
            }
            let token: Substring
            let tag: Substring
            switch format {
            case .germeval:
                if line.hasPrefix("#") {
                    close()
                    let fields = line.split(separator: "\t", omittingEmptySubsequences: true)
                    document = fields.count > 1 ? String(fields[1]) : String(line.dropFirst().drop { $0 == " " })
                    continue
                }
                let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
                guard columns.count >= 3, !columns[1].isEmpty else {
                    throw .malformedCoNLL(
                        line: number, expected: "index<TAB>token<TAB>outer<TAB>inner", found: String(line))
                }
                token = columns[1]
                tag = columns[2]
            case .ler:
                guard let space = line.lastIndex(where: { $0 == " " || $0 == "\t" }), space != line.startIndex else {
                    throw .malformedCoNLL(line: number, expected: "token<space>tag", found: String(line))
                }
                token = line[..<space]
                tag = line[line.index(after: space)...]
            }
            guard tag == "O" || (tag.count > 2 && (tag.hasPrefix("B-") || tag.hasPrefix("I-"))) else {
                throw .malformedTag(line: number, tag: String(tag))
            }
            if tokens.isEmpty { firstLine = number }
            tokens.append(String(token))
            tags.append(String(tag))
        }
        close()
        self.init(format: format, sentences: sentences)
    }
}
