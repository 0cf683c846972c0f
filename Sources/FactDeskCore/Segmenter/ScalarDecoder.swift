/// Decodes valid UTF-8 into an array of scalars in one pass.
///
/// `Array(text.unicodeScalars)` walks the string twice (to count, then to copy) through
/// the generic scalar iterator; a string's storage is always valid UTF-8, so the lead byte
/// alone gives each scalar's length and the bytes can be decoded straight into the array.
enum ScalarDecoder {
  /// The scalars of `bytes`, which must be whole scalars of valid UTF-8 (a string's
  /// storage, cut at scalar boundaries).
  static func scalars(of bytes: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
    guard !bytes.isEmpty else { return [] }
    return [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, count in
      count = decode(bytes, into: buffer.baseAddress.unsafelyUnwrapped)
    }
  }

  /// Writes the scalars of `bytes` from `out`, which has room for `bytes.count` of them,
  /// and returns how many there are.
  private static func decode(
    _ bytes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<Unicode.Scalar>
  ) -> Int {
    var index = 0
    var written = 0
    let end = bytes.count
    while index < end {
      if index &+ 16 <= end {
        // Sixteen bytes at once, widened by vector instructions: all sixteen are stored,
        // and as many as are ASCII before the first other byte are kept (the rest are
        // overwritten next). French has an accent every few words, so most words hold a
        // run of ASCII to take whole.
        let source = UnsafeRawPointer(bytes.baseAddress.unsafelyUnwrapped + index)
        let block = source.loadUnaligned(as: SIMD16<UInt8>.self)
        UnsafeMutableRawPointer(out + written).storeBytes(
          of: SIMD16<UInt32>(truncatingIfNeeded: block), as: SIMD16<UInt32>.self)
        let low = leadingASCII(source.loadUnaligned(as: UInt64.self))
        let high = leadingASCII(source.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
        let ascii = low == 8 ? 8 &+ high : low
        written &+= ascii
        index &+= ascii
        guard ascii < 16 else { continue }
      } else if index &+ 8 <= end {
        // Eight bytes at once near the end, in the same way.
        let word = UnsafeRawPointer(bytes.baseAddress.unsafelyUnwrapped + index)
          .loadUnaligned(as: UInt64.self)
        let target = out + written
        for byte in 0..<8 {
          target[byte] = Unicode.Scalar(
            UInt8(truncatingIfNeeded: word >> UInt64(truncatingIfNeeded: byte &* 8)))
        }
        let ascii = leadingASCII(word)
        written &+= ascii
        index &+= ascii
        guard ascii < 8 else { continue }
      }
      let lead = UInt32(bytes[index])
      var value: UInt32
      if lead < 0x80 {
        value = lead
        index += 1
      } else if lead < 0xE0 {
        value = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
        index += 2
      } else if lead < 0xF0 {
        value =
          (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6
          | UInt32(bytes[index + 2] & 0x3F)
        index += 3
      } else {
        value =
          (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
          | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
        index += 4
      }
      // Valid UTF-8 never encodes a surrogate or a value past U+10FFFF.
      out[written] = unsafeBitCast(value, to: Unicode.Scalar.self)
      written += 1
    }
    return written
  }

  /// How many of the eight bytes of `word`, from the first in memory, are ASCII: the first
  /// high bit's position over eight, or 64 / 8 when there is none.
  @inline(__always)
  private static func leadingASCII(_ word: UInt64) -> Int {
    (word & 0x8080_8080_8080_8080).trailingZeroBitCount &>> 3
  }

  /// The scalar whose encoding starts at byte `index`, and the byte offset just past it.
  static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
    let lead = UInt32(bytes[index])
    if lead < 0x80 { return (Unicode.Scalar(UInt8(lead)), index + 1) }
    let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    var value = lead & (0x7F >> UInt32(length))
    for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
    return (unsafeBitCast(value, to: Unicode.Scalar.self), index + length)
  }
}
