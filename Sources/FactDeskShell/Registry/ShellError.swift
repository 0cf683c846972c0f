/// A mistake in what was typed. Each reads as one line that says how to put it right.
public enum ShellError: Error, Equatable, CustomStringConvertible {
  case unknownCommand(String, suggestion: String?)
  case unknownOption(command: String, option: String, known: [String])
  case missingOptionValue(command: String, option: String)
  case missingArgument(command: String, usage: String, name: String)
  case extraArguments(command: String, usage: String, extra: [String])
  case wrongIDKind(text: String, expected: String, example: String)
  case invalidValue(String)
  case noArticleInUse(command: String)
  case tokenizing(Tokenizer.Failure)
  case lineTooLong(limit: Int)
  case cannotReadScript(path: String, reason: String)
  /// A batch of script commands failed to commit; they ran but were not saved.
  case batchNotSaved(fromLine: Int, cause: String)

  public var description: String {
    switch self {
    case .unknownCommand(let name, let suggestion):
      if let suggestion {
        "unknown command \(name); did you mean \(suggestion)?"
      } else {
        "unknown command \(name); .help lists the commands"
      }
    case .unknownOption(let command, let option, let known):
      known.isEmpty
        ? "\(command) takes no options (got \(option))"
        : "\(command) has no option \(option) (options: \(known.map { "--" + $0 }.joined(separator: ", ")))"
    case .missingOptionValue(let command, let option): "\(command): \(option) needs a value"
    case .missingArgument(_, let usage, let name): "missing \(name); usage: \(usage)"
    case .extraArguments(_, let usage, let extra):
      "unexpected \(extra.joined(separator: " ")); usage: \(usage)"
    case .wrongIDKind(let text, let expected, let example):
      "\(text) is not a\(expected.first.map { "aeiou".contains($0) } == true ? "n" : "") \(expected) ID (like \(example))"
    case .invalidValue(let message): message
    case .noArticleInUse(let command):
      "no article in use; name one (\(command) a1) or pick one with use a1"
    case .tokenizing(let failure): failure.description
    case .lineTooLong(let limit): "line longer than \(limit / 1024) KB ignored"
    case .cannotReadScript(let path, let reason): "cannot read \(path): \(reason)"
    case .batchNotSaved(let line, let cause):
      "\(cause); the commands from line \(line) on were not saved, run them again"
    }
  }
}
