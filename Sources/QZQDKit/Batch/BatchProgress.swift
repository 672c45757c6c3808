/// Hears what a batch is doing, one event at a time (the runner serializes
/// the calls), from any of its threads.
public protocol BatchProgress: Sendable {
    func started(total: Int, totalBytes: Int)
    func began(_ input: BatchInput)
    func finished(_ input: BatchInput, _ entry: ManifestEntry)
    func ended()
}
