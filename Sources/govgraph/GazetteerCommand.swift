import ArgumentParser
import Foundation
import GovGraphExtraction
import GovGraphInput
import GovGraphQuery

struct GazetteerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gazetteer",
        abstract: "Check the gazetteer, count its entries, list its surface forms.",
        subcommands: [Check.self, Stats.self, Forms.self])

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Report malformed lines, duplicate ids and forms shared across kinds or places.",
            discussion: "Exits with status 1 when there are errors; shared forms are warnings.")

        @OptionGroup var options: GazetteerOptions

        @Flag(help: "Print errors only.")
        var errorsOnly = false

        func run() throws {
            let folder = try options.folder()
            let issues = Gazetteer.check(try GazetteerLoader.files(in: folder))
            let errors = issues.filter { $0.severity == .error }
            for issue in issues where !errorsOnly || issue.severity == .error {
                // Errors name their file; give its path so that it can be opened.
                let where_ = issue.file == nil ? "" : folder.path + "/"
                print("\(issue.severity.rawValue): \(where_)\(issue.message)")
            }
            print("\(folder.path): \(errors.count) error\(errors.count == 1 ? "" : "s"), \(issues.count - errors.count) warning\(issues.count - errors.count == 1 ? "" : "s")")
            if !errors.isEmpty { throw ExitCode(1) }
        }
    }

    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Entries per kind.")

        @OptionGroup var options: GazetteerOptions

        @Flag(help: "Print an object keyed by kind.")
        var json = false

        func run() throws {
            let compiled = try options.load()
            var counts = compiled.gazetteer.statistics
            if json {
                print(try JSONOutput.encode(counts))
                return
            }
            counts["surface forms"] = compiled.formCount
            let order = ["municipality", "district", "state", "country", "organization", "law", "person", "role", "given_name", "surname", "surface forms"]
            for key in order { print(String(counts[key] ?? 0).leftPadded(8) + "  " + key) }
        }
    }

    struct Forms: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Every surface form the matcher knows, inflections included, one per line.")

        @OptionGroup var options: GazetteerOptions

        @Flag(help: "Add the entity id after a tab.")
        var ids = false

        func run() throws {
            let lines = try options.load().forms()
            var out = ""
            var last = ""
            for line in lines {
                let form = ids ? line : String(line.prefix { $0 != "\t" })
                if form != last { out += form + "\n" }
                last = form
            }
            FileHandle.standardOutput.write(Data(out.utf8))
        }
    }
}
