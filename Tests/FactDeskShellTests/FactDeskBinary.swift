import Foundation

/// Runs the built `factdesk` executable as a user would, capturing what it prints.
struct FactDeskBinary {
  struct Result {
    /// Standard output and standard error interleaved, as a terminal shows them.
    var output: String
    var status: Int32
  }

  /// The executable built next to this test bundle.
  static var url: URL {
    let testExecutable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    var directory = testExecutable.deletingLastPathComponent()
    while directory.path != "/" {
      let candidate = directory.appendingPathComponent("factdesk")
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory),
        !isDirectory.boolValue
      {
        return candidate
      }
      directory.deleteLastPathComponent()
    }
    fatalError("factdesk executable not found near \(testExecutable.path)")
  }

  /// The repository root, found from this source file's path.
  static var repositoryRoot: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
  }

  /// Runs factdesk with `arguments`; `wrappedIn` puts a command before it (such as setpriv).
  static func run(
    _ arguments: [String], input: String? = nil, directory: URL? = nil,
    environment extra: [String: String] = [:], wrappedIn wrapper: [String] = []
  ) throws -> Result {
    let process = Process()
    if let launcher = wrapper.first {
      process.executableURL = URL(fileURLWithPath: launcher)
      process.arguments = Array(wrapper.dropFirst()) + [url.path] + arguments
    } else {
      process.executableURL = url
      process.arguments = arguments
    }
    process.currentDirectoryURL = directory ?? repositoryRoot
    var environment = ProcessInfo.processInfo.environment
    environment["FACTDESK_EDITOR"] = "tester"
    environment["FACTDESK_NOW"] = "2026-01-15T09:30:00Z"
    environment.removeValue(forKey: "FACTDESK_DB")
    for (key, value) in extra { environment[key] = value }
    process.environment = environment
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    let stdin = Pipe()
    process.standardInput = stdin
    try process.run()
    if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
    try stdin.fileHandleForWriting.close()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(output: String(decoding: data, as: UTF8.self), status: process.terminationStatus)
  }
}
