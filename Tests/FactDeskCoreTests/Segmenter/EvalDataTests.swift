import FactDeskCore
import Foundation
import Testing

/// Scores on the shared evaluation data (EvalData.directory: $FACTDESK_EVAL_DIR, or ../shared/eval next to the
/// repository). The data is not part of the repository, so these tests skip, saying why,
/// where it is absent. Benchmarks/eval_sentences.py and eval_quotes.py print the same
/// figures in more detail.
@Suite(
  .enabled(
    if: EvalData.directory != nil,
    "shared evaluation data not found ($FACTDESK_EVAL_DIR or ../shared/eval)"))
struct EvalDataTests {
  @Test func frenchSentenceBoundariesReachPySBD() throws {
    let f1 = try EvalData.boundaryF1(file: "ud/fr_gsd-dev.jsonl", language: .french)
    #expect(f1 >= 0.96, "French boundary F1 \(f1)")
  }

  @Test func englishWebSentenceBoundariesReachPySBD() throws {
    let f1 = try EvalData.boundaryF1(file: "ud/en_ewt-dev.jsonl", language: .english)
    #expect(f1 >= 0.90, "English boundary F1 \(f1)")
  }

  @Test func passesTheGoldenRules() throws {
    var passed = 0
    let cases = try EvalData.lines("sbd/golden_en.jsonl")
    for line in cases {
      let text = line["text"] as? String ?? ""
      var expected = line["sentences"] as? [String] ?? []
      var found = Segmenter.segment(text, language: .english).sentenceTexts(in: text)
      if line["sentences_are_substrings"] as? Bool == false {
        expected = expected.map(EvalData.collapsingWhitespace)
        found = found.map(EvalData.collapsingWhitespace)
      }
      if found == expected.map({ $0.trimmingCharacters(in: .whitespaces) }) { passed += 1 }
    }
    #expect(passed >= 48, "\(passed) of \(cases.count) golden rules")
  }

  @Test func findsDirectSpeechInFrenchNovels() throws {
    var predicted = 0
    var overlapping = 0
    for line in try EvalData.lines("quotes/aads_french-val.jsonl") {
      let text = line["text"] as? String ?? ""
      let gold = (line["direct_speech"] as? [[Int]] ?? []).map { ($0[0], $0[1]) }
      for quote in Segmenter.segment(text, language: .french).quotes where quote.kind != .term {
        predicted += 1
        let span = quote.span
        if gold.contains(where: { min($0.1, span.end) - max($0.0, span.start) > 0 }) {
          overlapping += 1
        }
      }
    }
    // Quotes the segmenter finds are direct speech; dialogue dashes without marks it
    // leaves alone (see Benchmarks/SEGMENTER.md for recall).
    #expect(Double(overlapping) / Double(max(1, predicted)) >= 0.8)
  }
}

extension EvalData {
  static func lines(_ file: String) throws -> [[String: Any]] {
    let url = try #require(directory).appendingPathComponent(file)
    let text = try String(contentsOf: url, encoding: .utf8)
    return try text.split(separator: "\n").map {
      try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
  }

  /// F1 of sentence ends, counting every sentence end but a document's last.
  static func boundaryF1(file: String, language: Language) throws -> Double {
    var truePositives = 0
    var predicted = 0
    var expected = 0
    for line in try lines(file) {
      let text = line["text"] as? String ?? ""
      let gold = Set((line["spans"] as? [[Int]] ?? []).dropLast().map { $0[1] })
      let found = Set(Segmenter.segment(text, language: language).sentences.dropLast().map(\.end))
      truePositives += gold.intersection(found).count
      predicted += found.count
      expected += gold.count
    }
    let precision = Double(truePositives) / Double(max(1, predicted))
    let recall = Double(truePositives) / Double(max(1, expected))
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
  }

  static func collapsingWhitespace(_ text: String) -> String {
    text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }
}
