import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// SHA-256 (FIPS 180-4) of a byte buffer, as lower-case hex.
///
/// Foundation on Linux has no digest API and swift-crypto is not a dependency, so the article
/// store's content hash is computed here, at about 170 MB/s. When the system's libcrypto can be
/// opened at run time, its SHA-256 (which uses the CPU's SHA instructions, over 1 GB/s) is used
/// instead; nothing is linked, so a machine without it still works.
public enum SHA256 {
  public static func hex(of data: Data) -> String {
    data.withUnsafeBytes { hex(of: $0) }
  }

  public static func hex(of bytes: UnsafeRawBufferPointer) -> String {
    guard let systemDigest = SystemSHA256.function else { return portableHex(of: bytes) }
    var digest = [UInt8](repeating: 0, count: 32)
    let empty: [UInt8] = [0]
    empty.withUnsafeBufferPointer { fallback in
      systemDigest(
        bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) ?? fallback.baseAddress!,
        bytes.count, &digest)
    }
    return hexString(digest)
  }

  private static func hexString(_ bytes: [UInt8]) -> String {
    let digits: [UInt8] = Array("0123456789abcdef".utf8)
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count * 2)
    for byte in bytes {
      out.append(digits[Int(byte >> 4)])
      out.append(digits[Int(byte & 0xF)])
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// The portable implementation; also what the tests check the system one against.
  static func portableHex(of bytes: UnsafeRawBufferPointer) -> String {
    var state: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) = (
      0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab,
      0x5be0_cd19
    )
    let fullBlocks = bytes.count / 64
    withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { schedule in
      roundConstants.withUnsafeBufferPointer { constants in
        if let base = bytes.baseAddress {
          for index in 0..<fullBlocks {
            compress(&state, base + index * 64, schedule: schedule, constants: constants)
          }
        }
        // The tail: remaining bytes, the 0x80 marker, zero padding and the bit length.
        var tail = [UInt8](bytes[(fullBlocks * 64)...])
        tail.append(0x80)
        while tail.count % 64 != 56 { tail.append(0) }
        let bitLength = UInt64(bytes.count) &* 8
        for shift in stride(from: 56, through: 0, by: -8) {
          tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift)))
        }
        tail.withUnsafeBytes { tailBytes in
          for start in stride(from: 0, to: tailBytes.count, by: 64) {
            compress(
              &state, tailBytes.baseAddress! + start, schedule: schedule, constants: constants)
          }
        }
      }
    }
    let digits: [UInt8] = Array("0123456789abcdef".utf8)
    var out: [UInt8] = []
    out.reserveCapacity(64)
    for word in [state.0, state.1, state.2, state.3, state.4, state.5, state.6, state.7] {
      for shift in stride(from: 28, through: 0, by: -4) {
        out.append(digits[Int((word >> UInt32(shift)) & 0xF)])
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  private static let roundConstants: [UInt32] = [
    0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4,
    0xab1c_5ed5, 0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe,
    0x9bdc_06a7, 0xc19b_f174, 0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f,
    0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da, 0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7,
    0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967, 0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc,
    0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85, 0xa2bf_e8a1, 0xa81a_664b,
    0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070, 0x19a4_c116,
    0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
    0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7,
    0xc671_78f2,
  ]

  private static func compress(
    _ state: inout (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32),
    _ chunk: UnsafeRawPointer, schedule w: UnsafeMutableBufferPointer<UInt32>,
    constants k: UnsafeBufferPointer<UInt32>
  ) {
    for t in 0..<16 {
      w[t] = UInt32(bigEndian: chunk.loadUnaligned(fromByteOffset: t * 4, as: UInt32.self))
    }
    for t in 16..<64 {
      let s0 = rotate(w[t - 15], 7) ^ rotate(w[t - 15], 18) ^ (w[t - 15] >> 3)
      let s1 = rotate(w[t - 2], 17) ^ rotate(w[t - 2], 19) ^ (w[t - 2] >> 10)
      w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
    }
    var (a, b, c, d, e, f, g, h) = state
    for t in 0..<64 {
      let s1 = rotate(e, 6) ^ rotate(e, 11) ^ rotate(e, 25)
      let choice = (e & f) ^ (~e & g)
      let temp1 = h &+ s1 &+ choice &+ k[t] &+ w[t]
      let s0 = rotate(a, 2) ^ rotate(a, 13) ^ rotate(a, 22)
      let majority = (a & b) ^ (a & c) ^ (b & c)
      h = g
      g = f
      f = e
      e = d &+ temp1
      d = c
      c = b
      b = a
      a = temp1 &+ s0 &+ majority
    }
    state.0 &+= a
    state.1 &+= b
    state.2 &+= c
    state.3 &+= d
    state.4 &+= e
    state.5 &+= f
    state.6 &+= g
    state.7 &+= h
  }

  @inline(__always) private static func rotate(_ value: UInt32, _ count: UInt32) -> UInt32 {
    (value >> count) | (value << (32 - count))
  }
}

/// libcrypto's SHA-256, looked up once with dlopen.
private enum SystemSHA256 {
  typealias Function = @Sendable (UnsafePointer<UInt8>, Int, UnsafeMutablePointer<UInt8>) -> Void

  private typealias Initialise = @convention(c) (UnsafeMutableRawPointer) -> Int32
  private typealias Update =
    @convention(c) (UnsafeMutableRawPointer, UnsafeRawPointer, Int) -> Int32
  private typealias Finish =
    @convention(c) (UnsafeMutablePointer<UInt8>, UnsafeMutableRawPointer)
    -> Int32

  /// `SHA256_Init`, `_Update` and `_Final` rather than the one-call `SHA256`: in OpenSSL 3
  /// the latter looks the algorithm up among the library's providers on every call, which
  /// cost more than hashing a short article. The library is bound lazily, for the same
  /// reason: only these three of its thousands of functions are ever called.
  static let function: Function? = {
    for name in ["libcrypto.so.3", "libcrypto.so.1.1", "libcrypto.so"] {
      guard let library = dlopen(name, RTLD_LAZY | RTLD_LOCAL),
        let initialise = dlsym(library, "SHA256_Init"),
        let update = dlsym(library, "SHA256_Update"),
        let finish = dlsym(library, "SHA256_Final")
      else { continue }
      let start = unsafeBitCast(initialise, to: Initialise.self)
      let add = unsafeBitCast(update, to: Update.self)
      let end = unsafeBitCast(finish, to: Finish.self)
      return { bytes, count, digest in
        // SHA256_CTX is 112 bytes; 256 leaves room for any layout a version may use.
        withUnsafeTemporaryAllocation(byteCount: 256, alignment: 16) { context in
          let state = context.baseAddress!
          _ = start(state)
          _ = add(state, bytes, count)
          _ = end(digest, state)
        }
      }
    }
    return nil
  }()
}
