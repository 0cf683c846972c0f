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
    // Sized up front: every review command writes one or two of these, and growing the
    // buffer from empty reallocated it three times for each.
    var size = 2
    for (key, value) in members { size += key.utf8.count + (value?.utf8.count ?? 4) + 8 }
    var writer = JSONWriter(reservingCapacity: size)
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
