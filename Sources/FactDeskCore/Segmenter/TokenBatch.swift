/// Tokens gathered on the stack and appended to the sentence's array a batch at a time.
///
/// Appending to an array checks that its buffer is unique and has room, about a third of
/// the work per token once a word is read; a batch pays for those checks once per
/// `capacity` tokens.
struct TokenBatch {
  /// 32 tokens of 32 bytes: small enough for a stack allocation.
  static let capacity = 32

  private let storage: UnsafeMutableBufferPointer<Token>
  private var count = 0

  init(_ storage: UnsafeMutableBufferPointer<Token>) {
    precondition(storage.count >= Self.capacity)
    self.storage = storage
  }

  @inline(__always)
  mutating func append(_ token: Token, flushingTo tokens: inout [Token]) {
    (storage.baseAddress.unsafelyUnwrapped + count).initialize(to: token)
    count &+= 1
    if count == Self.capacity { flush(into: &tokens) }
  }

  /// Moves the gathered tokens to the end of `tokens`.
  mutating func flush(into tokens: inout [Token]) {
    tokens.append(contentsOf: UnsafeBufferPointer(start: storage.baseAddress, count: count))
    count = 0
  }
}
