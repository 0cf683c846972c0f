import CLibXML2
import Foundation

/// An HTML page as flat Swift values: nodes in document order, each with its parent and the end
/// of its subtree, so that every walk over the page is a loop rather than a recursion (a page of
/// 100,000 nested <div>s must not overflow the stack).
///
/// This is the only file that touches libxml2. Its HTML parser is forgiving in the ways real
/// pages need (unquoted attributes, implied end tags, entities, raw script text); see
/// notes/stack-probe.md §4 for why FoundationXML is not used.
struct HTMLDocument {
  struct Node {
    /// Lower-cased tag name; empty for text.
    var name: String
    /// The text of a text node.
    var text: String
    var parent: Int
    /// One past the last node of this node's subtree: descendants are `index + 1 ..< end`.
    var end: Int
    var attributes: [String: String]
    var isText: Bool { name.isEmpty }
  }

  private(set) var nodes: [Node] = []

  /// Attributes the extractor reads; the rest are not converted.
  private static let keptAttributes: Set<String> = [
    "id", "class", "role", "hidden", "style", "aria-hidden", "itemprop", "itemtype", "property",
    "name", "content", "href", "lang", "datetime", "type", "rel", "http-equiv", "charset",
  ]

  /// Parses UTF-8 text; returns nil when libxml2 finds no root element at all.
  init?(utf8 text: String) {
    var text = text
    let maybeDocument = text.withUTF8 { bytes -> htmlDocPtr? in
      bytes.withMemoryRebound(to: CChar.self) { chars in
        let options = Int32(
          HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue
            | HTML_PARSE_IGNORE_ENC.rawValue | XML_PARSE_HUGE.rawValue)
        return htmlReadMemory(chars.baseAddress, Int32(chars.count), nil, "UTF-8", options)
      }
    }
    guard let document = maybeDocument else { return nil }
    defer { xmlFreeDoc(document) }
    guard let root = xmlDocGetRootElement(document) else { return nil }
    convert(from: root)
  }

  /// Walks libxml2's tree by its child, sibling and parent pointers.
  private mutating func convert(from root: xmlNodePtr) {
    var open: [Int] = []  // indices of elements whose subtree is being converted
    var current: xmlNodePtr? = root
    while let node = current {
      let index = nodes.count
      let converted = Self.convert(node, parent: open.last ?? -1)
      if let converted { nodes.append(converted) }
      if converted != nil, !converted!.isText, let child = node.pointee.children {
        open.append(index)
        current = child
        continue
      }
      if converted != nil { nodes[index].end = nodes.count }
      // Next sibling, or climb until an ancestor has one.
      var cursor: xmlNodePtr? = node
      current = nil
      while let at = cursor {
        if at == root { break }
        if let next = at.pointee.next {
          current = next
          break
        }
        cursor = at.pointee.parent
        if let finished = open.popLast() { nodes[finished].end = nodes.count }
        if cursor == root || cursor == nil { break }
      }
    }
    while let finished = open.popLast() { nodes[finished].end = nodes.count }
  }

  private static func convert(_ node: xmlNodePtr, parent: Int) -> Node? {
    switch node.pointee.type {
    case XML_ELEMENT_NODE:
      let name = node.pointee.name.map { String(cString: $0).lowercased() } ?? "unknown"
      return Node(name: name, text: "", parent: parent, end: 0, attributes: attributes(of: node))
    case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
      guard let content = node.pointee.content else { return nil }
      return Node(name: "", text: String(cString: content), parent: parent, end: 0, attributes: [:])
    default:
      return nil
    }
  }

  private static func attributes(of node: xmlNodePtr) -> [String: String] {
    var result: [String: String] = [:]
    var property = node.pointee.properties
    while let attribute = property {
      defer { property = attribute.pointee.next }
      guard let rawName = attribute.pointee.name else { continue }
      let name = String(cString: rawName).lowercased()
      guard keptAttributes.contains(name) else { continue }
      var value = ""
      var child = attribute.pointee.children
      while let part = child {
        if let content = part.pointee.content { value += String(cString: content) }
        child = part.pointee.next
      }
      result[name] = value
    }
    return result
  }

  // MARK: - Queries

  /// Concatenated text of a subtree, whitespace as in the source.
  func text(of index: Int) -> String {
    var result = ""
    for child in (index + 1)..<max(index + 1, nodes[index].end) where nodes[child].isText {
      result += nodes[child].text
    }
    return result
  }

  /// Indices of the elements named `name`, in document order.
  func elements(named name: String) -> [Int] {
    nodes.indices.filter { nodes[$0].name == name }
  }

  /// Whether `ancestor` contains `index` (or is it).
  func contains(_ ancestor: Int, _ index: Int) -> Bool {
    ancestor <= index && index < nodes[ancestor].end
  }
}
