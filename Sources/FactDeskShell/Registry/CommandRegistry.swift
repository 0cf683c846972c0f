import FactDeskCore

/// The table of commands: dispatch, help and completion all read it.
public struct CommandRegistry: Sendable {
  public let commands: [CommandSpec]
  private let byName: [String: CommandSpec]

  public init(_ commands: [CommandSpec]) {
    self.commands = commands
    byName = Dictionary(uniqueKeysWithValues: commands.map { ($0.name, $0) })
  }

  public subscript(name: String) -> CommandSpec? { byName[name] }

  public var names: [String] { commands.map(\.name) }

  /// The closest command name to a mistyped one, when it is close enough to be a typo.
  public func suggestion(for name: String) -> String? {
    let prefixed = commands.filter { $0.completesByName && $0.name.hasPrefix(name) }
    if prefixed.count == 1 { return prefixed[0].name }
    let scored = names.map { ($0, EditDistance.between($0, name)) }
    guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
    let tolerance = name.count <= 3 ? 1 : max(2, min(3, name.count / 3))
    return best.1 <= tolerance ? best.0 : nil
  }

  /// Looks up the command named by the first word, or explains what is wrong.
  public func command(named name: String) throws(ShellError) -> CommandSpec {
    if let spec = byName[name] { return spec }
    throw .unknownCommand(name, suggestion: suggestion(for: name))
  }
}
