/// A set of Latin-1 scalars (up to U+00FF) that a scan can test four scalars at a time.
///
/// The sentence and quote scans spend most of their time stepping over scalars they have no
/// use for. Testing them one by one costs a load, a range test and a bit test each; a block
/// of four takes one range test for all four and a byte load from this table for each, about
/// half the instructions. The table covers Latin-1 rather than ASCII alone so that French
/// accented letters do not stop a block.
struct Latin1ScalarSet: @unchecked Sendable {
  /// One byte per Latin-1 scalar, 1 for members: allocated once for the life of the process.
  private let members: UnsafeMutablePointer<UInt8>

  init(where isMember: (Unicode.Scalar) -> Bool) {
    members = .allocate(capacity: 256)
    for value in 0..<256 {
      let scalar = Unicode.Scalar(UInt8(value))
      members[value] = isMember(scalar) ? 1 : 0
    }
  }

  /// The offset of the first block of four scalars, from `start` on, that holds a scalar
  /// outside the set (or past Latin-1), or of the last scalars, fewer than four: the caller
  /// tests from there one scalar at a time.
  @inline(__always)
  func skipBlocks(in text: UnsafeBufferPointer<Unicode.Scalar>, from start: Int) -> Int {
    guard let base = text.baseAddress else { return start }
    var index = start
    let lastBlock = text.count &- 4
    while index <= lastBlock {
      let a = base[index].value
      let b = base[index &+ 1].value
      let c = base[index &+ 2].value
      let d = base[index &+ 3].value
      guard (a | b | c | d) < 0x100,
        members[Int(a)] & members[Int(b)] & members[Int(c)] & members[Int(d)] != 0
      else { break }
      index &+= 4
    }
    return index
  }
}
