/// A small fixed table from words to values, for the word lists the rules ask about for nearly
/// every token ("is this a speech verb?").
///
/// `Set<String>` and `Dictionary<String, …>` hash every probe with a seeded SipHash over the
/// normalised text; most probed words are in no list. Here a word whose UTF-8 length no key has
/// is turned away at once, and the others are hashed with FNV-1a over their bytes, looked up in
/// an open-addressed table and compared byte for byte. Keys are stored in NFC, and a word with
/// a code point from U+0300 up is looked up by its NFC, so a word matches a key exactly when the
/// two are equal as `String`s (canonically equivalent).
///
/// ```swift
/// let verbs: WordSet = ["sagte", "erklärte"]
/// verbs.contains("sagte")  // true
/// let heads: WordMap<String> = ["Amtes": "Amt"]
/// heads["Amtes"]           // "Amt"
/// ```
///
/// - Complexity: a lookup is O(length of the word).
struct WordMap<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
    /// The keys' bytes, back to back.
    private var bytes: [UInt8] = []
    /// Where each key's bytes start in ``bytes``; one more at the end.
    private var offsets: [Int32] = [0]
    private var values: [Value] = []
    /// Key index + 1 per slot; 0 marks a free slot.
    private var slots: [Int32] = Array(repeating: 0, count: 8)
    /// Bit n is set when some key is n bytes long (n ≥ 63 shares bit 63).
    private var lengths: UInt64 = 0

    init() {}

    init(dictionaryLiteral elements: (String, Value)...) {
        for (key, value) in elements { self[key] = value }
    }

    init<S: Sequence>(_ pairs: S) where S.Element == (String, Value) {
        var size = 8
        while size < pairs.underestimatedCount * 2 { size *= 2 }
        slots = Array(repeating: 0, count: size)
        for (key, value) in pairs { self[key] = value }
    }

    var count: Int { values.count }

    /// The keys (in NFC), in the order they were added.
    var keys: [String] {
        values.indices.map { String(decoding: bytes[Int(offsets[$0])..<Int(offsets[$0 + 1])], as: UTF8.self) }
    }

    subscript(key: String) -> Value? {
        get {
            if let found = key.utf8.withContiguousStorageIfAvailable({ probe($0, key) }) { return found }
            var copy = key
            return copy.withUTF8 { probe($0, key) }
        }
        set {
            // The rules' lists are fixed: keys are added, never removed.
            guard let newValue else { preconditionFailure("WordMap keys are never removed") }
            var key = key.precomposedNFC
            key.withUTF8 { insert($0, newValue) }
        }
    }

    /// The value of a part of a word ("Städtetages".dropLast(2)), without making a string of it.
    subscript(key: Substring) -> Value? {
        if let found = key.utf8.withContiguousStorageIfAvailable({ probe($0, key) }) { return found }
        return self[String(key)]
    }

    /// The value of the word with these UTF-8 bytes.
    subscript(bytes key: UnsafeBufferPointer<UInt8>) -> Value? {
        guard lengths & Self.lengthBit(key.count) != 0 else { return nil }
        return lookUp(key)
    }

    @inline(__always)
    private func probe<S: StringProtocol>(_ bytes: UnsafeBufferPointer<UInt8>, _ key: S) -> Value? {
        // A code point that NFC may change: compare the word's NFC. (Bytes from 0xCC up start
        // code points from U+0300 up.)
        for byte in bytes where byte >= 0xCC {
            if String.isStableNFC(utf8: bytes) { break }
            return lookUpNFC(key)
        }
        // Most probes end here: no key has the word's length.
        guard lengths & Self.lengthBit(bytes.count) != 0 else { return nil }
        return lookUp(bytes)
    }

    private func lookUpNFC<S: StringProtocol>(_ key: S) -> Value? {
        var nfc = String(key).precomposedNFC
        return nfc.withUTF8 { lengths & Self.lengthBit($0.count) != 0 ? lookUp($0) : nil }
    }

    @inline(__always)
    private func lookUp(_ key: UnsafeBufferPointer<UInt8>) -> Value? {
        let index = find(key, hash: Self.hash(key))
        return index >= 0 ? values[index] : nil
    }

    @inline(__always)
    private static func lengthBit(_ count: Int) -> UInt64 { 1 << UInt64(min(count, 63)) }

    @inline(__always)
    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return h
    }

    /// The index of the key, or -1.
    @inline(__always)
    private func find(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { return -1 }
            if equals(entry - 1, key) { return entry - 1 }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    private func equals(_ index: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(offsets[index])
        guard Int(offsets[index + 1]) - start == key.count else { return false }
        for k in 0..<key.count where bytes[start + k] != key[k] { return false }
        return true
    }

    private mutating func insert(_ key: UnsafeBufferPointer<UInt8>, _ value: Value) {
        let existing = find(key, hash: Self.hash(key))
        if existing >= 0 {
            values[existing] = value
            return
        }
        bytes.append(contentsOf: key)
        offsets.append(Int32(bytes.count))
        values.append(value)
        lengths |= Self.lengthBit(key.count)
        if values.count * 2 > slots.count {
            rehash(size: slots.count * 2)
        } else {
            place(values.count - 1, hash: Self.hash(key))
        }
    }

    private mutating func place(_ index: Int, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(index + 1)
    }

    private mutating func rehash(size: Int) {
        slots = Array(repeating: 0, count: size)
        for index in values.indices {
            let start = Int(offsets[index])
            let end = Int(offsets[index + 1])
            let hash = bytes.withUnsafeBufferPointer { Self.hash(UnsafeBufferPointer(rebasing: $0[start..<end])) }
            place(index, hash: hash)
        }
    }
}

/// A fixed set of words with ``WordMap``'s fast lookup.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private var map = WordMap<Bool>()

    init(arrayLiteral words: String...) {
        self.init(words)
    }

    init<S: Sequence>(_ words: S) where S.Element == String {
        map = WordMap(words.lazy.map { ($0, true) })
    }

    var count: Int { map.count }

    /// The words, in the order they were added.
    var words: [String] { map.keys }

    func contains(_ word: String) -> Bool { map[word] != nil }
}
