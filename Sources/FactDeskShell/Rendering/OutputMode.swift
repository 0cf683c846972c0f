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
    let cells = table.rows.map { row in row.map { shorten(oneLine($0.display)) } }
    var widths = table.columns.map(\.count)
    for row in cells {
      for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
    }
    func line(_ values: [String]) -> String {
      zip(values, widths).map { value, width in
        value.padding(toLength: width, withPad: " ", startingAt: 0)
      }
      .joined(separator: "  ").trailingSpacesRemoved + "\n"
    }
    var output = line(table.columns)
    output += line(widths.map { String(repeating: "-", count: $0) })
    for row in cells { output += line(row) }
    return output
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
    text.contains("\n") ? text.replacingOccurrences(of: "\n", with: " ") : text
  }

  private static func shorten(_ text: String) -> String {
    text.count <= widestTableCell ? text : String(text.prefix(widestTableCell - 1)) + "…"
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

extension String {
  var trailingSpacesRemoved: String {
    var result = self
    while result.last == " " { result.removeLast() }
    return result
  }
}
