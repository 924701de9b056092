import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A `govgraph serve` started by a test, on a free port, stopped with SIGTERM.
final class ServerProcess: @unchecked Sendable {
    let process = Process()
    /// `http://127.0.0.1:PORT/`, from the line the server prints when it listens.
    private(set) var address = ""
    private let output = Pipe()
    private let lock = NSLock()
    private var printed = Data()

    /// Starts `govgraph serve --port 0 arguments…` and waits (up to 30 s) until it listens.
    init(_ arguments: [String]) throws {
        process.executableURL = CLI.binary
        process.arguments = ["serve", "--port", "0"] + arguments
        process.standardOutput = output
        process.standardError = output
        output.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            guard let self, !data.isEmpty else { return }
            self.lock.lock()
            self.printed.append(data)
            self.lock.unlock()
        }
        try process.run()
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            if let range = log.range(of: #"http://127\.0\.0\.1:[0-9]+/"#, options: .regularExpression) {
                address = String(log[range])
                return
            }
            guard process.isRunning else { break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        process.terminate()
        throw CLI.CLIFailure(message: "govgraph serve did not start: \(log)")
    }

    /// What the server printed so far.
    var log: String {
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: printed, as: UTF8.self)
    }

    /// Sends SIGTERM and waits for the exit; returns the exit status.
    @discardableResult
    func stop() -> Int32 {
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        output.fileHandleForReading.readabilityHandler = nil
        return process.terminationStatus
    }

    /// GETs `path` from the server: the status and the body.
    func get(_ path: String) async throws -> (status: Int, body: String) {
        let url = URL(string: address + path.drop { $0 == "/" })!
        let (data, response) = try await URLSession.shared.data(from: url)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }
}
