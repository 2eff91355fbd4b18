/// German abbreviations whose final full stop is part of the token and ends no sentence.
///
/// Compared in lower case, with the full stop. Single letters followed by a full stop (initials,
/// "z. B." written with a space) count as abbreviations too.
enum GermanAbbreviations {
  static let all: Set<String> = [
    "z.b.", "z.t.", "u.a.", "d.h.", "v.a.", "o.ä.", "u.ä.", "i.d.r.", "z.zt.", "s.o.", "s.u.",
    "u.u.", "m.e.", "bzw.", "ca.", "usw.", "etc.", "vgl.", "nr.", "dr.", "prof.", "hr.", "fr.",
    "st.", "mio.", "mrd.", "tsd.", "jh.", "jhd.", "sog.", "ggf.", "evtl.", "inkl.", "exkl.",
    "zzgl.", "abs.", "art.", "bd.", "bsp.", "chr.", "gen.", "geb.", "gest.", "hl.", "min.",
    "max.", "mind.", "sek.", "std.", "tel.", "u.", "v.", "vs.", "z.", "zit.", "allg.", "amtl.",
    "anm.", "bes.", "betr.", "bspw.", "dgl.", "dt.", "ehem.", "einschl.", "engl.", "erg.",
    "frz.", "gegr.", "ges.", "insb.", "jr.", "kap.", "lt.", "mrs.", "mr.", "nachf.", "o.",
    "orig.", "pkt.", "rd.", "russ.", "s.", "sen.", "sept.", "jan.", "feb.", "febr.", "apr.",
    "aug.", "okt.", "nov.", "dez.", "str.", "tägl.", "urspr.", "verh.", "vorm.", "zus.", "zw.",
  ]

  static func isAbbreviation(_ wordWithStop: String) -> Bool {
    all.contains(wordWithStop.lowercased())
  }
}
