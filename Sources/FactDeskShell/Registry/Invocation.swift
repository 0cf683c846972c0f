import FactDeskCore
import Foundation

/// A command line matched against its spec: the positional words by name and the options.
public struct Invocation: Sendable {
  public let spec: CommandSpec
  /// The line as typed, recorded in the event log.
  public let line: String
  // A command has a handful of arguments: arrays searched by name cost less than
  // dictionaries, which hash every name on every insert and look-up.
  private let positional: [(name: String, values: [String])]
  /// Every option given, in order; a repeated option appears once per value.
  private let options: [(name: String, value: String)]
  private let flags: [String]

  /// Matches `words` (the command name first) against `spec`, or says what is wrong.
  init(spec: CommandSpec, words: [String], line: String) throws(ShellError) {
    self.spec = spec
    self.line = line
    var values: [String] = []
    values.reserveCapacity(words.count)
    var options: [(name: String, value: String)] = []
    var flags: [String] = []
    var index = 1
    var optionsEnded = false
    while index < words.count {
      let word = words[index]
      index += 1
      if word == "--" && !optionsEnded {
        optionsEnded = true
        continue
      }
      guard !optionsEnded, word.hasPrefix("--"), word.count > 2 else {
        values.append(word)
        continue
      }
      let name = String(word.dropFirst(2))
      guard let option = spec.options.first(where: { $0.name == name }) else {
        throw .unknownOption(command: spec.name, option: word, known: spec.options.map(\.name))
      }
      if option.value == nil {
        if !flags.contains(name) { flags.append(name) }
      } else {
        guard index < words.count else {
          throw .missingOptionValue(command: spec.name, option: word)
        }
        options.append((name, words[index]))
        index += 1
      }
    }
    var positional: [(name: String, values: [String])] = []
    positional.reserveCapacity(spec.arguments.count)
    var remaining = values[...]
    for argument in spec.arguments {
      if argument.isVariadic {
        if remaining.isEmpty && !argument.isOptional {
          throw .missingArgument(command: spec.name, usage: spec.usage, name: argument.name)
        }
        positional.append((argument.name, Array(remaining)))
        remaining = []
      } else if let value = remaining.first {
        positional.append((argument.name, [value]))
        remaining = remaining.dropFirst()
      } else if !argument.isOptional {
        throw .missingArgument(command: spec.name, usage: spec.usage, name: argument.name)
      }
    }
    if !remaining.isEmpty {
      throw .extraArguments(command: spec.name, usage: spec.usage, extra: Array(remaining))
    }
    self.positional = positional
    self.options = options
    self.flags = flags
  }

  // MARK: - Reading arguments

  public func string(_ name: String) -> String? { strings(name).first }

  public func strings(_ name: String) -> [String] {
    positional.first { $0.name == name }?.values ?? []
  }

  /// The option's value; the last one when it was given more than once.
  public func option(_ name: String) -> String? { options.last { $0.name == name }?.value }

  /// Every value given to a repeatable option, each split at commas: `--article a1,a2
  /// --article a3` gives a1, a2, a3.
  public func optionList(_ name: String) -> [String] {
    options.filter { $0.name == name }.flatMap { $0.value.split(separator: ",") }.map {
      $0.trimmingCharacters(in: .whitespaces)
    }.filter { !$0.isEmpty }
  }

  public func flag(_ name: String) -> Bool { flags.contains(name) }

  /// The article named by argument `name`, else the article in use, else an error.
  public func article(_ name: String, in session: Session) throws -> ArticleID {
    if let text = string(name) { return try Invocation.id(text) }
    if let current = session.currentArticle { return current }
    throw ShellError.noArticleInUse(command: spec.name)
  }

  /// Parses a typed ID such as `c7`, with an error that names the kind expected.
  public static func id<Kind: EntityKind>(_ text: String) throws(ShellError) -> EntityID<Kind> {
    guard let id = EntityID<Kind>(text: text) else {
      throw .wrongIDKind(text: text, expected: Kind.noun, example: "\(Kind.prefix)1")
    }
    return id
  }
}
