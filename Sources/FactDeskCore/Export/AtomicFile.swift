import Foundation

/// A file written beside its final name and renamed into place on `commit()`, so a reader
/// never sees half an export and a failed export leaves the old file alone.
public final class AtomicFile: ExportDestination {
  public let path: String
  private let temporaryPath: String
  private var descriptor: Int32
  private var committed = false

  /// Opens the temporary file; refuses an existing `path` unless `replacing`.
  public init(path: String, replacing: Bool) throws {
    self.path = path
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
      if isDirectory.boolValue { throw ExportError.invalid("\(path) is a directory") }
      if !replacing {
        throw ExportError.invalid("\(path) exists; add --force to replace it")
      }
    }
    let url = URL(fileURLWithPath: path)
    let directory = url.deletingLastPathComponent().path
    temporaryPath = "\(directory)/.\(url.lastPathComponent).\(getpid()).tmp"
    descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
      throw ExportError.invalid(
        "cannot write \(path): \(String(cString: strerror(errno)))")
    }
  }

  public func write(_ bytes: UnsafeRawBufferPointer) throws {
    if let failure = DescriptorWriter.writeAll(bytes, to: descriptor) {
      throw ExportError.invalid("cannot write \(path): \(DescriptorWriter.reason(failure))")
    }
  }

  /// Moves the finished file into place.
  public func commit() throws {
    guard !committed else { return }
    let status = close(descriptor)
    descriptor = -1
    guard status == 0, rename(temporaryPath, path) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporaryPath)
      throw ExportError.invalid("cannot write \(path): \(reason)")
    }
    committed = true
  }

  deinit {
    if !committed {
      if descriptor >= 0 { close(descriptor) }
      unlink(temporaryPath)
    }
  }
}

/// Standard output (or any open descriptor), written as bytes arrive.
public final class DescriptorDestination: ExportDestination {
  private let descriptor: Int32
  public init(descriptor: Int32) { self.descriptor = descriptor }

  public func write(_ bytes: UnsafeRawBufferPointer) throws {
    if let failure = DescriptorWriter.writeAll(bytes, to: descriptor) {
      throw ExportError.invalid("cannot write the export: \(DescriptorWriter.reason(failure))")
    }
  }
}

/// Bytes kept in memory, for tests and for formats such as brat that write two files.
public final class MemoryDestination: ExportDestination {
  public private(set) var bytes: [UInt8] = []
  public init() {}
  public func write(_ bytes: UnsafeRawBufferPointer) throws { self.bytes.append(contentsOf: bytes) }
  public var text: String { String(decoding: bytes, as: UTF8.self) }
}
