/// A command as the shell knows it: its name, help, arguments and what it does.
///
/// Dispatch, `.help` and TAB completion all read this one value, so they cannot disagree.
public struct CommandSpec: Sendable {
  public typealias Action = @Sendable (Invocation, Session) throws -> Void

  public var name: String
  public var summary: String
  /// Longer help shown by `.help NAME`, one paragraph per element.
  public var details: [String]
  public var arguments: [ArgumentSpec]
  public var options: [OptionSpec]
  /// Whether TAB offers the name. A command whose name is a prefix of a more frequent one
  /// (`claim` of `claims`) stays out of the way, so `cla` TAB still gives `claims`.
  public var completesByName: Bool
  public var run: Action

  public init(
    name: String, summary: String, details: [String] = [], arguments: [ArgumentSpec] = [],
    options: [OptionSpec] = [], completesByName: Bool = true, run: @escaping Action
  ) {
    self.name = name
    self.summary = summary
    self.details = details
    self.arguments = arguments
    self.options = options
    self.completesByName = completesByName
    self.run = run
  }

  /// `read [a1] [--all]`
  public var usage: String {
    ([name] + arguments.map(\.usage) + options.map(\.usage)).joined(separator: " ")
  }

  /// The kind of the positional argument at `index`, following a variadic last argument.
  func argumentKind(at index: Int) -> ArgumentKind? {
    if index < arguments.count { return arguments[index].kind }
    if let last = arguments.last, last.isVariadic { return last.kind }
    return nil
  }
}
