import Foundation

/// The values completion can offer for each argument kind, looked up when TAB is pressed.
public protocol CompletionSource {
  func candidates(for kind: ArgumentKind) -> [String]
}

/// Works out what TAB should offer from the line typed so far.
public struct Completer {
  public let registry: CommandRegistry
  public let source: any CompletionSource

  public init(registry: CommandRegistry, source: any CompletionSource) {
    self.registry = registry
    self.source = source
  }

  /// Completions for the word being typed at the end of `line`, sorted, each a whole word.
  public func completions(forLine line: String) -> [String] {
    let (words, current) = Tokenizer.partialWords(of: line)
    let typed = current ?? ""
    guard let commandName = words.first else {
      return registry.commands.filter { $0.completesByName && $0.name.hasPrefix(typed) }
        .map(\.name).sorted()
    }
    guard let spec = registry[commandName] else { return [] }
    if typed.hasPrefix("-") {
      return spec.options.map { "--" + $0.name }.filter { $0.hasPrefix(typed) }.sorted()
    }
    guard let kind = kind(ofNextWordAfter: Array(words.dropFirst()), in: spec) else { return [] }
    if kind == .path { return PathCompletion.candidates(for: typed) }
    return source.candidates(for: kind).filter { $0.hasPrefix(typed) }.sorted(
      by: Completer.naturalOrder)
  }

  /// The kind of the word after `words`: an option's value or the next positional argument.
  private func kind(ofNextWordAfter words: [String], in spec: CommandSpec) -> ArgumentKind? {
    var positionalCount = 0
    var index = 0
    while index < words.count {
      let word = words[index]
      if word.hasPrefix("--"), let option = spec.options.first(where: { "--" + $0.name == word }) {
        if let value = option.value {
          if index == words.count - 1 { return value }
          index += 1
        }
      } else {
        positionalCount += 1
      }
      index += 1
    }
    return spec.argumentKind(at: positionalCount)
  }

  /// c2 before c10: IDs sort by their number.
  static func naturalOrder(_ lhs: String, _ rhs: String) -> Bool {
    lhs.compare(rhs, options: .numeric) == .orderedAscending
  }
}

/// File-name completion relative to the current directory.
enum PathCompletion {
  static func candidates(for typed: String) -> [String] {
    let expanded = (typed as NSString).expandingTildeInPath
    let directory: String
    let prefix: String
    if typed.hasSuffix("/") {
      directory = expanded
      prefix = ""
    } else {
      directory = (expanded as NSString).deletingLastPathComponent
      prefix = (expanded as NSString).lastPathComponent
    }
    let listed =
      (try? FileManager.default.contentsOfDirectory(atPath: directory.isEmpty ? "." : directory))
      ?? []
    let typedDirectory = typed.hasSuffix("/") ? typed : String(typed.dropLast(prefix.count))
    return listed.filter { $0.hasPrefix(prefix) && (!$0.hasPrefix(".") || prefix.hasPrefix(".")) }
      .map { name in
        var isDirectory: ObjCBool = false
        let full = ((directory.isEmpty ? "." : directory) as NSString).appendingPathComponent(name)
        _ = FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory)
        return typedDirectory + name + (isDirectory.boolValue ? "/" : "")
      }
      .sorted()
  }
}
