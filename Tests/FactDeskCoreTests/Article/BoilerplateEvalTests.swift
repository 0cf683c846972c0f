import Foundation
import Testing

@testable import FactDeskCore

/// Runs the extractor over the development half of the article-extraction benchmark, when the
/// shared evaluation data is present, and checks that the shingle F1 stays where it was
/// measured (Benchmarks/LOADER.md). The full report comes from Benchmarks/boilerplate-eval.py.
@Suite struct BoilerplateEvalTests {
  static var evalDirectory: URL? {
    EvalData.directory.map { $0.appendingPathComponent("boilerplate") }
  }

  /// 4-token shingles over \w+ runs, counted as a multiset, as the benchmark does.
  static func shingles(_ text: String) -> [String: Int] {
    let tokens = text.split { !($0.isLetter || $0.isNumber || $0 == "_") }.map(String.init)
    var counts: [String: Int] = [:]
    let count = max(1, tokens.count - 3)
    for start in 0..<count where start < tokens.count {
      counts[tokens[start..<min(start + 4, tokens.count)].joined(separator: " "), default: 0] += 1
    }
    return counts
  }

  @Test func keepsTheBenchmarkF1() throws {
    guard let directory = Self.evalDirectory else {
      print("skipping: no boilerplate eval data ($FACTDESK_EVAL_DIR or ../shared/eval)")
      return
    }
    let truthData = try Data(contentsOf: directory.appendingPathComponent("ground-truth-dev.json"))
    let truth = try #require(
      try JSONSerialization.jsonObject(with: truthData) as? [String: [String: Any]])
    var precisions: [Double] = []
    var recalls: [Double] = []
    for (key, page) in truth {
      let gzipped = directory.appendingPathComponent("html/\(key).html.gz")
      let html = try Self.gunzip(gzipped)
      let article = try? ArticleLoader.load(data: html, source: key + ".html")
      let body =
        article.map { article in
          article.paragraphs.filter { [.body, .standfirst, .subheading].contains($0.role) }
            .map { article.text.text(in: $0.span) }.joined(separator: "\n\n")
        } ?? ""
      let expected = Self.shingles(page["articleBody"] as? String ?? "")
      let found = Self.shingles(body)
      let truePositives = expected.reduce(0) { $0 + min($1.value, found[$1.key] ?? 0) }
      let foundTotal = found.values.reduce(0, +)
      let expectedTotal = expected.values.reduce(0, +)
      if foundTotal > 0 { precisions.append(Double(truePositives) / Double(foundTotal)) }
      if expectedTotal > 0 { recalls.append(Double(truePositives) / Double(expectedTotal)) }
    }
    let precision = precisions.reduce(0, +) / Double(precisions.count)
    let recall = recalls.reduce(0, +) / Double(recalls.count)
    let f1 = 2 * precision * recall / (precision + recall)
    print("boilerplate dev: P \(precision) R \(recall) F1 \(f1)")
    #expect(f1 >= 0.94)
  }

  static func gunzip(_ url: URL) throws -> Data {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/gzip")
    process.arguments = ["-dc", url.path]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return data
  }
}
