import GovGraphEvaluation
import GovGraphModel

/// Percentages as the evaluation tables print them.
enum Percent {
    static func format(_ value: Double?) -> String {
        guard let value else { return "–" }
        let tenths = Int((value * 1000).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }
}

/// The text tables of `govgraph evaluate`.
enum EvaluationText {
    static func render(_ report: GoldReport, verbose: Bool) -> String {
        var lines = ["\(report.texts) text\(report.texts == 1 ? "" : "s")", ""]
        lines += table(report.entities, firstColumn: "entities")
        lines.append("")
        lines += table(
            ScoreTable(
                rows: [.init(label: "holds_role", score: report.relations),
                       .init(label: "ignoring role", score: report.relationsIgnoringRole)],
                overall: report.relations),
            firstColumn: "relations", total: false)
        if report.formerRelations.gold > 0 || report.statusChecked > 0 {
            lines.append("")
            lines.append(
                "former roles: \(report.formerRelations.found) of \(report.formerRelations.gold) found with status former "
                    + "(recall \(Percent.format(report.formerRelations.recall))), "
                    + "\(report.formerRelations.predicted) relations read as former")
            lines.append(
                "status (current or new) right on \(report.statusRight) of \(report.statusChecked) relations found "
                    + "(\(Percent.format(report.statusChecked == 0 ? nil : Double(report.statusRight) / Double(report.statusChecked))))")
        }
        guard verbose else { return lines.joined(separator: "\n") }
        lines.append("")
        for item in report.misses {
            lines.append("miss       \(item.type.rawValue.rightPadded(12))  \(item.name)  [\(item.texts.joined(separator: " | "))]  \(item.source)")
        }
        for item in report.falseHits {
            lines.append("false hit  \(item.type.rawValue.rightPadded(12))  \(item.name)  [\(item.texts.joined(separator: " | "))]  \(item.source)")
        }
        for item in report.relationMisses {
            lines.append("miss       holds_role    \(item.subject) —[\(item.role)]→ \(item.object)  \(item.source)")
        }
        for item in report.relationFalseHits {
            lines.append("false hit  holds_role    \(item.subject) —[\(item.role)]→ \(item.object)  \(item.source)")
        }
        if lines.last == "" { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    static func render(_ report: SpanReport, format: CoNLLFormat, verbose: Bool) -> String {
        var lines = ["\(report.sentences) sentences (\(format.rawValue))", ""]
        lines += table(report.exact, firstColumn: "exact")
        lines.append("")
        lines += table(report.overlapping, firstColumn: "overlapping")
        lines.append("")
        lines.append("A false hit of a type that several labels stand for counts against each of them.")
        guard verbose else { return lines.joined(separator: "\n") }
        lines.append("Lists: a miss overlaps no prediction; a false hit overlaps no gold span that fits (~ a span it touches);")
        lines.append("a boundary overlaps but is not exact (~ the prediction).")
        lines.append("")
        for (kind, items) in [("miss", report.misses), ("false hit", report.falseHits), ("boundary", report.boundaries)] {
            for item in items {
                var line = "\(kind.rightPadded(9))  \(item.label.rightPadded(12))  \(item.text)  sentence \(item.sentence) (line \(item.line))"
                if let other = item.other { line += "  ~ \(other)" }
                lines.append(line)
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func table(_ table: ScoreTable, firstColumn: String, total: Bool = true) -> [String] {
        var lines = [
            firstColumn.rightPadded(14) + "gold".leftPadded(7) + "found".leftPadded(7) + "pred".leftPadded(7)
                + "right".leftPadded(7) + "P".leftPadded(8) + "R".leftPadded(8) + "F1".leftPadded(8)
        ]
        var rows = table.rows
        if total { rows.append(.init(label: "overall", score: table.overall)) }
        for row in rows {
            let s = row.score
            lines.append(
                row.label.rightPadded(14) + String(s.gold).leftPadded(7) + String(s.found).leftPadded(7)
                    + String(s.predicted).leftPadded(7) + String(s.correct).leftPadded(7)
                    + Percent.format(s.precision).leftPadded(8) + Percent.format(s.recall).leftPadded(8)
                    + Percent.format(s.f1).leftPadded(8))
        }
        return lines
    }
}
