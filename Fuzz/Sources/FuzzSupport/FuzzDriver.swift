import CFuzzerDriver

/// The one libFuzzer loop every target runs: each target's `main` hands its own check of one
/// input to ``run(_:_:_:)``, which gives libFuzzer's arguments and the check to libFuzzer.
public enum FuzzDriver {
    /// The target's check; libFuzzer calls a C function, which cannot capture it.
    nonisolated(unsafe) private static var check: ((UnsafeBufferPointer<UInt8>) -> Void)?

    /// Runs libFuzzer with the command line `argc`/`argv`; `check` is called with the bytes of
    /// each input (empty ones included) and stops the run through ``Invariant`` when an
    /// invariant breaks.
    public static func run(
        _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
        _ check: @escaping (UnsafeBufferPointer<UInt8>) -> Void
    ) -> CInt {
        Self.check = check
        var argc = argc
        var argv = argv
        return LLVMFuzzerRunDriver(&argc, &argv) { start, count in
            FuzzDriver.check?(UnsafeBufferPointer(start: count == 0 ? nil : start, count: count))
            return 0
        }
    }
}
