import Foundation
import GovGraphInput
import GovGraphModel

/// Checks shared by the fuzz targets; a broken invariant stops the run with a message
/// (libFuzzer then saves the input that broke it).
public enum Invariant {
    /// Stops the fuzzer with `message` unless `condition` holds.
    public static func check(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
        if !condition() {
            FileHandle.standardError.write(Data("invariant broken: \(message())\n".utf8))
            abort()
        }
    }

    /// Text as the readers promise it: no control characters but tab and line feed.
    public static func checkClean(_ text: String, _ what: String) {
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let control = value < 0x20 && value != 0x09 && value != 0x0A || value == 0x7F || (0x80...0x9F).contains(value)
            check(!control, "\(what): control character U+\(String(value, radix: 16)) in the text")
        }
    }

    /// Articles of a reader: clean text ending in a line end, a title that opens the text,
    /// offsets of 0, and no more text than `limit` bytes in all (no expansion).
    public static func checkArticles(_ articles: [InputArticle], path: String, limit: Int) {
        var total = 0
        for article in articles {
            check(article.path == path, "an article of \(path) names \(article.path)")
            check(article.text.hasSuffix("\n"), "an article's text does not end with a line end")
            checkClean(article.text, "article")
            if let title = article.title {
                check(!title.isEmpty && !title.contains("\n"), "the title is empty or has a line end")
                check(article.text.hasPrefix(title), "the text does not open with the title")
            }
            if let date = article.date {
                check(date.utf8.count == 10 && date.split(separator: "-").count == 3, "date \(date) is not YYYY-MM-DD")
            }
            total += article.text.utf8.count
        }
        check(total <= limit, "\(total) bytes of text from an input that allows \(limit)")
    }

    /// Runs `body` twice and checks that it did the same both times: two results that `same`
    /// finds equal, or two equal refusals. Returns the first outcome for the target's own checks.
    public static func twice<Value, Failure: Error & Equatable>(
        _ what: String, same: (Value, Value) -> Bool, _ body: () throws(Failure) -> Value
    ) -> Result<Value, Failure> {
        let first = Result(catching: body)
        let second = Result(catching: body)
        switch (first, second) {
        case let (.success(a), .success(b)):
            check(same(a, b), "\(what) is not deterministic")
        case let (.failure(a), .failure(b)):
            check(a == b, "\(what): refusal is not deterministic")
        default:
            check(false, "\(what): done once, refused once")
        }
        return first
    }

    /// ``twice(_:same:_:)`` for results that are Equatable.
    public static func twice<Value: Equatable, Failure: Error & Equatable>(
        _ what: String, _ body: () throws(Failure) -> Value
    ) -> Result<Value, Failure> {
        twice(what, same: ==, body)
    }
}
