import FactDeskCore
import FactDeskShell
import Foundation

// review-bench: review throughput and read latency on generated stores.
// Usage: swift run -c release --static-swift-stdlib review-bench [throughput|reads|all]
//   [--claims N] [--articles N] [--commands N] [--runs N] [--unbatched] [--store PATH]
// Prints its figures; Benchmarks/REVIEW.md records them with the commands that made them.

final class NullSink: TextSink {
  var bytes = 0
  func write(_ text: String) { bytes += text.utf8.count }
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
  let start = DispatchTime.now().uptimeNanoseconds
  try body()
  return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// CPU seconds this process has used, user and system: the machine is shared, so wall time
/// alone says as much about the other builds as about factdesk.
func cpuSeconds() -> Double {
  var usage = rusage()
  getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
  return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
    + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}

/// CPU seconds of the calling thread: one command's own work, whatever else the machine runs.
func threadCPUSeconds() -> Double {
  var time = timespec()
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
  return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

func percentile(_ values: [Double], _ fraction: Double) -> Double {
  let sorted = values.sorted()
  return sorted[min(sorted.count - 1, Int(Double(sorted.count) * fraction))]
}

func fileSize(_ path: String) -> Int {
  ["", "-wal"].reduce(0) { total, suffix in
    total + ((try? FileManager.default.attributesOfItem(atPath: path + suffix)[.size] as? Int) ?? 0)
  }
}

let arguments = CommandLine.arguments.dropFirst()
let mode = arguments.first { !$0.hasPrefix("--") && Int($0) == nil } ?? "all"
func option(_ name: String, _ fallback: Int) -> Int {
  guard let index = arguments.firstIndex(of: "--\(name)"), index + 1 < arguments.endIndex,
    let value = Int(arguments[index + 1])
  else { return fallback }
  return value
}
func stringOption(_ name: String) -> String? {
  guard let index = arguments.firstIndex(of: "--\(name)"), index + 1 < arguments.endIndex
  else { return nil }
  return arguments[index + 1]
}
let directory = FileManager.default.temporaryDirectory
  .appendingPathComponent("review-bench-\(ProcessInfo.processInfo.processIdentifier)")
try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: directory) }

// MARK: - Throughput: 100,000 review commands over 10,000 claims, one process

if mode == "throughput" || mode == "all" {
  let path = directory.appendingPathComponent("throughput.db").path
  let claimCount = option("claims", 10_000)
  let commandCount = option("commands", 100_000)
  let store = try Store(path: path)
  let generation = try seconds {
    try Generator.articles(into: store, count: claimCount / 20, claimsEach: 20)
  }
  let sizeBefore = fileSize(path)
  var lines: [String] = []
  var random = ClaimText(seed: 7)
  let labels = ["true", "mostly-true", "mixed", "mostly-false", "false", "misleading"]
  let tags = ["budget", "éducation", "santé", "énergie", "emploi", "dette", "climat", "logement"]
  for index in 0..<commandCount {
    let claim = random.next(claimCount) + 1
    switch index % 4 {
    case 0:
      lines.append(
        "tag c\(claim) \(tags[random.next(tags.count)]) \(tags[random.next(tags.count)])")
    case 1: lines.append("verdict c\(claim) \(labels[random.next(labels.count)]) --force")
    case 2:
      var other = random.next(claimCount) + 1
      if other == claim { other = claim % claimCount + 1 }
      lines.append(
        "link c\(claim) \(["supports", "contradicts", "repeats"][random.next(3)]) c\(other)")
    default: lines.append("note c\(claim) \"Chiffre à recouper avec l'Insee, appel du \(index).\"")
    }
  }
  let output = NullSink()
  let diagnostics = BufferSink()
  let session = Session(
    store: store, editor: "bench", output: output, diagnostics: diagnostics,
    isInteractive: false)
  // The lines run as a script does (`factdesk -f`): through `ScriptRunner.run`, in batches
  // unless `--unbatched` turns them off as `.batch off` would.
  session.batches = !arguments.contains("--unbatched")
  var script = CommandLines(lines)
  let cpuBefore = cpuSeconds()
  let elapsed = seconds { ScriptRunner.run(&script, in: session) }
  let failures = session.failureCount
  let cpu = cpuSeconds() - cpuBefore
  let events = try store.eventCount()
  let size = fileSize(path)
  print("throughput: \(claimCount) claims generated in \(String(format: "%.1f", generation)) s")
  print(
    "throughput: \(commandCount) commands in \(String(format: "%.2f", elapsed)) s = "
      + "\(Int(Double(commandCount) / elapsed)) commands/s (\(failures) failed, \(events) events)")
  print(
    "throughput: \(String(format: "%.2f", cpu)) s of CPU = "
      + "\(Int(Double(commandCount) / cpu)) commands per CPU second, "
      + "\(String(format: "%.0f", cpu / Double(commandCount) * 1e6)) µs each")
  print(
    "throughput: store \(sizeBefore / 1024) KB before, \(size / 1024) KB after; "
      + "\(size / claimCount) bytes per claim with its \(events / claimCount) events")
}

// MARK: - Reads on a large store: claims, show, search, similar

if mode == "reads" || mode == "all" {
  // `--store PATH` keeps the generated store, and reuses it when it exists: generating a
  // million claims takes minutes, the reads take seconds.
  let kept = stringOption("store")
  let path = kept ?? directory.appendingPathComponent("reads.db").path
  let claimCount = option("claims", 1_000_000)
  let articleCount = option("articles", 50_000)
  let reused = kept.map { FileManager.default.fileExists(atPath: $0) } ?? false
  let store = try Store(path: path)
  if reused {
    print("reads: reusing \(path), \(fileSize(path) / 1_048_576) MB")
  } else {
    let generation = try seconds {
      try Generator.bulk(path: path, articles: articleCount, claimsEach: claimCount / articleCount)
    }
    print(
      "reads: \(claimCount) claims in \(articleCount) articles generated in "
        + "\(String(format: "%.1f", generation)) s; store \(fileSize(path) / 1_048_576) MB "
        + "(\(fileSize(path) / claimCount) bytes per claim with FTS)")
  }
  try Generator.tagFollowedClaims(path: path)
  let session = Session(
    store: store, editor: "bench", output: NullSink(), diagnostics: BufferSink(),
    isInteractive: false)
  var random = ClaimText(seed: 11)
  let words = ClaimText.vocabulary.flatMap { $0.split(separator: " ").map(String.init) }
  let runs = option("runs", 300)
  let commands: [(String, () -> String)] = [
    ("claims", { "claims a\(random.next(articleCount) + 1)" }),
    ("show", { "show c\(random.next(claimCount) + 1)" }),
    ("search", { "search \(words[random.next(words.count)]) \(words[random.next(words.count)])" }),
    (
      "search --article",
      { "search \(words[random.next(words.count)]) --article a\(random.next(articleCount) + 1)" }
    ),
    (
      "search --tag",
      { "search \(words[random.next(words.count)]) --tag suivi" }
    ),
    ("similar", { "similar c\(random.next(claimCount) + 1)" }),
    // Not a command: the store's share of `search`, the rest being parsing and the table.
    ("(Store.search)", { "\(words[random.next(words.count)]) \(words[random.next(words.count)])" }),
  ]
  for (name, make) in commands {
    var times: [Double] = []
    var cpuTimes: [Double] = []
    for _ in 0..<runs {
      let line = make()
      let cpuBefore = threadCPUSeconds()
      times.append(
        try seconds {
          if name.hasPrefix("(") {
            _ = try store.search(line)
          } else {
            try ScriptRunner.execute(line, in: session)
          }
        } * 1000)
      cpuTimes.append((threadCPUSeconds() - cpuBefore) * 1000)
    }
    print(
      "reads: \(name.padding(toLength: 16, withPad: " ", startingAt: 0)) p50 "
        + "\(String(format: "%6.2f", percentile(times, 0.5))) ms  p99 "
        + "\(String(format: "%6.2f", percentile(times, 0.99))) ms  max "
        + "\(String(format: "%6.2f", times.max() ?? 0)) ms;  CPU p50 "
        + "\(String(format: "%6.2f", percentile(cpuTimes, 0.5))) ms  p99 "
        + "\(String(format: "%6.2f", percentile(cpuTimes, 0.99))) ms")
  }
}
