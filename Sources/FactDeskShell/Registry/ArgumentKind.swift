/// What an argument holds: it decides how the argument is checked and completed.
public enum ArgumentKind: Sendable, Equatable {
  case article
  case claim
  case quote
  case sentence
  case person
  /// Any ID an editor can type: a1, s12, q4, c7, p2.
  case anyID
  case tag
  case verdictLabel
  /// The name of a shell command, for `.help`.
  case command
  case path
  /// One of a fixed set of words.
  case choice([String])
  case number
  case text

  /// How the kind reads in help: `ARTICLE`, `CLAIM`, `PATH`.
  var placeholder: String {
    switch self {
    case .article: "a1"
    case .claim: "c7"
    case .quote: "q4"
    case .sentence: "s12"
    case .person: "p2"
    case .anyID: "ID"
    case .tag: "TAG"
    case .verdictLabel: "LABEL"
    case .command: "COMMAND"
    case .path: "PATH"
    case .choice(let words): words.joined(separator: "|")
    case .number: "N"
    case .text: "TEXT"
    }
  }
}

/// One positional argument of a command.
public struct ArgumentSpec: Sendable {
  public var name: String
  public var kind: ArgumentKind
  public var isOptional: Bool
  /// Takes every remaining word.
  public var isVariadic: Bool

  public init(_ name: String, _ kind: ArgumentKind, optional: Bool = false, variadic: Bool = false)
  {
    self.name = name
    self.kind = kind
    self.isOptional = optional
    self.isVariadic = variadic
  }

  var usage: String {
    let core = isVariadic ? "\(kind.placeholder)..." : kind.placeholder
    return isOptional ? "[\(core)]" : core
  }
}

/// One `--option`, with a value of some kind or none (a flag).
public struct OptionSpec: Sendable {
  public var name: String
  public var value: ArgumentKind?
  public var help: String

  public init(_ name: String, _ value: ArgumentKind? = nil, help: String) {
    self.name = name
    self.value = value
    self.help = help
  }

  var usage: String { value.map { "[--\(name) \($0.placeholder)]" } ?? "[--\(name)]" }
}
