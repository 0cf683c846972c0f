import FactDeskCore
import Foundation

/// Where the shell writes: standard output and standard error in the program, buffers in tests.
public protocol TextSink: AnyObject {
  func write(_ text: String)
  /// Sends buffered text on, so standard output and standard error interleave as written.
  func flush()
}

extension TextSink {
  public func flush() {}
}

/// A file descriptor such as standard output, written through a buffer so long listings go
/// out in few system calls; `flush()` runs before every prompt and at exit.
public final class FileSink: TextSink {
  private let descriptor: Int32
  private var buffer: [UInt8] = []

  public init(descriptor: Int32) { self.descriptor = descriptor }

  public func write(_ text: String) {
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= 1 << 16 { flush() }
  }

  public func write(bytes: [UInt8]) {
    buffer.append(contentsOf: bytes)
    if buffer.count >= 1 << 16 { flush() }
  }

  public func flush() {
    // A failed write (a closed pipe, a full disk) drops the text: there is nowhere to say so.
    _ = buffer.withUnsafeBytes { raw in DescriptorWriter.writeAll(raw, to: descriptor) }
    buffer.removeAll(keepingCapacity: true)
  }

  deinit { flush() }
}

/// Collects what was written, for tests.
public final class BufferSink: TextSink {
  public private(set) var text = ""
  public init() {}
  public func write(_ text: String) { self.text += text }
}
