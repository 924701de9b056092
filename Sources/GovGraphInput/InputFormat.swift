/// The formats of input files.
public enum InputFormat: String, Sendable, CaseIterable {
    case text, html, jsonLines = "json-lines", feed

    /// The format an extension names, or nil for an extension folders are not searched for.
    public init?(extension ext: String) {
        switch ext.lowercased() {
        case "txt", "text": self = .text
        case "html", "htm", "xhtml", "shtml": self = .html
        case "jsonl", "ndjson", "jsonlines": self = .jsonLines
        case "rss", "atom", "xml": self = .feed
        default: return nil
        }
    }

    /// The extensions a folder is searched for.
    public static let extensions = ["txt", "text", "html", "htm", "xhtml", "shtml", "jsonl", "ndjson", "jsonlines", "rss", "atom", "xml"]

    /// The format of decoded text by its first characters: markup, a JSON object, else text.
    public static func sniff(_ text: Substring) -> InputFormat {
        let head = text.drop { $0.isWhitespace }.prefix(1024).lowercased()
        if head.hasPrefix("{") { return .jsonLines }
        if head.hasPrefix("<") {
            if head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf") { return .feed }
            if head.hasPrefix("<?xml"), !head.contains("<html") { return .feed }
            return .html
        }
        return .text
    }
}
