import FactDeskCore
import Foundation

/// The state of one shell: the store, the article in use and the settings dot commands change.
public final class Session {
  public let store: Store
  public let registry: CommandRegistry
  /// Who is making changes, recorded in every event.
  public let editor: String
  public let output: TextSink
  public let diagnostics: TextSink
  /// Whether lines come from a person at a terminal (errors then carry no file and line).
  public let isInteractive: Bool

  public var currentArticle: ArticleID?
  /// The verdict this editor last saw on each claim (at `show`, `claims` or `verdict`), so a
  /// verdict someone else changed since is reported instead of silently overwritten.
  public var seenVerdicts: [ClaimID: String?] = [:]
  public var mode: OutputMode = .table
  public var bail = false
  public var echo = false
  /// How long an export runs before its progress bar appears; `FACTDESK_PROGRESS_DELAY`
  /// (seconds) sets it, 0 to see the bar on every export.
  public var progressDelay: TimeInterval = 1
  /// Whether scripts run their commands in batches (`.batch`); see `ScriptBatch`.
  public var batches = true
  /// Set by `.quit`; the runner stops reading lines.
  public var quitRequested = false
  /// Commands that failed so far, at any `.read` depth; decides the exit status.
  public var failureCount = 0
  /// Set when bail stopped a script; every enclosing script stops too.
  public var bailed = false
  /// How deep `.read` has nested, to refuse a script that reads itself forever.
  var readDepth = 0
  /// The batch the scripts' commands run in; one for all `.read` depths, so a long script
  /// read by another still commits every second.
  var scriptBatch: ScriptBatch

  public init(
    store: Store, registry: CommandRegistry = .standard, editor: String, output: TextSink,
    diagnostics: TextSink, isInteractive: Bool
  ) {
    self.store = store
    self.registry = registry
    self.editor = editor
    self.output = output
    self.diagnostics = diagnostics
    self.isInteractive = isInteractive
    scriptBatch = ScriptBatch(store: store)
  }

  /// The prompt shows the article in use: `factdesk a1> `.
  public var prompt: String {
    currentArticle.map { "factdesk \($0)> " } ?? "factdesk> "
  }

  /// Who made a change and with which line, for the event log.
  public func context(_ invocation: Invocation) -> ChangeContext {
    ChangeContext(editor: editor, command: invocation.line)
  }

  public func print(_ text: String) {
    output.write(text.hasSuffix("\n") ? text : text + "\n")
  }

  public func show(_ table: Table) {
    output.write(TableRenderer.render(table, as: mode))
  }

  /// A warning that does not fail the command.
  public func warn(_ message: String) {
    output.flush()
    diagnostics.write("warning: \(message)\n")
    diagnostics.flush()
  }
}

extension Session: CompletionSource {
  public func candidates(for kind: ArgumentKind) -> [String] {
    switch kind {
    case .article:
      return ((try? store.articleSummaries()) ?? []).map(\.id.description)
    case .anyID:
      return ((try? store.articleSummaries()) ?? []).map(\.id.description)
        + ((try? store.completionIDs(in: currentArticle)) ?? [])
    case .claim, .quote, .sentence, .person:
      let prefix =
        switch kind {
        case .claim: ClaimKind.prefix
        case .quote: QuoteEntityKind.prefix
        case .sentence: SentenceKind.prefix
        default: PersonKind.prefix
        }
      return ((try? store.completionIDs(in: currentArticle)) ?? []).filter { $0.hasPrefix(prefix) }
    case .tag:
      return (try? store.tagNames()) ?? []
    case .verdictLabel:
      return (try? store.ratingLabels()) ?? []
    case .choice(let words):
      return words
    case .command:
      return registry.commands.filter(\.completesByName).map(\.name)
    case .path, .number, .text:
      return []
    }
  }
}
