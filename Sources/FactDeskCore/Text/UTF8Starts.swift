/// Counting the scalars in a run of valid UTF-8 without decoding it: every byte that is not
/// a continuation byte (10xxxxxx) starts one. Used to turn scalar offsets into byte offsets
/// and back at memory speed.
enum UTF8Starts {
  /// The scalars starting in the 32 bytes at `offset`, counted with vector shifts: the two
  /// halves' continuation bytes add up lane by lane (at most 2 a lane) before one sum across
  /// the lanes.
  @inline(__always)
  static func inBlock(_ base: UnsafeRawPointer, at offset: Int) -> Int {
    let continuations =
      continuationLanes(base.loadUnaligned(fromByteOffset: offset, as: SIMD16<UInt8>.self))
      &+ continuationLanes(base.loadUnaligned(fromByteOffset: offset + 16, as: SIMD16<UInt8>.self))
    return 32 &- Int(continuations.wrappedSum())
  }

  /// The scalars starting in the 8 bytes at `offset`.
  @inline(__always)
  static func inWord(_ base: UnsafeRawPointer, at offset: Int) -> Int {
    let word = base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
    let continuations = (word & ~(word << 1) & 0x8080_8080_8080_8080) >> 7
    // Summed by a multiply into the top byte: the generic x86-64 target has no popcount
    // instruction, and `nonzeroBitCount` cost five times more.
    return 8 &- Int(truncatingIfNeeded: (continuations &* 0x0101_0101_0101_0101) >> 56)
  }

  /// The scalars of `bytes`, which must be valid UTF-8.
  static func count(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    guard let base = bytes.baseAddress else { return 0 }
    let raw = UnsafeRawPointer(base)
    let total = bytes.count
    var count = 0
    var index = 0
    while index + 32 <= total {
      count &+= inBlock(raw, at: index)
      index &+= 32
    }
    while index + 8 <= total {
      count &+= inWord(raw, at: index)
      index &+= 8
    }
    while index < total {
      if bytes[index] & 0xC0 != 0x80 { count &+= 1 }
      index += 1
    }
    return count
  }

  /// 1 in each lane of `block` that holds a continuation byte, 0 in the others: the top
  /// bit set and the next clear. Shifts and masks, not a comparison, which Swift turns into
  /// a loop over the lanes.
  @inline(__always)
  private static func continuationLanes(_ block: SIMD16<UInt8>) -> SIMD16<UInt8> {
    (block &>> 7) & ~(block &>> 6) & 1
  }
}
