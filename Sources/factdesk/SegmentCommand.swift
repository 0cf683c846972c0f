import ArgumentParser
import FactDeskCore
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// `factdesk segment --json FILE...`: loads each input and prints one JSON object per line,
/// without a store. This is the pipeline face of loading and segmenting.
struct SegmentCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "segment",
    abstract: "Clean articles and print them as JSON lines (one object per input).",
    discussion: """
      Each input is a text or HTML file, "-" for standard input, or an http(s) URL. Offsets in
      the output count Unicode scalars into "text".
      """
  )

  @Flag(name: .long, help: "Print one JSON object per input per line.")
  var json = false

  @Option(name: .long, help: "The articles' language (fr or en) instead of guessing it.")
  var lang: String?

  @Flag(name: .customLong("no-clean"), help: "Keep the input text as is (only line ends change).")
  var noClean = false

  @Option(name: .long, help: "Seconds to wait for a URL.")
  var timeout: Double = 30

  @Argument(help: "Files, '-' for standard input, or http(s) URLs.")
  var inputs: [String]

  func validate() throws {
    guard json else { throw ValidationError("only --json output exists for now; add --json") }
    if let lang, Language(rawValue: lang) == nil || lang == "other" {
      throw ValidationError("--lang must be fr or en, not '\(lang)'")
    }
  }

  func run() throws {
    let options = ArticleLoader.Options(
      language: lang.flatMap(Language.init(rawValue:)), keepEverything: noClean)
    var failures = 0
    for input in inputs {
      do {
        var article = try load(input, options: options)
        // The raw bytes are for the store; dropping them keeps them out of memory while the
        // text is segmented (a file is read without keeping them at all).
        article.raw = Data()
        let language = article.metadata.language
        let segmentation = Segmenter.segment(
          article.text, language: language == .other ? nil : language)
        // The JSON (about twice the text) goes out a megabyte at a time through one reused
        // buffer, so it never sits in memory whole.
        var writer = JSONWriter(streamingTo: { StandardOutput.write($0) })
        writer.beginObject()
        ArticleJSON.write(article, into: &writer)
        SegmentationJSON.write(segmentation, text: article.text, into: &writer)
        writer.endObject()
        writer.rawValue("\n")
        writer.flush()
      } catch {
        failures += 1
        StandardError.write("factdesk segment: \(error)\n")
      }
    }
    if failures > 0 { throw ExitCode.failure }
  }

  private func load(_ input: String, options: ArticleLoader.Options) throws -> CleanArticle {
    let lowered = input.lowercased()
    if lowered.hasPrefix("http://") || lowered.hasPrefix("https://"), let url = URL(string: input) {
      return try ArticleLoader.fetch(url: url, options: options, timeout: timeout)
    }
    return try ArticleLoader.loadWithoutRaw(path: input, options: options)
  }
}

/// Standard output for the pipeline: whole buffers, retried over short writes.
enum StandardOutput {
  static func write(_ bytes: [UInt8]) { write(bytes, to: STDOUT_FILENO) }

  @Sendable static func write(_ bytes: UnsafeRawBufferPointer) {
    DescriptorWriter.writeAll(bytes, to: STDOUT_FILENO)
  }

  static func write(_ bytes: [UInt8], to descriptor: Int32) {
    _ = bytes.withUnsafeBytes { raw in DescriptorWriter.writeAll(raw, to: descriptor) }
  }
}

enum StandardError {
  static func write(_ message: String) {
    StandardOutput.write(Array(message.utf8), to: STDERR_FILENO)
  }
}
