import Foundation

extension Store {
  /// Small JSON values for columns such as `authors` and event states.
  static func jsonArray(_ values: [String]) -> String {
    var writer = JSONWriter()
    writer.beginArray()
    for value in values { writer.string(value) }
    writer.endArray()
    return writer.text
  }

  static func jsonObject(_ members: KeyValuePairs<String, String?>) -> String {
    var writer = JSONWriter()
    writer.beginObject()
    for (key, value) in members {
      writer.key(key)
      writer.string(value)
    }
    writer.endObject()
    return writer.text
  }

  static func decodeArray(_ json: String) -> [String] {
    (try? JSONDecoder().decode([String].self, from: Data(json.utf8))) ?? []
  }
}
