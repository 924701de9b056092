import Foundation
import GovGraphModel
import GovGraphQuery
import HTTPTypes
import Hummingbird

/// The parameters of a request's query string, read as HTML forms send them (`+` is a space),
/// with the server's limits.
///
/// A value that cannot be read is a 400 (bad parameter), a number out of its range a 422, and
/// a text longer than ``maxTextLength`` a 413.
struct QueryParameters: Sendable {
    /// The longest name or search text taken, in characters.
    static let maxTextLength = 200

    private var values: [String: String] = [:]

    init(_ request: Request) {
        self.init(query: request.uri.query ?? "")
    }

    init(query: String) {
        for pair in query.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let decode = { (text: Substring) in
                let spaced = text.replacingOccurrences(of: "+", with: " ")
                return spaced.removingPercentEncoding ?? spaced
            }
            let key = decode(parts[0])
            if values[key] == nil { values[key] = parts.count > 1 ? decode(parts[1]) : "" }
        }
    }

    /// A text parameter, trimmed; nil when absent or blank.
    func text(_ name: String) throws -> String? {
        guard let raw = values[name] else { return nil }
        let value = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !value.isEmpty else { return nil }
        guard value.count <= Self.maxTextLength else {
            throw ServerError(
                .contentTooLarge, "\(name) is \(value.count) characters long; at most \(Self.maxTextLength) are taken")
        }
        return value
    }

    /// A text parameter that must be given.
    func required(_ name: String) throws -> String {
        guard let value = try text(name) else { throw ServerError(.badRequest, "the parameter \(name) is missing") }
        return value
    }

    /// A whole number within `range`, or `defaultValue` when absent.
    func int(_ name: String, default defaultValue: Int, in range: ClosedRange<Int>) throws -> Int {
        guard let raw = try text(name) else { return defaultValue }
        guard let value = Int(raw) else { throw ServerError(.badRequest, "\(name) must be a whole number, not \"\(raw)\"") }
        guard range.contains(value) else {
            throw ServerError(
                .unprocessableContent, "\(name) must be between \(range.lowerBound) and \(range.upperBound), not \(value)")
        }
        return value
    }

    /// `true`, `1` or `yes` is true; absent is `false`.
    func flag(_ name: String) throws -> Bool {
        guard let raw = try text(name) else { return false }
        switch raw.lowercased() {
        case "true", "1", "yes", "on": return true
        case "false", "0", "no", "off": return false
        default: throw ServerError(.badRequest, "\(name) must be true or false, not \"\(raw)\"")
        }
    }

    /// A day written `YYYY-MM-DD`.
    func date(_ name: String) throws -> String? {
        guard let value = try text(name) else { return nil }
        guard ISODate.isValid(value) else {
            throw ServerError(.badRequest, "\(name) \"\(value)\" is not a date; write YYYY-MM-DD, for example 2025-10-10")
        }
        return value
    }

    /// One of the values of an enumeration.
    func choice<T: RawRepresentable & CaseIterable>(_ name: String, of _: T.Type) throws -> T? where T.RawValue == String {
        guard let value = try text(name) else { return nil }
        guard let choice = T(rawValue: value) else {
            let known = T.allCases.map(\.rawValue).joined(separator: ", ")
            throw ServerError(.badRequest, "\(name) \"\(value)\" is not one of \(known)")
        }
        return choice
    }

    /// An entity type of the graph (not `location`).
    func entityType(_ name: String) throws -> EntityType? {
        guard let type = try choice(name, of: EntityType.self) else { return nil }
        guard EntityType.graphTypes.contains(type) else {
            throw ServerError(.badRequest, "\(name) \"\(type.rawValue)\" is not a type of the graph")
        }
        return type
    }
}

/// A path parameter, percent-decoded.
func pathParameter(_ name: String, of context: some RequestContext) throws -> String {
    guard let raw = context.parameters.get(name) else { throw ServerError(.badRequest, "the path lacks \(name)") }
    let value = raw.removingPercentEncoding ?? raw
    guard value.count <= QueryParameters.maxTextLength else {
        throw ServerError(.contentTooLarge, "\(name) is \(value.count) characters long; at most \(QueryParameters.maxTextLength) are taken")
    }
    return value
}
