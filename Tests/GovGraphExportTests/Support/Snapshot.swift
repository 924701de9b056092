import Foundation
import Testing

/// Compares `actual` with the snapshot file `Snapshots/<name>` beside the calling test file.
///
/// With `RECORD_SNAPSHOTS=1` in the environment the file is (re)written instead. A missing
/// snapshot fails the test and says how to record it; a different one fails with a line diff
/// (`-` expected, `+` actual).
func assertSnapshot(
    _ actual: String, named name: String, filePath: String = #filePath,
    sourceLocation: SourceLocation = #_sourceLocation
) throws {
    let directory = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        .appendingPathComponent("Snapshots", isDirectory: true)
    let file = directory.appendingPathComponent(name)
    let recordHint = "`RECORD_SNAPSHOTS=1 swift test --filter GovGraphExportTests` records it."

    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try Data(actual.utf8).write(to: file)
        print("Recorded snapshot \(file.path)")
        return
    }
    guard let data = FileManager.default.contents(atPath: file.path) else {
        Issue.record("Missing snapshot \(file.path). \(recordHint)", sourceLocation: sourceLocation)
        return
    }
    let expected = String(decoding: data, as: UTF8.self)
    guard expected != actual else { return }
    Issue.record(
        """
        Snapshot \(name) differs (- expected, + actual):
        \(LineDiff.render(expected: expected, actual: actual))
        If the change is intended, \(recordHint)
        """, sourceLocation: sourceLocation)
}

/// A small line diff (longest common subsequence), enough for snapshots of a few hundred lines.
enum LineDiff {
    /// The differing lines with `context` unchanged lines around each change; `…` marks a gap.
    static func render(expected: String, actual: String, context: Int = 2) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let lines = diff(old, new)
        let changed = lines.indices.filter { lines[$0].0 != " " }
        var shown = Set<Int>()
        for index in changed {
            shown.formUnion(max(0, index - context)...min(lines.count - 1, index + context))
        }
        var out: [String] = []
        var previous = -1
        for index in shown.sorted() {
            if index != previous + 1 { out.append("…") }
            out.append("\(lines[index].0) \(visible(lines[index].1))")
            previous = index
        }
        return out.joined(separator: "\n")
    }

    /// Pairs of (`" "`, `"-"` or `"+"`, line).
    static func diff(_ old: [String], _ new: [String]) -> [(Character, String)] {
        // lengths[i][j]: the LCS length of old[i...] and new[j...].
        var lengths = Array(
            repeating: Array(repeating: 0, count: new.count + 1), count: old.count + 1)
        for i in stride(from: old.count - 1, through: 0, by: -1) {
            for j in stride(from: new.count - 1, through: 0, by: -1) {
                lengths[i][j] =
                    old[i] == new[j]
                    ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var result: [(Character, String)] = []
        var (i, j) = (0, 0)
        while i < old.count || j < new.count {
            if i < old.count, j < new.count, old[i] == new[j] {
                result.append((" ", old[i]))
                i += 1
                j += 1
            } else if i < old.count, j == new.count || lengths[i + 1][j] >= lengths[i][j + 1] {
                result.append(("-", old[i]))
                i += 1
            } else {
                result.append(("+", new[j]))
                j += 1
            }
        }
        return result
    }

    /// Shows trailing whitespace, which a diff would otherwise hide.
    private static func visible(_ line: String) -> String {
        line.last?.isWhitespace == true ? line + "⏎" : line
    }
}
