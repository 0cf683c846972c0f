import Foundation

/// The public evaluation data the measurements use: `$FACTDESK_EVAL_DIR`, else `shared/eval`
/// beside the repository. A clone without it skips the tests that need it, saying so.
enum EvalData {
  static let directory: URL? = {
    let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    var candidates = [repository.deletingLastPathComponent().appendingPathComponent("shared/eval")]
    if let configured = ProcessInfo.processInfo.environment["FACTDESK_EVAL_DIR"],
      !configured.isEmpty
    {
      candidates.insert(URL(fileURLWithPath: configured), at: 0)
    }
    return candidates.first {
      FileManager.default.fileExists(atPath: $0.appendingPathComponent("README.md").path)
    }
  }()
}
