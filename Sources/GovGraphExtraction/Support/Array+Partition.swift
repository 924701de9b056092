extension Array {
    /// The index of the first element for which `isInSecondPart` holds, in an array where every
    /// such element comes after every other (a binary search; `count` when there is none).
    ///
    /// - Complexity: O(log n).
    func partitioningIndex(where isInSecondPart: (Element) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let mid = (low + high) / 2
            if isInSecondPart(self[mid]) { high = mid } else { low = mid + 1 }
        }
        return low
    }

    /// The indices of the elements whose `key` lies in `lower..<upper` (none when `upper` is not
    /// above `lower`), in an array ordered by `key`: two binary searches.
    ///
    /// - Complexity: O(log n).
    func indices<Key: Comparable>(by key: (Element) -> Key, from lower: Key, to upper: Key) -> Range<Int> {
        let first = partitioningIndex { key($0) >= lower }
        return first..<Swift.max(first, partitioningIndex { key($0) >= upper })
    }
}
