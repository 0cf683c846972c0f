/// A fast, forward-only JSON writer into a byte buffer.
///
/// `JSONEncoder` builds a tree and sorts nothing we need sorted; for the streams factdesk writes
/// (one object per article, exports of 100,000 claims) writing bytes straight is several times
/// faster and keeps memory flat. The caller is responsible for well-formed nesting; commas
/// between members and elements are inserted automatically.
public struct JSONWriter: Sendable {
  public private(set) var bytes: [UInt8] = []
  /// How many containers are open.
  private var depth = 0
  /// Whether the innermost open container already holds a member or element: kept apart
  /// from the enclosing ones' flags, since every value reads and sets it.
  private var innermostHasContent = false
  /// The same flag for each enclosing container, outermost first.
  private var enclosingHaveContent: [Bool] = []
  /// Set after a key is written, so the value that follows gets no comma.
  private var afterKey = false
  /// Set by `breakLine()`: the next separator is followed by a line feed.
  private var lineBreakPending = false
  /// Where a streaming writer hands its bytes; nil keeps the whole document in `bytes`.
  private let sink: Sink?
  /// The buffer size past which a streaming writer flushes; never reached otherwise.
  private let chunkSize: Int

  /// Receives the bytes of a streaming writer, a chunk at a time.
  public typealias Sink = @Sendable (UnsafeRawBufferPointer) -> Void

  public init(reservingCapacity capacity: Int = 0) {
    sink = nil
    chunkSize = .max
    bytes.reserveCapacity(capacity)
  }

  /// A writer that hands its bytes to `sink` each time about `chunkSize` of them have
  /// accumulated (and in `flush()`), so a document of any size, such as a 20 MB article
  /// with its segmentation, is written through one reused buffer of about that size.
  public init(streamingTo sink: @escaping Sink, chunkSize: Int = 1 << 20) {
    self.sink = sink
    self.chunkSize = max(1, chunkSize)
    bytes.reserveCapacity(self.chunkSize + self.chunkSize / 4)
  }

  /// Hands the bytes written so far to the sink of a streaming writer; call it after the
  /// last value. A writer without a sink keeps its bytes.
  public mutating func flush() {
    guard let sink, !bytes.isEmpty else { return }
    bytes.withUnsafeBytes { sink($0) }
    bytes.removeAll(keepingCapacity: true)
  }

  /// Flushes a streaming writer whose buffer has reached its chunk size.
  @inline(__always)
  private mutating func flushIfFull() {
    if bytes.count >= chunkSize { flush() }
  }

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
    open(hasContent: false)
  }

  public mutating func endObject() {
    close()
    bytes.append(UInt8(ascii: "}"))
  }

  public mutating func beginArray() {
    separate()
    bytes.append(UInt8(ascii: "["))
    open(hasContent: false)
  }

  public mutating func endArray() {
    close()
    bytes.append(UInt8(ascii: "]"))
  }

  /// Writes a member name; the next value call writes its value.
  public mutating func key(_ name: String) {
    separate()
    appendQuoted(name)
    bytes.append(UInt8(ascii: ":"))
    afterKey = true
  }

  /// Writes a member name given as a literal that needs no escaping, copied as it is:
  /// the segmentation's objects repeat the same few names a hundred thousand times.
  public mutating func key(static name: StaticString) {
    separate()
    appendQuotedStatic(name)
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
    appendQuoted(utf8: utf8)
  }

  /// Writes `{"start":S,"end":E}` as one value: the shape of every span, written without
  /// the per-member bookkeeping of `beginObject`, `key` and `int`.
  public mutating func spanObject(start: Int, end: Int) {
    separate()
    appendSpanMembers(start: start, end: end)
    bytes.append(UInt8(ascii: "}"))
  }

  /// Opens an object with `"start":S,"end":E` as its first members; more members may follow
  /// and `endObject` closes it.
  public mutating func beginSpanObject(start: Int, end: Int) {
    separate()
    appendSpanMembers(start: start, end: end)
    open(hasContent: true)
  }

  /// Writes an array of `{"start":S,"end":E}` objects: the same bytes as `spanObject` in a
  /// loop, several times faster for the hundred thousand sentences of a large article.
  public mutating func spanArray(_ spans: [TextSpan]) {
    separate()
    bytes.append(UInt8(ascii: "["))
    // Per span: "," + {"start": + 20 digits + ,"end": + 20 digits + "}"
    let perSpan =
      1 + Self.spanOpening.utf8CodeUnitCount + 21 + Self.spanMiddle.utf8CodeUnitCount
      + 21 + 1
    // A streaming writer takes the spans a chunk at a time, so its buffer stays a chunk.
    let batch = max(1, chunkSize / perSpan)
    var batchStart = 0
    while batchStart < spans.count {
      let batchEnd = spans.count - batchStart <= batch ? spans.count : batchStart + batch
      appendWritten(maximumCount: (batchEnd - batchStart) * perSpan) { base in
        var out = base
        for index in batchStart..<batchEnd {
          if index > 0 {
            out.pointee = UInt8(ascii: ",")
            out += 1
          }
          out = Self.writeSpanMembers(start: spans[index].start, end: spans[index].end, at: out)
          out.pointee = UInt8(ascii: "}")
          out += 1
        }
        return out
      }
      flushIfFull()
      batchStart = batchEnd
    }
    bytes.append(UInt8(ascii: "]"))
  }

  /// `{"start":S,"end":E`, composed on the stack and appended in one go: appending its four
  /// parts one by one cost four times as much for the quotes and claims of a long article.
  private mutating func appendSpanMembers(start: Int, end: Int) {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { buffer in
      let first = buffer.baseAddress!
      let last = Self.writeSpanMembers(start: start, end: end, at: first)
      bytes.append(contentsOf: UnsafeBufferPointer(start: first, count: last - first))
    }
  }

  /// Writes `{"start":S,"end":E` (at most 56 bytes) at `out`; returns the position after it.
  @inline(__always)
  private static func writeSpanMembers(start: Int, end: Int, at out: UnsafeMutablePointer<UInt8>)
    -> UnsafeMutablePointer<UInt8>
  {
    var out = copy(spanOpening, to: out)
    out = writeDecimal(start, at: out)
    out = copy(spanMiddle, to: out)
    return writeDecimal(end, at: out)
  }

  @inline(__always)
  private static func copy(_ literal: StaticString, to out: UnsafeMutablePointer<UInt8>)
    -> UnsafeMutablePointer<UInt8>
  {
    out.update(from: literal.utf8Start, count: literal.utf8CodeUnitCount)
    return out + literal.utf8CodeUnitCount
  }

  private static var spanOpening: StaticString { #"{"start":"# }
  private static var spanMiddle: StaticString { #","end":"# }

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
    // The fraction's digits without trailing zeros, leading zeros kept: 0.050 -> "05".
    var places = decimals
    while scaled % 10 == 0 {
      scaled /= 10
      places -= 1
    }
    var divisor = 1
    for _ in 1..<places { divisor *= 10 }
    while divisor > 0 {
      bytes.append(UInt8(ascii: "0") + UInt8(scaled / divisor % 10))
      divisor /= 10
    }
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

  private mutating func open(hasContent: Bool) {
    if depth > 0 { enclosingHaveContent.append(innermostHasContent) }
    innermostHasContent = hasContent
    depth += 1
  }

  private mutating func close() {
    precondition(depth > 0, "a container closed that was never opened")
    depth -= 1
    if depth > 0 { innermostHasContent = enclosingHaveContent.removeLast() }
  }

  private mutating func separate() {
    flushIfFull()
    if afterKey {
      afterKey = false
      return
    }
    guard depth > 0 else { return }
    if innermostHasContent { bytes.append(UInt8(ascii: ",")) }
    innermostHasContent = true
    if lineBreakPending {
      lineBreakPending = false
      bytes.append(UInt8(ascii: "\n"))
    }
  }

  /// Copies runs of bytes that need no escaping in one go; only '"', '\\' and control bytes
  /// are escaped, and words of eight plain bytes are skipped at once, which keeps a 20 MB
  /// article with a newline every paragraph at memory speed.
  private mutating func appendQuoted(_ value: String) {
    var value = value
    value.withUTF8 { source in appendQuoted(utf8: source) }
  }

  /// The quoted, escaped form of valid UTF-8 bytes. Runs of bytes that need no escaping
  /// are copied whole; multi-byte scalars never need escaping, so no byte is decoded.
  private mutating func appendQuoted(utf8 source: UnsafeBufferPointer<UInt8>) {
    if source.count <= Self.shortStringLength {
      appendShortQuoted(source)
      return
    }
    bytes.append(UInt8(ascii: "\""))
    // A streaming writer escapes a long text a chunk at a time and flushes in between, so
    // its buffer never holds the whole text. Bytes are escaped one by one (a multi-byte
    // scalar never needs it), so a cut anywhere gives the same output.
    var pieceStart = 0
    repeat {
      let remaining = source.count - pieceStart
      let pieceEnd = remaining <= chunkSize ? source.count : pieceStart + chunkSize
      appendEscapedBytes(UnsafeBufferPointer(rebasing: source[pieceStart..<pieceEnd]))
      flushIfFull()
      pieceStart = pieceEnd
    } while pieceStart < source.count
    bytes.append(UInt8(ascii: "\""))
  }

  /// Strings up to this many bytes (keys, labels, reasons: most strings of a segmentation)
  /// take `appendShortQuoted`.
  private static let shortStringLength = 48

  /// Quotes and escapes a short string on the stack and appends it in one go: appending
  /// the quotes and each run separately cost several times more than the bytes themselves.
  private mutating func appendShortQuoted(_ source: UnsafeBufferPointer<UInt8>) {
    // The quotes plus six bytes (\u00XX) for each of at most `shortStringLength` bytes.
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 300) { buffer in
      let start = buffer.baseAddress!
      var out = start
      out.pointee = UInt8(ascii: "\"")
      out += 1
      for byte in source {
        if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
          out = Self.writeEscaped(byte, at: out)
        } else {
          out.pointee = byte
          out += 1
        }
      }
      out.pointee = UInt8(ascii: "\"")
      out += 1
      bytes.append(contentsOf: UnsafeBufferPointer(start: start, count: out - start))
    }
  }

  /// `appendEscaped(_:)` written at `out`; returns the position after it.
  private static func writeEscaped(_ byte: UInt8, at out: UnsafeMutablePointer<UInt8>)
    -> UnsafeMutablePointer<UInt8>
  {
    out[0] = UInt8(ascii: "\\")
    switch byte {
    case UInt8(ascii: "\""): out[1] = UInt8(ascii: "\"")
    case UInt8(ascii: "\\"): out[1] = UInt8(ascii: "\\")
    case 0x0A: out[1] = UInt8(ascii: "n")
    case 0x0D: out[1] = UInt8(ascii: "r")
    case 0x09: out[1] = UInt8(ascii: "t")
    default:
      let hex = byte & 0xF
      out[1] = UInt8(ascii: "u")
      out[2] = UInt8(ascii: "0")
      out[3] = UInt8(ascii: "0")
      out[4] = UInt8(ascii: "0") + byte >> 4
      out[5] = hex < 10 ? UInt8(ascii: "0") + hex : UInt8(ascii: "a") + hex - 10
      return out + 6
    }
    return out + 2
  }

  /// Appends `source` with '"', '\\' and control bytes escaped.
  private mutating func appendEscapedBytes(_ source: UnsafeBufferPointer<UInt8>) {
    var runStart = 0
    var index = 0
    let count = source.count
    let base = UnsafeRawPointer(source.baseAddress)
    while index < count {
      // Sixteen, then eight bytes at a time while none is a control byte, '"' or '\\' (SWAR
      // tests); two words per test let the constants stay in registers.
      if index + 16 <= count, let base {
        let low = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
        let high = base.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self)
        if Self.escapeBits(low) | Self.escapeBits(high) == 0 {
          index &+= 16
          continue
        }
        if Self.escapeBits(low) == 0 {
          index &+= 8
          continue
        }
      } else if index + 8 <= count, let base {
        if Self.escapeBits(base.loadUnaligned(fromByteOffset: index, as: UInt64.self)) == 0 {
          index &+= 8
          continue
        }
      }
      let byte = source[index]
      guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else {
        index += 1
        continue
      }
      if index > runStart {
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<index]))
      }
      appendEscaped(byte)
      index += 1
      runStart = index
    }
    if count > runStart {
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<count]))
    }
  }

  /// Nonzero when any of the eight bytes is below 0x20, '"' or '\\'. Each test is exact
  /// about whether some byte matches (it may misplace which one, which does not matter here).
  /// The marks are below 0x80, so `~quote` and `~backslash` have the high bits of `~word`
  /// and one mask serves the three tests.
  @inline(__always)
  private static func escapeBits(_ word: UInt64) -> UInt64 {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    let below20 = word &- ones &* 0x20
    let quoteZero = (word ^ (ones &* 0x22)) &- ones
    let backslashZero = (word ^ (ones &* 0x5C)) &- ones
    return (below20 | quoteZero | backslashZero) & ~word & highs
  }

  /// The escape of one ASCII byte: '"', '\\' or a control character.
  @inline(__always)
  private mutating func appendEscaped(_ byte: UInt8) {
    bytes.append(UInt8(ascii: "\\"))
    switch byte {
    case UInt8(ascii: "\""): bytes.append(UInt8(ascii: "\""))
    case UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\"))
    case 0x0A: bytes.append(UInt8(ascii: "n"))
    case 0x0D: bytes.append(UInt8(ascii: "r"))
    case 0x09: bytes.append(UInt8(ascii: "t"))
    default:
      let hex = byte & 0xF
      bytes.append(UInt8(ascii: "u"))
      bytes.append(UInt8(ascii: "0"))
      bytes.append(UInt8(ascii: "0"))
      bytes.append(UInt8(ascii: "0") + byte >> 4)
      bytes.append(hex < 10 ? UInt8(ascii: "0") + hex : UInt8(ascii: "a") + hex - 10)
    }
  }

  private mutating func appendEscaped(_ scalar: Unicode.Scalar) {
    if scalar.value < 0x80 {
      let byte = UInt8(truncatingIfNeeded: scalar.value)
      if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
        appendEscaped(byte)
      } else {
        bytes.append(byte)
      }
    } else {
      bytes.append(contentsOf: UTF8.encode(scalar)!)
    }
  }

  /// Appends a literal's bytes in quotes, in one copy.
  private mutating func appendQuotedStatic(_ literal: StaticString) {
    let count = literal.utf8CodeUnitCount
    assert(
      UnsafeBufferPointer(start: literal.utf8Start, count: count).allSatisfy {
        $0 >= 0x20 && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\")
      }, "a static JSON string needs escaping")
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count + 2) { buffer in
      let start = buffer.baseAddress!
      start.pointee = UInt8(ascii: "\"")
      Self.copy(literal, to: start + 1).pointee = UInt8(ascii: "\"")
      bytes.append(contentsOf: UnsafeBufferPointer(start: start, count: count + 2))
    }
  }

  /// Digits written into a small buffer on the stack, then appended in one go.
  private mutating func appendDecimal(_ value: Int) {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 21) { buffer in
      let start = buffer.baseAddress!
      let end = Self.writeDecimal(value, at: start)
      bytes.append(contentsOf: UnsafeBufferPointer(start: start, count: end - start))
    }
  }

  /// Writes `value`'s decimal digits at `out` and returns the position after them.
  @inline(__always)
  private static func writeDecimal(_ value: Int, at out: UnsafeMutablePointer<UInt8>)
    -> UnsafeMutablePointer<UInt8>
  {
    var out = out
    if value < 0 {
      out.pointee = UInt8(ascii: "-")
      out += 1
    }
    var magnitude = value.magnitude
    var digitCount = 1
    var bound: UInt = 10
    while digitCount < 20 && magnitude >= bound {
      digitCount += 1
      bound = bound &* 10
    }
    // Two digits per division, from the table of "00" to "99": offsets run to eight
    // digits, and each division costs a multiply and shifts.
    let pairs = digitPairs.utf8Start
    var position = out + digitCount
    let end = position
    while magnitude >= 100 {
      let pair = Int(truncatingIfNeeded: magnitude % 100) &* 2
      magnitude /= 100
      position -= 2
      position[0] = pairs[pair]
      position[1] = pairs[pair &+ 1]
    }
    if magnitude >= 10 {
      let pair = Int(truncatingIfNeeded: magnitude) &* 2
      position[-2] = pairs[pair]
      position[-1] = pairs[pair &+ 1]
    } else {
      position[-1] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude)
    }
    return end
  }

  private static var digitPairs: StaticString {
    """
    00010203040506070809101112131415161718192021222324252627282930313233343536373839\
    40414243444546474849505152535455565758596061626364656667686970717273747576777879\
    8081828384858687888990919293949596979899
    """
  }

  /// Appends bytes written by `body` into a scratch buffer of at most `maximumCount` bytes,
  /// so a long run of small values costs one copy instead of one append per byte.
  private mutating func appendWritten(
    maximumCount: Int, _ body: (UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8>
  ) {
    let scratch = [UInt8](unsafeUninitializedCapacity: maximumCount) { buffer, count in
      let start = buffer.baseAddress!
      count = body(start) - start
    }
    bytes.append(contentsOf: scratch)
  }

}

extension JSONWriter {
  /// The written JSON as a string.
  public var text: String { String(decoding: bytes, as: UTF8.self) }
}
