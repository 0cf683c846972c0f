/// Abbreviations whose period does not end a sentence, lower-case and without the period.
///
/// Titles stand before a name, so they never end a sentence ("M. Blanquer", "Dr. Watson").
/// Other abbreviations end one when the next word is capitalised and reads as a sentence
/// start ("… and Co. It closed"), but not before a number or a lower-case word.
enum Abbreviations {
  static let titles = [
    // English
    "mr", "mrs", "ms", "mx", "dr", "prof", "st", "mt", "sen", "rep", "gov", "gen", "col", "lt",
    "sgt", "capt", "cpt", "cmdr", "adm", "maj", "pres", "supt", "rev", "fr", "hon", "messrs",
    "ft", "sr", "jr",
    // French
    "m", "mm", "mme", "mmes", "mlle", "mlles", "me", "mgr", "pr", "dr", "ste", "st",
  ]

  static let others = [
    // English
    "etc", "e.g", "i.e", "vs", "v", "co", "corp", "inc", "ltd", "llc", "no", "nos", "nr", "p",
    "pp", "vol", "ch", "fig", "figs", "ed", "eds", "al", "approx", "est", "dept", "univ",
    "assn", "bros", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "ave", "blvd", "rd", "hwy", "a.m",
    "p.m", "u.s", "u.k", "u.n", "e.u", "d.c", "ph.d", "b.a", "m.a", "cf", "ca", "c", "ibid",
    "op", "yr", "yrs", "min", "max", "tel", "ext", "gal", "oz", "lb", "lbs", "in", "ft", "sq",
    "mo", "wk", "n°", "inst", "natl", "intl", "mil",
    // French
    "cf", "env", "ex", "hab", "av", "apr", "bd", "boul", "fg", "éd", "coll", "chap", "art",
    "p", "s", "ss", "t", "vol", "n", "no", "nº", "tél", "janv", "févr", "fév", "avr", "juil",
    "oct", "déc", "dépt", "cie", "ets", "sté", "réf", "hôp", "mlle", "av. j.-c", "j.-c", "apr",
    "r", "ste", "min", "max", "éds", "gén", "lt", "cdt", "adj", "sgt",
  ]
}
