/// ISO dates (`YYYY-MM-DD`) as the query options and parameters take them.
public enum ISODate {
    /// Whether `value` is a real day written `YYYY-MM-DD`.
    ///
    /// ```swift
    /// ISODate.isValid("2024-02-29")   // true
    /// ISODate.isValid("2025-02-29")   // false
    /// ```
    public static func isValid(_ value: String) -> Bool {
        let parts = value.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), day >= 1
        else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= days[month - 1]
    }
}
