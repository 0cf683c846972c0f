import Foundation

/// Where command lines come from: a script file, standard input, `-c` or a terminal.
public protocol LineSource {
  /// How errors name this source: the script's path, `<stdin>`, `-c`.
  var name: String { get }
  /// The number of the line last returned, from 1.
  var lineNumber: Int { get }
  /// Whether a person types the lines (no file and line in errors, no bail).
  var isInteractive: Bool { get }
  /// The next line without its line end; nil at the end.
  mutating func nextLine(prompt: String) -> String?
  /// Whether the next line can be read without waiting for someone to write it.
  var hasLineReady: Bool { get }
}

extension LineSource {
  /// Files and `-c` lines are all there from the start.
  public var hasLineReady: Bool { true }
}

/// Lines of a script file, read whole and checked to be UTF-8 text before anything runs.
public struct ScriptFile: LineSource {
  public let name: String
  public private(set) var lineNumber = 0
  public var isInteractive: Bool { false }
  private var lines: [Substring]

  public init(path: String) throws(ShellError) {
    name = path
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw .cannotReadScript(path: path, reason: "no such file")
    }
    guard !isDirectory.boolValue else {
      throw .cannotReadScript(path: path, reason: "it is a directory")
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw .cannotReadScript(path: path, reason: "permission denied")
    }
    guard let text = String(validating: data, as: UTF8.self) else {
      throw .cannotReadScript(path: path, reason: "not UTF-8 text")
    }
    lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    if lines.last == "" { lines.removeLast() }
  }

  public mutating func nextLine(prompt: String) -> String? {
    guard lineNumber < lines.count else { return nil }
    defer { lineNumber += 1 }
    var line = lines[lineNumber]
    if line.last == "\r" { line.removeLast() }
    return String(line)
  }
}

/// Lines given with `-c`, one command each.
public struct CommandLines: LineSource {
  public let name = "-c"
  public private(set) var lineNumber = 0
  public var isInteractive: Bool { false }
  private let commands: [String]

  public init(_ commands: [String]) { self.commands = commands }

  public mutating func nextLine(prompt: String) -> String? {
    guard lineNumber < commands.count else { return nil }
    defer { lineNumber += 1 }
    return commands[lineNumber]
  }
}

/// Standard input when it is not a terminal: a script piped in, no prompt, no history.
public struct StandardInputLines: LineSource {
  public let name = "<stdin>"
  public private(set) var lineNumber = 0
  public var isInteractive: Bool { false }

  public init() {}

  /// A file or a finished pipe has its lines ready; a program still writing may not.
  /// (Lines already in stdio's buffer count as not ready, which only commits a batch early.)
  public var hasLineReady: Bool {
    var request = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
    return poll(&request, 1, 0) > 0
  }

  public mutating func nextLine(prompt: String) -> String? {
    guard let line = readLine(strippingNewline: true) else { return nil }
    lineNumber += 1
    return line.last == "\r" ? String(line.dropLast()) : line
  }
}
