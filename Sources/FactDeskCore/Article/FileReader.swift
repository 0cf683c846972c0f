import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Reads a file or standard input whole, refusing anything above the size limit before
/// reading it (a 200 MB file must not be pulled into memory only to be rejected).
enum FileReader {
  static func read(path: String, maximumBytes: Int) throws -> Data {
    if path == "-" { return try readStandardInput(maximumBytes: maximumBytes) }
    var status = stat()
    guard stat(path, &status) == 0 else {
      let code = errno
      if code == ENOENT || code == ENOTDIR { throw LoadError.notFound(path: path) }
      throw LoadError.unreadable(path: path, reason: String(cString: strerror(code)))
    }
    if status.st_mode & S_IFMT == S_IFDIR { throw LoadError.isDirectory(path: path) }
    let isRegular = status.st_mode & S_IFMT == S_IFREG
    if isRegular && Int(status.st_size) > maximumBytes {
      throw LoadError.tooLarge(source: path, bytes: Int(status.st_size), limit: maximumBytes)
    }
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else {
      throw LoadError.unreadable(path: path, reason: String(cString: strerror(errno)))
    }
    defer { close(descriptor) }
    return try readAll(
      descriptor, source: path, expected: isRegular ? Int(status.st_size) : 0,
      maximumBytes: maximumBytes)
  }

  private static func readStandardInput(maximumBytes: Int) throws -> Data {
    try readAll(STDIN_FILENO, source: "-", expected: 0, maximumBytes: maximumBytes)
  }

  /// Reads until end of file in large chunks into one buffer; stops one byte past the limit so
  /// that a pipe of unknown length is refused without being read to its end.
  private static func readAll(_ descriptor: Int32, source: String, expected: Int, maximumBytes: Int)
    throws -> Data
  {
    // Data, not [UInt8]: the buffer becomes the article's raw bytes without another copy.
    var buffer = Data(count: max(expected + 1, 1 << 16))
    var filled = 0
    while true {
      if filled == buffer.count {
        let grown = min(buffer.count * 2, maximumBytes + 1)
        guard grown > buffer.count else {
          throw LoadError.tooLarge(source: source, bytes: filled, limit: maximumBytes)
        }
        buffer.count = grown
      }
      let count = buffer.withUnsafeMutableBytes { raw in
        Glibc.read(descriptor, raw.baseAddress! + filled, raw.count - filled)
      }
      if count < 0 {
        if errno == EINTR { continue }
        throw LoadError.unreadable(path: source, reason: String(cString: strerror(errno)))
      }
      if count == 0 { break }
      filled += count
      if filled > maximumBytes {
        throw LoadError.tooLarge(source: source, bytes: filled, limit: maximumBytes)
      }
    }
    buffer.count = filled
    return buffer
  }
}
