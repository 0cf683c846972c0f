/// Why a file cannot be imported: where (line and field) and what is wrong.
public struct ImportError: Error, Equatable, CustomStringConvertible {
  public var line: Int
  public var field: String
  public var message: String

  public var description: String {
    field.isEmpty ? "line \(line): \(message)" : "line \(line): \(field): \(message)"
  }
}

/// A value of an imported document together with its path (`articles[0].claims[2].start`),
/// so every complaint names the line and field.
struct ImportField {
  let node: JSONNode
  let path: String

  func failure(_ message: String) -> ImportError {
    ImportError(line: node.line, field: path, message: message)
  }

  private func child(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

  /// A required member.
  func member(_ key: String) throws(ImportError) -> ImportField {
    guard case .object(let members) = node.value else { throw failure("expected an object") }
    guard let value = members[key] else {
      throw ImportError(line: node.line, field: child(key), message: "missing")
    }
    return ImportField(node: value, path: child(key))
  }

  /// A member that may be missing or null.
  func optionalMember(_ key: String) throws(ImportError) -> ImportField? {
    guard case .object(let members) = node.value else { throw failure("expected an object") }
    guard let value = members[key] else { return nil }
    if case .null = value.value { return nil }
    return ImportField(node: value, path: child(key))
  }

  func elements() throws(ImportError) -> [ImportField] {
    guard case .array(let items) = node.value else { throw failure("expected an array") }
    return items.enumerated().map { ImportField(node: $1, path: "\(path)[\($0)]") }
  }

  func string() throws(ImportError) -> String {
    guard case .string(let text) = node.value else { throw failure("expected a string") }
    return text
  }

  func int() throws(ImportError) -> Int {
    guard case .number(let number) = node.value, number == number.rounded(),
      abs(number) < 9e15
    else { throw failure("expected an integer") }
    return Int(number)
  }

  func double() throws(ImportError) -> Double {
    guard case .number(let number) = node.value else { throw failure("expected a number") }
    return number
  }

  func string(_ key: String) throws(ImportError) -> String { try member(key).string() }
  func int(_ key: String) throws(ImportError) -> Int { try member(key).int() }
  func optionalString(_ key: String) throws(ImportError) -> String? {
    try optionalMember(key)?.string()
  }
  func optionalInt(_ key: String) throws(ImportError) -> Int? { try optionalMember(key)?.int() }

  func strings(_ key: String) throws(ImportError) -> [String] {
    var result: [String] = []
    for element in try member(key).elements() { result.append(try element.string()) }
    return result
  }

  /// A typed ID such as `c7`.
  func id<Kind: EntityKind>(_ key: String, as kind: Kind.Type) throws(ImportError) -> EntityID<
    Kind
  > {
    let field = try member(key)
    guard let id = EntityID<Kind>(text: try field.string()) else {
      throw field.failure(
        "expected a\(Kind.noun == "article" ? "n" : "") \(Kind.noun) ID like \(Kind.prefix)1")
    }
    return id
  }

  /// A half-open span `start`/`end` inside a text of `length` scalars.
  func span(length: Int) throws(ImportError) -> TextSpan {
    let start = try int("start")
    let end = try int("end")
    guard start >= 0, start <= end, end <= length else {
      throw failure("span \(start)..<\(end) lies outside the article text (\(length) characters)")
    }
    return TextSpan(start: start, end: end)
  }

  /// The exact JSON text of this value, copied from the file.
  func rawJSON(in bytes: [UInt8]) -> String {
    String(decoding: bytes[node.range], as: UTF8.self)
  }
}
