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

  /// A regular file read straight into a string's storage when it is valid UTF-8 without a
  /// byte-order mark, so that its bytes are held once; nil for anything else (standard
  /// input, an empty or irregular file, another encoding, an error), which `read` then
  /// reads as bytes and reports.
  static func readUTF8Text(path: String, maximumBytes: Int) throws -> String? {
    guard path != "-" else { return nil }
    var status = stat()
    guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
    let size = Int(status.st_size)
    guard size > 0 else { return nil }
    guard size <= maximumBytes else {
      throw LoadError.tooLarge(source: path, bytes: size, limit: maximumBytes)
    }
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var isWhole = true
    let text = String(unsafeUninitializedCapacity: size) { buffer in
      LargePages.advise(UnsafeMutableRawBufferPointer(buffer))
      var filled = 0
      while filled < size {
        let count = Glibc.read(descriptor, buffer.baseAddress! + filled, size - filled)
        if count < 0 && errno == EINTR { continue }
        guard count > 0 else { break }
        filled += count
      }
      var more: UInt8 = 0
      isWhole = filled == size && Glibc.read(descriptor, &more, 1) == 0
      return filled
    }
    // The string replaces invalid UTF-8 with U+FFFD: a text holding one, a file that
    // changed size while read, or a byte-order mark, is read again as bytes.
    guard isWhole, text.unicodeScalars.first != "\u{FEFF}", !hasReplacementCharacter(text)
    else { return nil }
    return text
  }

  private static func hasReplacementCharacter(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      guard let base = bytes.baseAddress else { return false }
      // U+FFFD is EF BF BD; EF, the lead byte of U+E000…U+FFFF, is rare in text.
      var index = 0
      while index + 2 < bytes.count,
        let found = memchr(base + index, 0xEF, bytes.count - index - 2)
      {
        let lead = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        if bytes[lead + 1] == 0xBF && bytes[lead + 2] == 0xBD { return true }
        index = lead + 1
      }
      return false
    }
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
