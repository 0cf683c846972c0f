import Foundation

/// Writes whole buffers to a file descriptor: a `write` may take only part of the bytes or be
/// interrupted by a signal, so it is repeated until everything is out.
public enum DescriptorWriter {
  /// Writes all of `bytes`; returns nil when done, else the `errno` of the failure.
  @discardableResult
  public static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
    guard let base = bytes.baseAddress else { return nil }
    var offset = 0
    while offset < bytes.count {
      let written = Foundation.write(descriptor, base + offset, bytes.count - offset)
      if written < 0 {
        if errno == EINTR { continue }
        return errno
      }
      if written == 0 { return EIO }
      offset += written
    }
    return nil
  }

  /// The message of an `errno` value.
  public static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }
}
