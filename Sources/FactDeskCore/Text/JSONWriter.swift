/// A fast, forward-only JSON writer into a byte buffer.
///
/// `JSONEncoder` builds a tree and sorts nothing we need sorted; for the streams factdesk writes
/// (one object per article, exports of 100,000 claims) writing bytes straight is several times
/// faster and keeps memory flat. The caller is responsible for well-formed nesting; commas
/// between members and elements are inserted automatically.
public struct JSONWriter: Sendable {
  public private(set) var bytes: [UInt8] = []
  /// One flag per open container: whether it already holds a member or element.
  private var containerHasContent: [Bool] = []
  /// Set after a key is written, so the value that follows gets no comma.
  private var afterKey = false
  /// Set by `breakLine()`: the next separator is followed by a line feed.
  private var lineBreakPending = false

  public init(reservingCapacity capacity: Int = 0) { bytes.reserveCapacity(capacity) }

  /// Hands over the bytes written so far and starts an empty buffer; nesting state is kept,
  /// so a long document can be flushed piece by piece.
  public mutating func takeBytes() -> [UInt8] {
    defer { bytes.removeAll(keepingCapacity: true) }
    return bytes
  }

  // MARK: - Containers

  public mutating func beginObject() {
    separate()
    bytes.append(UInt8(ascii: "{"))
    containerHasContent.append(false)
  }

  public mutating func endObject() {
    containerHasContent.removeLast()
    bytes.append(UInt8(ascii: "}"))
  }

  public mutating func beginArray() {
    separate()
    bytes.append(UInt8(ascii: "["))
    containerHasContent.append(false)
  }

  public mutating func endArray() {
    containerHasContent.removeLast()
    bytes.append(UInt8(ascii: "]"))
  }

  /// Writes a member name; the next value call writes its value.
  public mutating func key(_ name: String) {
    separate()
    appendQuoted(name)
    bytes.append(UInt8(ascii: ":"))
    afterKey = true
  }

  // MARK: - Values

  public mutating func string(_ value: String) {
    separate()
    appendQuoted(value)
  }

  /// Writes a string value from Unicode scalars, sparing the caller a String allocation.
  public mutating func string<S: Sequence>(scalars: S) where S.Element == Unicode.Scalar {
    separate()
    bytes.append(UInt8(ascii: "\""))
    for scalar in scalars { appendEscaped(scalar) }
    bytes.append(UInt8(ascii: "\""))
  }

  /// Writes a string value from UTF-8 bytes the caller guarantees valid, such as a slice of
  /// an article's text, sparing a `String` per value.
  public mutating func string(utf8: UnsafeBufferPointer<UInt8>) {
    separate()
    bytes.append(UInt8(ascii: "\""))
    let needsEscaping = utf8.contains {
      $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\")
    }
    if needsEscaping {
      for scalar in String(decoding: utf8, as: UTF8.self).unicodeScalars { appendEscaped(scalar) }
    } else {
      bytes.append(contentsOf: utf8)
    }
    bytes.append(UInt8(ascii: "\""))
  }

  public mutating func string(_ value: String?) {
    if let value { string(value) } else { null() }
  }

  public mutating func int(_ value: Int) {
    separate()
    appendDecimal(value)
  }

  /// Writes a number in [0, 1]-style precision: up to three decimals, no exponent.
  public mutating func double(_ value: Double, decimals: Int = 3) {
    separate()
    guard value.isFinite else {
      bytes.append(contentsOf: "null".utf8)
      return
    }
    var scale = 1
    for _ in 0..<decimals { scale *= 10 }
    var scaled = Int((abs(value) * Double(scale)).rounded())
    if value < 0 && scaled != 0 { bytes.append(UInt8(ascii: "-")) }
    appendDecimal(scaled / scale)
    scaled %= scale
    guard scaled != 0 else { return }
    bytes.append(UInt8(ascii: "."))
    var digits: [UInt8] = []
    var remaining = decimals
    while remaining > 0 {
      digits.append(UInt8(ascii: "0") + UInt8(scaled % 10))
      scaled /= 10
      remaining -= 1
    }
    while digits.first == UInt8(ascii: "0") { digits.removeFirst() }
    bytes.append(contentsOf: digits.reversed())
  }

  public mutating func bool(_ value: Bool) {
    separate()
    bytes.append(contentsOf: (value ? "true" : "false").utf8)
  }

  public mutating func null() {
    separate()
    bytes.append(contentsOf: "null".utf8)
  }

  /// Writes text that is already valid JSON (a nested document) as one value.
  public mutating func rawValue(_ json: String) {
    separate()
    bytes.append(contentsOf: json.utf8)
  }

  /// Starts the next member or element on a new line, so long documents (one article or
  /// claim per line) diff line by line.
  public mutating func breakLine() { lineBreakPending = true }

  // MARK: - Helpers

  private mutating func separate() {
    if afterKey {
      afterKey = false
      return
    }
    guard let last = containerHasContent.indices.last else { return }
    if containerHasContent[last] { bytes.append(UInt8(ascii: ",")) }
    containerHasContent[last] = true
    if lineBreakPending {
      lineBreakPending = false
      bytes.append(UInt8(ascii: "\n"))
    }
  }

  /// Copies runs of bytes that need no escaping in one go; only '"', '\\' and control bytes
  /// are escaped, which keeps a 20 MB article with a newline every paragraph at memory speed.
  private mutating func appendQuoted(_ value: String) {
    bytes.append(UInt8(ascii: "\""))
    var value = value
    value.withUTF8 { source in
      var runStart = 0
      for index in 0..<source.count {
        let byte = source[index]
        guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else {
          continue
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<index]))
        appendEscaped(Unicode.Scalar(byte))
        runStart = index + 1
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<source.count]))
    }
    bytes.append(UInt8(ascii: "\""))
  }

  private mutating func appendEscaped(_ scalar: Unicode.Scalar) {
    switch scalar {
    case "\"": bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
    case "\\": bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
    case "\n": bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
    case "\r": bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
    case "\t": bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
    default:
      if scalar.value < 0x20 {
        let hex: [UInt8] = Array("0123456789abcdef".utf8)
        bytes.append(contentsOf: [
          UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
          hex[Int(scalar.value >> 4)], hex[Int(scalar.value & 0xF)],
        ])
      } else {
        bytes.append(contentsOf: UTF8.encode(scalar)!)
      }
    }
  }

  /// Digits written backwards into a small buffer, then copied: no recursion, one append.
  private mutating func appendDecimal(_ value: Int) {
    if value < 0 { bytes.append(UInt8(ascii: "-")) }
    var magnitude = value.magnitude
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
      var start = 20
      repeat {
        start -= 1
        digits[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
        magnitude /= 10
      } while magnitude > 0
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start..<20]))
    }
  }

}

extension JSONWriter {
  /// The written JSON as a string.
  public var text: String { String(decoding: bytes, as: UTF8.self) }
}
