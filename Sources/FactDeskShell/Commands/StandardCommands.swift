extension CommandRegistry {
  /// Every command of the shell, in the order `.help` lists them.
  public static let standard = CommandRegistry([
    LoadCommand.spec,
    ArticleCommands.articles,
    ArticleCommands.use,
    ArticleCommands.read,
    ArticleCommands.delete,
    ClaimCommands.claims,
    ClaimEditCommand.spec,
    QuoteCommands.quotes,
    QuoteCommands.speakers,
    ExportCommand.spec,
    ImportCommand.spec,
    DotCommands.help,
    DotCommands.mode,
    DotCommands.readScript,
    DotCommands.bail,
    DotCommands.echo,
    DotCommands.quit,
  ])
}
