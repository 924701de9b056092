/// Word lists a token belongs to, looked up once when the token is made.
///
/// The rules ask some lists about nearly every token ("is the word before a speech verb?",
/// "does a club name start here?"). Each list stays where its rule defines it; this table
/// gathers them, so that the tokenizer looks a token up once and the rules test a bit.
///
/// ```swift
/// Tokenizer.tokenize("sagte").first!.is(.speechVerb)  // true
/// ```
public struct WordClass: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    static let speechVerb = WordClass(rawValue: 1 << 0)
    static let speakerLead = WordClass(rawValue: 1 << 1)
    static let creditCue = WordClass(rawValue: 1 << 2)
    static let address = WordClass(rawValue: 1 << 3)
    static let saint = WordClass(rawValue: 1 << 4)
    static let followVerb = WordClass(rawValue: 1 << 5)
    static let replaceVerb = WordClass(rawValue: 1 << 6)
    static let successorNoun = WordClass(rawValue: 1 << 7)
    static let successionNoun = WordClass(rawValue: 1 << 8)
    static let possessive = WordClass(rawValue: 1 << 9)
    static let clubName = WordClass(rawValue: 1 << 10)
    static let clubPrefix = WordClass(rawValue: 1 << 11)
    static let legalForm = WordClass(rawValue: 1 << 12)
    static let terminator = WordClass(rawValue: 1 << 13)
    static let closer = WordClass(rawValue: 1 << 14)
    static let opener = WordClass(rawValue: 1 << 15)
    static let authorityHead = WordClass(rawValue: 1 << 16)
    static let schoolHead = WordClass(rawValue: 1 << 17)

    /// Whether a list holds a token's lower case or its text as written.
    enum Key { case norm, text }

    /// Every class with its list.
    static var lists: [(WordClass, WordSet, Key)] {
        [
            (.speechVerb, PersonRecognizer.speechVerbs, .norm),
            (.speakerLead, PersonRecognizer.speakerLeads, .norm),
            (.creditCue, PersonRecognizer.creditCues, .norm),
            (.address, PersonRecognizer.addresses, .norm),
            (.saint, PersonRecognizer.saints, .norm),
            (.followVerb, SuccessionRule.followVerbs, .norm),
            (.replaceVerb, SuccessionRule.replaceVerbs, .norm),
            (.successorNoun, SuccessionRule.successorNouns, .norm),
            (.successionNoun, SuccessionRule.successionNouns, .norm),
            (.possessive, SuccessionRule.possessives, .norm),
            (.clubName, OrganizationPatternRule.clubNames, .text),
            (.clubPrefix, OrganizationPatternRule.clubPrefixes, .text),
            (.legalForm, OrganizationPatternRule.legalForms, .text),
            (.terminator, SentenceSplitter.terminators, .text),
            (.closer, SentenceSplitter.closers, .text),
            (.opener, SentenceSplitter.openers, .text),
            (.authorityHead, WordSet(OrganizationPatternRule.heads.keys), .text),
            (.schoolHead, WordSet(OrganizationPatternRule.schools.keys), .text),
        ]
    }

    /// For each listed word: the classes it has as a lower case and as written text.
    private static let table: WordMap<(norm: WordClass, text: WordClass)> = {
        var table = WordMap<(norm: WordClass, text: WordClass)>()
        for (wordClass, list, key) in lists {
            for word in list.words {
                var entry = table[word] ?? ([], [])
                switch key {
                case .norm: entry.norm.insert(wordClass)
                case .text: entry.text.insert(wordClass)
                }
                table[word] = entry
            }
        }
        return table
    }()

    /// The classes of a token with this text and lower case.
    static func of(text: String, norm: String) -> WordClass {
        let byNorm = table[norm]
        var classes = byNorm?.norm ?? []
        if text == norm {
            classes.formUnion(byNorm?.text ?? [])
        } else if let byText = table[text] {
            classes.formUnion(byText.text)
        }
        return classes
    }
}
