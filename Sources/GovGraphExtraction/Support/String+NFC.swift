import Foundation

extension String {
    /// The string in Unicode Normalization Form C.
    var precomposedNFC: String { precomposedStringWithCanonicalMapping }
}
