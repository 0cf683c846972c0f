import FactDeskCore

/// How listings are printed, chosen with `.mode`.
public enum OutputMode: String, CaseIterable, Sendable {
  case table, line, json, csv, markdown
}

/// Renders a table in one of the output modes.
public enum TableRenderer {
  /// Long cells are cut in table mode so a row stays on one terminal line.
  static let widestTableCell = 60

  public static func render(_ table: Table, as mode: OutputMode) -> String {
    switch mode {
    case .table: aligned(table)
    case .line: lines(table)
    case .json: json(table)
    case .csv: csv(table)
    case .markdown: markdown(table)
    }
  }

  private static func aligned(_ table: Table) -> String {
    // Each cell's width is counted once; Foundation's padding(toLength:) was most of the time
    // `articles` took on a thousand rows.
    let header = table.columns.map { ($0, width(of: $0)) }
    let cells = table.rows.map { row in
      row.map { cell -> (String, Int) in
        let text = shorten(oneLine(cell.display))
        return (text, width(of: text))
      }
    }
    var widths = header.map(\.1)
    for row in cells {
      for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.1) }
    }
    // Lines are assembled as bytes: appending Strings and padding Strings was half the time.
    var output: [UInt8] = []
    func append(_ values: [(String, Int)]) {
      let lineStart = output.count
      for (index, value) in values.enumerated() {
        if index > 0 { output.append(contentsOf: [0x20, 0x20]) }
        output.append(contentsOf: value.0.utf8)
        if index < values.count - 1 {
          output.append(contentsOf: repeatElement(0x20, count: widths[index] - value.1))
        }
      }
      while output.count > lineStart && output.last == 0x20 { output.removeLast() }
      output.append(0x0A)
    }
    append(header)
    append(widths.map { (String(repeating: "-", count: $0), $0) })
    for row in cells { append(row) }
    return String(decoding: output, as: UTF8.self)
  }

  private static func lines(_ table: Table) -> String {
    let width = table.columns.map(\.count).max() ?? 0
    return table.rows.map { row in
      zip(table.columns, row).map { column, cell in
        String(repeating: " ", count: width - column.count) + column + " = " + cell.display + "\n"
      }.joined()
    }.joined(separator: "\n")
  }

  private static func json(_ table: Table) -> String {
    var writer = JSONWriter()
    writer.beginArray()
    for row in table.rows {
      writer.beginObject()
      for (column, cell) in zip(table.columns, row) {
        writer.key(column)
        switch cell {
        case .text(let value): writer.string(value)
        case .integer(let value): writer.int(value)
        case .decimal(let value): writer.double(value)
        case .null: writer.null()
        }
      }
      writer.endObject()
    }
    writer.endArray()
    return writer.text + "\n"
  }

  private static func csv(_ table: Table) -> String {
    ([table.columns.map(CSVField.quoted)]
      + table.rows.map { $0.map { CSVField.quoted($0.display) } })
      .map { $0.joined(separator: ",") + "\r\n" }.joined()
  }

  private static func markdown(_ table: Table) -> String {
    func line(_ values: [String]) -> String {
      "| "
        + values.map { oneLine($0).replacingOccurrences(of: "|", with: "\\|") }
        .joined(separator: " | ") + " |\n"
    }
    return line(table.columns) + line(table.columns.map { _ in "---" })
      + table.rows.map { line($0.map(\.display)) }.joined()
  }

  private static func oneLine(_ text: String) -> String {
    // A byte test: Foundation's contains(_:) costs a string search per cell.
    text.utf8.contains(UInt8(ascii: "\n")) ? text.replacingOccurrences(of: "\n", with: " ") : text
  }

  /// Characters on screen; an ASCII cell, the usual one, is as wide as its bytes, which is
  /// cheaper to know than its grapheme count.
  private static func width(of text: String) -> Int {
    text.utf8.allSatisfy { $0 < 0x80 } ? text.utf8.count : text.count
  }

  private static func shorten(_ text: String) -> String {
    // Most cells are short: their UTF-8 length bounds their width without counting graphemes.
    guard text.utf8.count > widestTableCell, text.count > widestTableCell else { return text }
    return String(text.prefix(widestTableCell - 1)) + "…"
  }
}

/// RFC 4180 quoting for one field.
enum CSVField {
  static func quoted(_ value: String) -> String {
    guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
      return value
    }
    return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
