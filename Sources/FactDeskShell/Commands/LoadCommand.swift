import FactDeskCore
import Foundation

/// `load`: files, directories, standard input or URLs become clean, segmented, stored articles.
enum LoadCommand {
  static let spec = CommandSpec(
    name: "load", summary: "Load articles from text or HTML files, directories, - or URLs",
    details: [
      "Boilerplate (banners, forms, menus, read-also lists) is removed and listed by read --all.",
      "Loading the same content again finds the stored article instead of a copy.",
      "Each article is stored in a transaction of its own; a directory loads every file in it.",
    ],
    arguments: [ArgumentSpec("input", .path, variadic: true)],
    options: [
      OptionSpec("lang", .choice(["fr", "en"]), help: "the language, instead of guessing it"),
      OptionSpec("title", .text, help: "the title, instead of finding it"),
      OptionSpec("raw", help: "keep everything as body: no boilerplate removal"),
    ]
  ) { invocation, session in
    var options = ArticleLoader.Options(keepEverything: invocation.flag("raw"))
    if let word = invocation.option("lang") {
      guard let language = Language(rawValue: word), language != .other else {
        throw ShellError.invalidValue("--lang takes fr or en, not \(word)")
      }
      options.language = language
    }
    options.title = invocation.option("title")
    let inputs = try expand(invocation.strings("input"))
    let progress = ProgressBar(total: inputs.count, session: session)
    var failures: [(String, any Error)] = []
    for (index, input) in inputs.enumerated() {
      progress.show(done: index, current: input)
      do {
        let summary = try load(input, options: options, invocation: invocation, session: session)
        progress.finish()
        session.print(summary)
        session.output.flush()
      } catch {
        guard inputs.count > 1 else { throw error }
        failures.append((input, error))
      }
    }
    progress.finish()
    guard failures.isEmpty else {
      for (_, error) in failures { session.diagnostics.write("  not loaded: \(error)\n") }
      throw ShellError.invalidValue("\(failures.count) of \(inputs.count) inputs not loaded")
    }
  }

  private static func load(
    _ input: String, options: ArticleLoader.Options, invocation: Invocation, session: Session
  ) throws -> String {
    let article = try read(input, options: options)
    let segmentation = ArticleSegmentation.of(article)
    let outcome = try session.store.add(
      article, segmentation: segmentation, context: session.context(invocation))
    session.currentArticle = outcome.id
    for warning in article.warnings { session.warn("\(input): \(warning)") }
    return LoadSummary.line(for: article, outcome: outcome, segmentation: segmentation)
  }

  private static func read(_ input: String, options: ArticleLoader.Options) throws -> CleanArticle {
    let lowered = input.lowercased()
    if lowered.hasPrefix("http://") || lowered.hasPrefix("https://") {
      guard let url = URL(string: input) else {
        throw ShellError.invalidValue("\(input) is not a valid URL")
      }
      return try ArticleLoader.fetch(url: url, options: options)
    }
    return try ArticleLoader.load(path: input, options: options)
  }

  /// Replaces each directory by the visible files in it, sorted by name.
  static func expand(_ inputs: [String]) throws -> [String] {
    try inputs.flatMap { input -> [String] in
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory),
        isDirectory.boolValue
      else { return [input] }
      let names = try FileManager.default.contentsOfDirectory(atPath: input)
      let files = names.filter { !$0.hasPrefix(".") }.sorted().map {
        (input as NSString).appendingPathComponent($0)
      }.filter { path in
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
          && !isFolder.boolValue
      }
      guard !files.isEmpty else { throw ShellError.invalidValue("\(input): no files to load") }
      return files
    }
  }
}

/// The one line `load` prints per article.
enum LoadSummary {
  static func line(
    for article: CleanArticle, outcome: LoadOutcome, segmentation: Segmentation?
  ) -> String {
    let title = article.metadata.title ?? article.source
    guard outcome.isNew else { return "\(outcome.id)  already loaded: \(title)" }
    var roles: [ParagraphRole: Int] = [:]
    for paragraph in article.paragraphs { roles[paragraph.role, default: 0] += 1 }
    let counted = ParagraphRole.allCases.compactMap { role in
      roles[role].map { "\($0) \(role.rawValue)" }
    }
    var parts = [
      "\(outcome.id)", title, article.metadata.language.rawValue,
      "\(article.paragraphs.count) paragraphs (\(counted.joined(separator: ", ")))",
    ]
    if let segmentation {
      parts.append(
        "\(segmentation.sentences.count) sentences, \(segmentation.quotes.count) quotes, "
          + "\(segmentation.claims.count) claims")
    }
    if !article.removed.isEmpty { parts.append("\(article.removed.count) parts removed") }
    return parts.joined(separator: "  ")
  }
}

/// What the segmenter finds in an article, in the language the loader settled on.
enum ArticleSegmentation {
  static func of(_ article: CleanArticle) -> Segmentation {
    let language = article.metadata.language
    return Segmenter.segment(article.text, language: language == .other ? nil : language)
  }
}
