/// Everything `show` prints about one item: labelled facts, then titled lists.
public struct ItemDetail: Sendable, Equatable {
  public struct Section: Sendable, Equatable {
    public var title: String
    public var lines: [String]
  }

  public var id: String
  public var fields: [Field]
  public var sections: [Section]

  public struct Field: Sendable, Equatable {
    public var name: String
    public var value: String
  }

  public func field(_ name: String) -> String? { fields.first { $0.name == name }?.value }

  public func section(_ title: String) -> [String] {
    sections.first { $0.title == title }?.lines ?? []
  }
}
