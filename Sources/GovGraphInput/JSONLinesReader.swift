import Foundation

/// The field names of a JSON-lines record; dotted names reach into nested objects
/// (`meta.published`).
public struct JSONFields: Sendable, Equatable {
    public var text = "text"
    public var html = "html"
    public var title = "title"
    public var date = "date"
    public var id = "id"
    public var url = "url"

    public init() {}
}

/// Reads JSON lines, one article per line, streaming: only one line is held at a time.
///
/// Each line is a JSON object with the article's text (or HTML, read as in ``HTMLReader``)
/// and optionally its title, date, id and URL, under the field names of ``JSONFields``. Blank
/// lines are ignored; a line that is not a JSON object, or has no text, is reported with its
/// line number and skipped, and the reader goes on with the next line.
///
/// ```swift
/// var reader = JSONLinesReader(source: try ByteSource(path: "a.jsonl"), path: "a.jsonl", fields: JSONFields())
/// while let item = reader.next() { … }   // .article(…), .problem(a.jsonl:3: …)
/// ```
public struct JSONLinesReader {
    let path: String
    let fields: JSONFields
    private var lines: LineSplitter

    /// The name messages use (`standard input` for `-`).
    let shownPath: String

    public init(source: ByteSource, path: String, fields: JSONFields) {
        self.path = path
        self.shownPath = path == "-" ? "standard input" : path
        self.fields = fields
        self.lines = LineSplitter(source)
    }

    public mutating func next() -> InputItem? {
        while let raw = lines.next() {
            var line = raw
            if lines.lineNumber == 1, line.starts(with: [0xEF, 0xBB, 0xBF]) { line = line.dropFirst(3) }
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            return item(line, number: lines.lineNumber)
        }
        return nil
    }

    func item(_ line: Data, number: Int) -> InputItem {
        func bad(_ reason: String) -> InputItem { .problem(.badLine(shownPath, line: number, reason: reason)) }
        let json: Any
        do {
            json = try JSONSerialization.jsonObject(with: Data(line), options: [.fragmentsAllowed])
        } catch {
            return bad(TextDecoder.isValidUTF8(Data(line)) ? "not valid JSON" : "not valid UTF-8")
        }
        guard let object = json as? [String: Any] else { return bad("expected a JSON object") }
        // Text and HTML must be strings: a number is no article.
        for field in [fields.text, fields.html] {
            if let what = Self.notAString(object, field) { return bad("the field \"\(field)\" holds \(what), not a string") }
        }
        var fieldWarnings: [InputWarning] = []
        for field in [fields.title, fields.date, fields.url] {
            if let what = Self.notAString(object, field) {
                fieldWarnings.append(InputWarning(
                    path: shownPath, line: number, message: "the field \"\(field)\" holds \(what), not a string; ignored"))
            }
        }
        var body: String
        if let text = Self.string(object, fields.text, numbers: false), !text.isEmpty {
            body = text
        } else if let html = Self.string(object, fields.html, numbers: false), !html.isEmpty {
            body = FeedReader.html(html)
        } else {
            return bad("no text: the fields \"\(fields.text)\" and \"\(fields.html)\" are missing or empty")
        }
        var cleaner = TextCleaner(path: "\(shownPath):\(number)")
        body = cleaner.clean(body).inputNFC
        let warnings = fieldWarnings + cleaner.finish().map { InputWarning(path: shownPath, line: number, message: $0.message) }
        let rawDate = Self.string(object, fields.date, numbers: false)
        let article = InputArticle.titled(
            path: path, title: Self.string(object, fields.title, numbers: false).map { $0.inputNFC }, body: body,
            date: rawDate.flatMap(InputDate.normalize), url: Self.string(object, fields.url, numbers: false),
            externalID: Self.string(object, fields.id), location: "line \(number)", byteCount: line.count + 1)
        return .article(article, warnings: warnings)
    }

    /// The value at a dotted field path.
    static func value(_ object: [String: Any], _ field: String) -> Any? {
        var value: Any? = object
        for key in field.split(separator: ".") {
            value = (value as? [String: Any])?[String(key)]
        }
        return value
    }

    /// The value at a dotted field path, as a string; numbers are written out only when
    /// `numbers` is set (ids), else they are no value.
    static func string(_ object: [String: Any], _ field: String, numbers: Bool = true) -> String? {
        switch value(object, field) {
        case let string as String: return string
        case let number as NSNumber: return numbers ? number.stringValue : nil
        default: return nil
        }
    }

    /// What the field holds when it is there but is not a string (null counts as missing).
    static func notAString(_ object: [String: Any], _ field: String) -> String? {
        switch value(object, field) {
        case nil, is String, is NSNull: nil
        case is [String: Any]: "an object"
        case is [Any]: "an array"
        default: "a number or true/false"
        }
    }
}

/// What reading an input yields: an article to extract, or a problem with a part of it.
public enum InputItem {
    case article(InputArticle, warnings: [InputWarning])
    case problem(InputError)
    /// Warnings about the input as a whole, known once it has been read.
    case warnings([InputWarning])
}
