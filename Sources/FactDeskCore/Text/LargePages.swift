#if canImport(Glibc)
  import Glibc
#endif

/// Asks the kernel to back a large buffer with 2 MB pages where it can.
///
/// A 20 MB article read into fresh memory takes one page fault per 4 KB page, five
/// thousand of them, which cost more than the copy itself; with large pages it takes
/// ten. Only the part of the buffer aligned to 2 MB can use them, and the kernel is free
/// to decline, so this changes speed and nothing else.
enum LargePages {
  static let size = 2 << 20

  static func advise(_ buffer: UnsafeMutableRawBufferPointer) {
    #if os(Linux)
      guard buffer.count >= 2 * size, let base = buffer.baseAddress else { return }
      let start = (Int(bitPattern: base) + size - 1) & ~(size - 1)
      let end = (Int(bitPattern: base) + buffer.count) & ~(size - 1)
      guard end > start, let aligned = UnsafeMutableRawPointer(bitPattern: start) else { return }
      _ = madvise(aligned, end - start, MADV_HUGEPAGE)
    #endif
  }
}
