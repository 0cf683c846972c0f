import Foundation

/// Reads publication dates as pages and bylines write them and returns them as YYYY-MM-DD:
/// ISO 8601 ("2020-11-05T10:00:00+01:00"), French ("5 novembre 2020", "le 05/11/2020",
/// "1er déc. 2020") and English ("November 5, 2020", "5 Nov 2020").
enum DateFinder {
  private static let months: [(prefix: String, month: Int)] = [
    ("janv", 1), ("jan", 1), ("févr", 2), ("fevr", 2), ("feb", 2), ("fév", 2), ("mars", 3),
    ("mar", 3), ("avr", 4), ("apr", 4), ("mai", 5), ("may", 5), ("juin", 6), ("jun", 6),
    ("juil", 7), ("jul", 7), ("août", 8), ("aout", 8), ("aug", 8), ("sept", 9), ("sep", 9),
    ("oct", 10), ("nov", 11), ("déc", 12), ("dec", 12),
  ]

  /// The first date in `text`, or nil.
  static func firstDate(in text: String) -> String? {
    if let iso = isoDate(in: text) { return iso }
    let tokens = text.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "/") }.map(
      String.init)
    for (index, token) in tokens.enumerated() {
      if let numeric = slashDate(token) { return numeric }
      guard let month = month(token) else { continue }
      // "5 novembre 2020" / "1er novembre 2020"
      if index >= 1, index + 1 < tokens.count, let day = day(tokens[index - 1]),
        let year = year(tokens[index + 1])
      {
        return format(year, month, day)
      }
      // "November 5, 2020" / "Nov 5 2020"
      if index + 2 < tokens.count, let day = day(tokens[index + 1]),
        let year = year(tokens[index + 2])
      {
        return format(year, month, day)
      }
    }
    return nil
  }

  /// YYYY-MM-DD at the start of an ISO timestamp anywhere in `text`.
  static func isoDate(in text: String) -> String? {
    let scalars = Array(text.utf8)
    guard scalars.count >= 10 else { return nil }
    for start in 0...(scalars.count - 10) {
      let slice = scalars[start..<(start + 10)]
      let pattern = Array(slice)
      let digitsAt = [0, 1, 2, 3, 5, 6, 8, 9]
      guard pattern[4] == UInt8(ascii: "-"), pattern[7] == UInt8(ascii: "-"),
        digitsAt.allSatisfy({ pattern[$0] >= 0x30 && pattern[$0] <= 0x39 })
      else { continue }
      if start > 0 && scalars[start - 1] >= 0x30 && scalars[start - 1] <= 0x39 { continue }
      let string = String(decoding: pattern, as: UTF8.self)
      let parts = string.split(separator: "-").compactMap { Int($0) }
      if let year = year(String(parts[0])), (1...12).contains(parts[1]), (1...31).contains(parts[2])
      {
        return format(year, parts[1], parts[2])
      }
    }
    return nil
  }

  private static func slashDate(_ token: String) -> String? {
    let parts = token.split(separator: "/")
    guard parts.count == 3, let first = Int(parts[0]), let second = Int(parts[1]),
      let year = year(String(parts[2]))
    else { return nil }
    // Day first as in French and British use; month first only when the day cannot be one.
    if (1...31).contains(first), (1...12).contains(second) { return format(year, second, first) }
    if (1...12).contains(first), (1...31).contains(second) { return format(year, first, second) }
    return nil
  }

  private static func month(_ token: String) -> Int? {
    guard token.count >= 3, token.first?.isLetter == true else { return nil }
    for (prefix, month) in months where token.hasPrefix(prefix) {
      // "mars" must not be read in "marseille": allow only the word or its abbreviation.
      if token.count <= 9 && !token.hasPrefix("marse") { return month }
    }
    return nil
  }

  private static func day(_ token: String) -> Int? {
    let digits = token.hasSuffix("er") ? String(token.dropLast(2)) : token
    guard let value = Int(digits.filter(\.isNumber)),
      digits.allSatisfy({ $0.isNumber || $0.isLetter }),
      (1...31).contains(value), digits.prefix(while: \.isNumber).count <= 2
    else { return nil }
    return value
  }

  private static func year(_ token: String) -> Int? {
    guard token.count == 4, let value = Int(token), (1900...2100).contains(value) else {
      return nil
    }
    return value
  }

  private static func format(_ year: Int, _ month: Int, _ day: Int) -> String {
    String(format: "%04d-%02d-%02d", year, month, day)
  }
}
