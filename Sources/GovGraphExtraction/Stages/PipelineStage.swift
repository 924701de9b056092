/// One step of the extraction pipeline: it reads some layers of a ``Document`` and adds one.
///
/// Stages are pure and synchronous; a pipeline is a list of stages run in order.
///
/// ```swift
/// var document = Document(text: "Leipzigs Oberbürgermeister Burkhard Jung …")
/// Tokenizer().process(&document)
/// SentenceSplitter(abbreviations: ["dr"]).process(&document)
/// ```
public protocol PipelineStage: Sendable {
    func process(_ document: inout Document)
}
