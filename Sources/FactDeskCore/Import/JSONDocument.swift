/// A JSON value that remembers the line it starts on and the bytes it came from, so an
/// import can say where a file is wrong and copy nested JSON (claim reasons, event states)
/// back byte for byte.
public struct JSONNode: Sendable {
  public enum Value: Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONNode])
    case object([String: JSONNode])
  }

  public var value: Value
  public var line: Int
  /// Where the value lies in the parsed bytes.
  public var range: Range<Int>
}

/// Why a JSON file could not be read, with its line.
public struct JSONSyntaxError: Error, Equatable, CustomStringConvertible {
  public var line: Int
  public var message: String
  public var description: String { "line \(line): \(message)" }
}

/// A small strict JSON parser (RFC 8259) over UTF-8 bytes that tracks lines.
public struct JSONDocumentParser {
  private let bytes: [UInt8]
  private var index = 0
  private var line = 1
  private var depth = 0
  /// Deeper documents are refused rather than overflowing the stack.
  static let maximumDepth = 256

  public init(_ bytes: [UInt8]) { self.bytes = bytes }

  /// Parses one JSON document; trailing text other than white space is an error.
  public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONNode {
    var parser = JSONDocumentParser(bytes)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.index = 3 }
    let node = try parser.value()
    parser.skipSpace()
    if parser.index < bytes.count { throw parser.failure("unexpected text after the document") }
    return node
  }

  private func failure(_ message: String) -> JSONSyntaxError {
    JSONSyntaxError(line: line, message: message)
  }

  private mutating func skipSpace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x09, 0x0D: index += 1
      case 0x0A:
        line += 1
        index += 1
      default: return
      }
    }
  }

  private mutating func value() throws(JSONSyntaxError) -> JSONNode {
    skipSpace()
    guard index < bytes.count else { throw failure("unexpected end of file") }
    let start = index
    let startLine = line
    let value: JSONNode.Value
    switch bytes[index] {
    case UInt8(ascii: "{"): value = try object()
    case UInt8(ascii: "["): value = try array()
    case UInt8(ascii: "\""): value = .string(try string())
    case UInt8(ascii: "t"): value = try literal("true", .bool(true))
    case UInt8(ascii: "f"): value = try literal("false", .bool(false))
    case UInt8(ascii: "n"): value = try literal("null", .null)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): value = try number()
    default: throw failure("unexpected character \(printable(bytes[index]))")
    }
    return JSONNode(value: value, line: startLine, range: start..<index)
  }

  private func printable(_ byte: UInt8) -> String {
    byte >= 0x20 && byte < 0x7F ? "'\(Character(Unicode.Scalar(byte)))'" : "byte \(byte)"
  }

  private mutating func literal(_ word: String, _ value: JSONNode.Value) throws(JSONSyntaxError)
    -> JSONNode.Value
  {
    let utf8 = Array(word.utf8)
    guard index + utf8.count <= bytes.count, Array(bytes[index..<index + utf8.count]) == utf8
    else { throw failure("unexpected word; expected \(word)") }
    index += utf8.count
    return value
  }

  private mutating func number() throws(JSONSyntaxError) -> JSONNode.Value {
    let start = index
    while index < bytes.count,
      (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index])
        || [
          UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: "e"),
          UInt8(ascii: "E"),
        ].contains(bytes[index])
    {
      index += 1
    }
    let text = String(decoding: bytes[start..<index], as: UTF8.self)
    guard let number = Double(text), number.isFinite else {
      throw failure("malformed number \(text)")
    }
    return .number(number)
  }

  private mutating func string() throws(JSONSyntaxError) -> String {
    index += 1
    var result: [UInt8] = []
    var runStart = index
    while true {
      guard index < bytes.count else { throw failure("unterminated string") }
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        result.append(contentsOf: bytes[runStart..<index])
        index += 1
        break
      }
      if byte < 0x20 { throw failure("control character inside a string") }
      guard byte == UInt8(ascii: "\\") else {
        index += 1
        continue
      }
      result.append(contentsOf: bytes[runStart..<index])
      index += 1
      guard index < bytes.count else { throw failure("unterminated string") }
      let escape = bytes[index]
      index += 1
      switch escape {
      case UInt8(ascii: "\""): result.append(UInt8(ascii: "\""))
      case UInt8(ascii: "\\"): result.append(UInt8(ascii: "\\"))
      case UInt8(ascii: "/"): result.append(UInt8(ascii: "/"))
      case UInt8(ascii: "b"): result.append(0x08)
      case UInt8(ascii: "f"): result.append(0x0C)
      case UInt8(ascii: "n"): result.append(0x0A)
      case UInt8(ascii: "r"): result.append(0x0D)
      case UInt8(ascii: "t"): result.append(0x09)
      case UInt8(ascii: "u"):
        var code = try hex4()
        if (0xD800..<0xDC00).contains(code) {
          guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
            bytes[index + 1] == UInt8(ascii: "u")
          else { throw failure("unpaired surrogate in \\u escape") }
          index += 2
          let low = try hex4()
          guard (0xDC00..<0xE000).contains(low) else {
            throw failure("unpaired surrogate in \\u escape")
          }
          code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
        }
        guard let scalar = Unicode.Scalar(code) else { throw failure("invalid \\u escape") }
        result.append(contentsOf: Array(String(Character(scalar)).utf8))
      default: throw failure("invalid escape \\\(Character(Unicode.Scalar(escape)))")
      }
      runStart = index
    }
    guard let text = String(validating: result, as: UTF8.self) else {
      throw failure("string is not valid UTF-8")
    }
    return text
  }

  private mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
    guard index + 4 <= bytes.count,
      let code = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16)
    else { throw failure("invalid \\u escape") }
    index += 4
    return code
  }

  private mutating func nest() throws(JSONSyntaxError) {
    depth += 1
    if depth > Self.maximumDepth { throw failure("nested deeper than \(Self.maximumDepth)") }
  }

  private mutating func array() throws(JSONSyntaxError) -> JSONNode.Value {
    try nest()
    defer { depth -= 1 }
    index += 1
    var elements: [JSONNode] = []
    skipSpace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
      index += 1
      return .array(elements)
    }
    while true {
      elements.append(try value())
      skipSpace()
      guard index < bytes.count else { throw failure("unterminated array") }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
      } else if bytes[index] == UInt8(ascii: "]") {
        index += 1
        return .array(elements)
      } else {
        throw failure("expected , or ] in an array, found \(printable(bytes[index]))")
      }
    }
  }

  private mutating func object() throws(JSONSyntaxError) -> JSONNode.Value {
    try nest()
    defer { depth -= 1 }
    index += 1
    var members: [String: JSONNode] = [:]
    skipSpace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
      index += 1
      return .object(members)
    }
    while true {
      skipSpace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
        throw failure("expected a member name in quotes")
      }
      let key = try string()
      skipSpace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
        throw failure("expected : after \"\(key)\"")
      }
      index += 1
      if members[key] != nil { throw failure("member \"\(key)\" given twice") }
      members[key] = try value()
      skipSpace()
      guard index < bytes.count else { throw failure("unterminated object") }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
      } else if bytes[index] == UInt8(ascii: "}") {
        index += 1
        return .object(members)
      } else {
        throw failure("expected , or } in an object, found \(printable(bytes[index]))")
      }
    }
  }
}
