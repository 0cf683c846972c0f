/// Finds words an editor typed in an article's text, where the article may use no-break
/// spaces (French typography puts U+00A0 or U+202F before « : € ») and the editor a plain one.
public enum LooseMatch {
  /// The span of the first place `needle` appears in `text`, any run of white space in either
  /// matching any run in the other; nil when it does not appear.
  public static func firstSpan(of needle: String, in text: ScalarText) -> TextSpan? {
    let pattern = Array(needle.unicodeScalars)
    guard let first = pattern.first, !isSpace(first) else {
      return pattern.isEmpty
        ? nil : firstSpan(of: String(needle.drop { $0.isWhitespace }), in: text)
    }
    let scalars = text.scalars
    var start = 0
    while start < scalars.count {
      if scalars[start] == first, let end = matchEnd(pattern, in: scalars, from: start) {
        return TextSpan(start: start, end: end)
      }
      start += 1
    }
    return nil
  }

  private static func matchEnd(
    _ pattern: [Unicode.Scalar], in scalars: [Unicode.Scalar], from start: Int
  ) -> Int? {
    var position = start
    var index = 0
    while index < pattern.count {
      if isSpace(pattern[index]) {
        guard position < scalars.count, isSpace(scalars[position]) else { return nil }
        while index < pattern.count && isSpace(pattern[index]) { index += 1 }
        while position < scalars.count && isSpace(scalars[position]) { position += 1 }
        continue
      }
      guard position < scalars.count, scalars[position] == pattern[index] else { return nil }
      position += 1
      index += 1
    }
    return position
  }

  private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isWhitespace
  }
}
