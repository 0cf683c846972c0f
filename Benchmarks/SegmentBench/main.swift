import FactDeskCore
import Foundation

// A release-mode driver for the segmenter measurements in Benchmarks/.
//
//   segment-bench jsonl FILE [--language fr|en] [--threshold T]
//                                                  one JSON line of segmentation per input
//                                                  line's "text" (for the Python scorers)
//   segment-bench speed FILE [--mb N]              segments FILE (repeated up to N MB) and
//                                                  prints MB/s; run under /usr/bin/time -v
//   segment-bench hostile FILE [--mb N]            times ~N MB pathological inputs (and
//                                                  FILE itself) to show time stays linear

struct Line: Decodable { let text: String }

func languageFlag(_ arguments: [String]) -> Language? {
  guard let flag = arguments.firstIndex(of: "--language"), flag + 1 < arguments.count else {
    return nil
  }
  return Language(rawValue: arguments[flag + 1])
}

func thresholdFlag(_ arguments: [String]) -> Double {
  guard let flag = arguments.firstIndex(of: "--threshold"), flag + 1 < arguments.count else {
    return Segmenter.defaultClaimThreshold
  }
  return Double(arguments[flag + 1]) ?? Segmenter.defaultClaimThreshold
}

func writeStdout(_ bytes: [UInt8]) {
  bytes.withUnsafeBufferPointer { buffer in
    var offset = 0
    while offset < buffer.count {
      let written = write(1, buffer.baseAddress! + offset, buffer.count - offset)
      if written <= 0 { return }
      offset += written
    }
  }
}

let arguments = CommandLine.arguments
guard arguments.count >= 3, let data = FileManager.default.contents(atPath: arguments[2]) else {
  FileHandle.standardError.write(Data("usage: segment-bench jsonl|speed FILE\n".utf8))
  exit(64)
}

switch arguments[1] {
case "jsonl":
  let decoder = JSONDecoder()
  for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
    let text = try decoder.decode(Line.self, from: Data(line)).text
    let segmentation = Segmenter.segment(
      text, language: languageFlag(arguments), claimThreshold: thresholdFlag(arguments))
    var writer = JSONWriter()
    writer.beginObject()
    writer.key("language")
    writer.string(segmentation.language.rawValue)
    SegmentationJSON.write(segmentation, text: text, into: &writer)
    writer.endObject()
    writer.rawValue("\n")
    writeStdout(writer.bytes)
  }
case "speed":
  var megabytes = 20
  if let flag = arguments.firstIndex(of: "--mb"), flag + 1 < arguments.count {
    megabytes = Int(arguments[flag + 1]) ?? 20
  }
  let unit = String(decoding: data, as: UTF8.self)
  var text = ""
  while text.utf8.count < megabytes * 1_000_000 { text += unit + "\n\n" }
  let clock = ContinuousClock()
  var outputBytes = 0
  var segmentation = Segmentation(language: .other)
  let segmenting = clock.measure {
    segmentation = Segmenter.segment(text, language: languageFlag(arguments))
  }
  let writing = clock.measure {
    var writer = JSONWriter(reservingCapacity: text.utf8.count * 2)
    writer.beginObject()
    SegmentationJSON.write(segmentation, text: text, into: &writer)
    writer.endObject()
    outputBytes = writer.bytes.count
  }
  print(
    "sentences \(segmentation.sentences.count) quotes \(segmentation.quotes.count)"
      + " claims \(segmentation.claims.count) persons \(segmentation.persons.count)")
  func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
  }
  let size = Double(text.utf8.count) / 1e6
  let total = seconds(segmenting) + seconds(writing)
  print(
    String(
      format: "input %.1f MB, JSON %.1f MB: segment %.3f s + JSON %.3f s = %.3f s, %.1f MB/s",
      size, Double(outputBytes) / 1e6, seconds(segmenting), seconds(writing), total,
      size / total))
case "hostile":
  // Pathological inputs of about 10 MB each: every one must take time linear in its size.
  let unit = String(decoding: data, as: UTF8.self)
  var size = 10_000_000
  if let flag = arguments.firstIndex(of: "--mb"), flag + 1 < arguments.count {
    size = (Int(arguments[flag + 1]) ?? 10) * 1_000_000
  }
  func repeated(_ piece: String) -> String {
    String(repeating: piece, count: size / max(1, piece.utf8.count))
  }
  let inputs: [(String, String)] = [
    ("no punctuation", repeated("mot ")),
    ("no spaces", repeated("a")),
    ("opening guillemets only", repeated("« a ")),
    ("straight quotes only", repeated("\" a ")),
    ("unclosed quote per line", repeated("Il a dit « bonjour\n")),
    ("periods only", repeated(". ")),
    ("abbreviations", repeated("M. J.-M. U.S. p. ")),
    ("cue verbs and names", repeated("selon Jean Dupont, a-t-il dit, estime le ministre ")),
    ("incises in one quote", "« " + repeated("Nous, dit-il, avons ") + " »"),
    ("nested quotes", repeated("« a “ b ‘ c ’ d ” e » ")),
    ("emoji and combining marks", repeated("😀 e\u{301} 👨‍👩‍👧 ")),
    ("line breaks only", repeated("\n")),
    ("corpus text", unit),
  ]
  let clock = ContinuousClock()
  for (name, text) in inputs {
    var sentences = 0
    let elapsed = clock.measure {
      sentences = Segmenter.segment(text, language: languageFlag(arguments)).sentences.count
    }
    let seconds =
      Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    let megabytes = Double(text.utf8.count) / 1e6
    print(
      String(
        format: "%5.1f MB %7.3f s %6.1f MB/s %8d sentences  ", megabytes, seconds,
        megabytes / seconds, sentences) + name)
  }
default:
  FileHandle.standardError.write(Data("unknown mode \(arguments[1])\n".utf8))
  exit(64)
}
