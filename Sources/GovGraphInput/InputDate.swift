import Foundation

/// Publication dates as pages, feeds and scrapers write them, made `YYYY-MM-DD`.
///
/// Understood: ISO 8601 (`2024-03-14`, `2024-03-14T10:00:00+01:00`), German numeric dates
/// (`14.03.2024`), German long dates (`14. März 2024`), RFC 822 as in RSS
/// (`Thu, 14 Mar 2024 10:00:00 +0100`) and Unix timestamps (seconds, as numbers). The day is
/// taken as written, in the writer's time zone.
///
/// ```swift
/// InputDate.normalize("Thu, 14 Mar 2024 10:00:00 +0100")   // "2024-03-14"
/// InputDate.find(in: "Leipzig, 14. März 2024 | Stadtverwaltung")   // "2024-03-14"
/// ```
public enum InputDate {
    private static let months: [String: Int] = [
        "januar": 1, "jan": 1, "januar.": 1, "februar": 2, "feb": 2, "märz": 3, "maerz": 3, "mär": 3,
        "mar": 3, "april": 4, "apr": 4, "mai": 5, "may": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7,
        "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10,
        "oct": 10, "november": 11, "nov": 11, "dezember": 12, "dez": 12, "dec": 12,
    ]

    private static let patterns: [NSRegularExpression] = [
        #"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)"#,
        #"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)"#,
        #"(?<!\d)(\d{1,2})\.?\s+([A-Za-zÄÖÜäöü]{3,9})\.?,?\s+(\d{4})(?!\d)"#,
    ].map { try! NSRegularExpression(pattern: $0) }

    /// The date a metadata value (a meta tag, a feed's pubDate, a JSON field) gives.
    public static func normalize(_ value: String) -> String? {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        if let seconds = Double(trimmed), seconds > 100_000_000 {
            let date = Date(timeIntervalSince1970: seconds > 100_000_000_000 ? seconds / 1000 : seconds)
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "UTC")!
            let parts = calendar.dateComponents([.year, .month, .day], from: date)
            return make(parts.year!, parts.month!, parts.day!)
        }
        return find(in: trimmed)
    }

    /// The first date written in `text`.
    public static func find(in text: String) -> String? {
        let range = NSRange(text.startIndex..., in: text)
        var best: (location: Int, date: String)?
        for (kind, pattern) in patterns.enumerated() {
            for match in pattern.matches(in: text, range: range) {
                if let best, best.location <= match.range.location { break }
                let groups = (1...3).map { (text as NSString).substring(with: match.range(at: $0)) }
                let date: String?
                switch kind {
                case 0: date = make(Int(groups[0])!, Int(groups[1])!, Int(groups[2])!)
                case 1: date = make(Int(groups[2])!, Int(groups[1])!, Int(groups[0])!)
                default:
                    date = months[groups[1].lowercased()].flatMap { make(Int(groups[2])!, $0, Int(groups[0])!) }
                }
                if let date {
                    best = (match.range.location, date)
                    break
                }
            }
        }
        return best?.date
    }

    static func make(_ year: Int, _ month: Int, _ day: Int) -> String? {
        guard (1000...2999).contains(year), (1...12).contains(month), (1...31).contains(day) else { return nil }
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(two(month))-\(two(day))"
    }
}

/// Dates inside an HTML article.
enum HTMLDates {
    static func normalize(_ value: String) -> String? { InputDate.normalize(value) }

    /// A date in a short line near the top (a byline such as "14.03.2024 | Leipzig").
    /// Paragraphs too long to keep are nil.
    static func visibleDate(in paragraphs: [String?]) -> String? {
        for case let paragraph? in paragraphs.prefix(6) where paragraph.count <= 120 {
            if let date = InputDate.find(in: paragraph) { return date }
        }
        return nil
    }
}
