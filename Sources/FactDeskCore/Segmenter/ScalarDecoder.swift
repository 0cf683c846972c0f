/// Decodes valid UTF-8 into an array of scalars in one pass.
///
/// `Array(text.unicodeScalars)` walks the string twice (to count, then to copy) through
/// the generic scalar iterator; a string's storage is always valid UTF-8, so the lead byte
/// alone gives each scalar's length and the bytes can be decoded straight into the array.
enum ScalarDecoder {
  /// The scalars of `bytes`, which must be whole scalars of valid UTF-8 (a string's
  /// storage, cut at scalar boundaries).
  static func scalars(of bytes: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
    [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, count in
      var index = 0
      var written = 0
      let end = bytes.count
      while index < end {
        // Eight ASCII bytes at once, the common case in Latin text.
        if index + 8 <= end {
          let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(
            as: UInt64.self)
          if word & 0x8080_8080_8080_8080 == 0 {
            // Eight stores at fixed offsets and one count update, not eight checked
            // increments of `written`.
            let out = buffer.baseAddress! + written
            for byte in 0..<8 {
              out[byte] = Unicode.Scalar(
                UInt8(truncatingIfNeeded: word >> UInt64(truncatingIfNeeded: byte &* 8)))
            }
            written &+= 8
            index &+= 8
            continue
          }
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
        buffer[written] = unsafeBitCast(value, to: Unicode.Scalar.self)
        written += 1
      }
      count = written
    }
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
