import Foundation

/// Bytes read in blocks from a file, or from memory.
public final class ByteSource {
    private let handle: FileHandle?
    private var memory: Data?
    /// The block size of reads from a file.
    static let blockSize = 1 << 20

    /// Opens a file for reading.
    public init(path: String) throws(InputError) {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw .unreadable(path) }
        self.handle = handle
    }

    /// An open file (standard input copied to a temporary file).
    init(handle: FileHandle) {
        self.handle = handle
    }

    /// Bytes already in memory.
    public init(data: Data) {
        handle = nil
        memory = data
    }

    deinit { try? handle?.close() }

    /// The next block, or nil at the end.
    func next() -> Data? {
        if let handle {
            guard let data = try? handle.read(upToCount: Self.blockSize), !data.isEmpty else { return nil }
            return data
        }
        defer { memory = nil }
        return memory.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Starts again from the first byte (files only; memory is read once).
    func rewind() {
        try? handle?.seek(toOffset: 0)
    }
}

/// Splits a byte source into lines (without their `\n`), counting them from 1.
///
/// A line longer than a block is gathered by appending blocks and searching only the new bytes
/// for its end, so that even one line of gigabytes costs linear time.
struct LineSplitter {
    let source: ByteSource
    private var buffer = Data()
    /// Bytes of `buffer` (from its start) already searched for a line end.
    private var searched = 0
    private var atEnd = false
    private(set) var lineNumber = 0

    init(_ source: ByteSource) { self.source = source }

    mutating func next() -> Data? {
        while true {
            let from = buffer.startIndex + searched
            if let newline = buffer[from...].firstIndex(of: 0x0A) {
                let line = buffer[buffer.startIndex..<newline]
                buffer = buffer[(newline + 1)...]
                searched = 0
                lineNumber += 1
                return line
            }
            searched = buffer.count
            if atEnd {
                guard !buffer.isEmpty else { return nil }
                defer {
                    buffer = Data()
                    searched = 0
                }
                lineNumber += 1
                return buffer
            }
            if let block = source.next() {
                if buffer.isEmpty {
                    buffer = block
                } else {
                    // Lines already returned are dropped from the storage once they outweigh
                    // the rest of the line (so memory stays bounded and copying linear).
                    if buffer.startIndex > buffer.count { buffer = Data(buffer) }
                    buffer.append(block)
                }
            } else {
                atEnd = true
            }
        }
    }
}
