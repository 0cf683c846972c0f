import FactDeskCore

/// Rows of values with named columns: what listing commands produce, rendered per `.mode`.
public struct Table: Sendable, Equatable {
  public enum Cell: Sendable, Equatable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
    case text(String)
    case integer(Int)
    case decimal(Double)
    case null

    public init(stringLiteral value: String) { self = .text(value) }
    public init(integerLiteral value: Int) { self = .integer(value) }
    public init(_ value: String?) { self = value.map(Cell.text) ?? .null }

    /// How the cell reads in text modes.
    var display: String {
      switch self {
      case .text(let value): value
      case .integer(let value): String(value)
      case .decimal(let value): Table.Cell.format(value)
      case .null: ""
      }
    }

    static func format(_ value: Double) -> String {
      var writer = JSONWriter()
      writer.double(value, decimals: 2)
      return writer.text
    }
  }

  public var columns: [String]
  public var rows: [[Cell]]

  public init(columns: [String], rows: [[Cell]] = []) {
    self.columns = columns
    self.rows = rows
  }
}
