/// brat standoff: the text in one file and the annotations in a `.ann` beside it
/// (https://brat.nlplab.org/standoff.html). T lines mark claims, quotes and speaker mentions;
/// R lines carry links and who said a quote; A lines verdicts; # lines notes. Offsets count
/// characters (Unicode code points) of the `.txt`. Several articles are written one after
/// another in the `.txt`, separated by a blank line, and their offsets shifted to match.
public struct BratExporter: Exporter {
  public var depth: Store.ExportDepth { .full }
  private var text: ExportWriter?
  /// Where the next article starts in the `.txt`.
  private var offset = 0
  private var counters = (t: 0, r: 0, a: 0, note: 0)

  public init() {}

  public mutating func begin(_ context: ExportContext, to out: ExportWriter) throws {
    guard let companion = context.companion else {
      throw ExportError.invalid("brat writes two files (.txt and .ann); give a PATH, not -")
    }
    text = ExportWriter(companion)
  }

  public mutating func write(_ bundle: ExportBundle, to out: ExportWriter) throws {
    out.report.articles += 1
    out.report.claims += bundle.claims.count
    out.report.quotes += bundle.quotes.count
    if offset > 0 {
      text?.write("\n\n")
      offset += 2
    }
    text?.write(bundle.article.text)
    try text?.flushIfFull()
    let scalars = bundle.article.scalars
    var mentionIDs: [PersonID: String] = [:]
    var entityIDs: [String: String] = [:]
    for person in bundle.persons {
      for mention in person.mentions {
        let id = textBound("Speaker", mention, scalars, to: out)
        if mentionIDs[person.id] == nil { mentionIDs[person.id] = id }
      }
      if let first = mentionIDs[person.id] { entityIDs[person.id.description] = first }
    }
    for quote in bundle.quotes {
      let id = textBound("Quote", quote.span, scalars, to: out)
      entityIDs[quote.id.description] = id
      attribute("Kind", id, quote.kind, to: out)
      if let speaker = quote.speaker, let mention = mentionIDs[speaker.id] {
        relation("SaidBy", id, mention, to: out)
      }
      for note in quote.notes { annotatorNote(id, note.text, to: out) }
    }
    for claim in bundle.claims {
      let id = textBound("Claim", claim.span, scalars, to: out)
      entityIDs[claim.id.description] = id
      attribute("Status", id, claim.status, to: out)
      if let verdict = claim.verdict {
        attribute("Verdict", id, verdict.label, to: out)
        if let note = verdict.note { annotatorNote(id, note, to: out) }
      }
      if let speaker = claim.speaker, let mention = mentionIDs[speaker.id] {
        relation("SaidBy", id, mention, to: out)
      }
      for note in claim.notes { annotatorNote(id, note.text, to: out) }
      for source in claim.sources { annotatorNote(id, "source: \(source.url)", to: out) }
    }
    for link in bundle.links {
      guard let from = entityIDs[link.from], let to = entityIDs[link.to] else { continue }
      relation(BratExporter.relationType(link.relation), from, to, to: out)
    }
    offset += scalars.count
  }

  public mutating func end(to out: ExportWriter) throws {
    try text?.flush()
  }

  // MARK: - Lines

  private mutating func textBound(
    _ type: String, _ span: TextSpan, _ scalars: ScalarText, to out: ExportWriter
  ) -> String {
    counters.t += 1
    let id = "T\(counters.t)"
    // brat reads the text column only for display; line breaks inside would end the line.
    let covered = BratExporter.oneLine(scalars[span])
    out.write("\(id)\t\(type) \(span.start + offset) \(span.end + offset)\t\(covered)\n")
    return id
  }

  private mutating func relation(_ type: String, _ from: String, _ to: String, to out: ExportWriter)
  {
    counters.r += 1
    out.write("R\(counters.r)\t\(type) Arg1:\(from) Arg2:\(to)\n")
  }

  private mutating func attribute(
    _ type: String, _ id: String, _ value: String, to out: ExportWriter
  ) {
    counters.a += 1
    out.write("A\(counters.a)\t\(type) \(id) \(BratExporter.oneLine(value))\n")
  }

  private mutating func annotatorNote(_ id: String, _ note: String, to out: ExportWriter) {
    counters.note += 1
    out.write("#\(counters.note)\tAnnotatorNotes \(id)\t\(BratExporter.oneLine(note))\n")
  }

  static func oneLine(_ text: String) -> String {
    String(
      String.UnicodeScalarView(
        text.unicodeScalars.map { $0 == "\n" || $0 == "\t" || $0 == "\r" ? " " : $0 }))
  }

  /// brat type names: `same-as` becomes `Same_as`.
  static func relationType(_ relation: String) -> String {
    let words = relation.split(separator: "-")
    return words.enumerated().map {
      $0 == 0 ? $1.prefix(1).uppercased() + $1.dropFirst() : String($1)
    }
    .joined(separator: "_")
  }
}
