/// The sentence templates of the generated corpus, written for this benchmark.
///
/// Placeholders: `{P}` a person's full name, `{Pn}` the surname, `{Pr}` the role (gendered),
/// `{Pt}` where the role is held ("von Leipzig", "im Landkreis Kitzingen", "bei Dataport");
/// `{Q}`, `{Qn}`, `{Qr}`, `{Qt}` a second person; `{M}` a municipality, `{Ma}` its adjective
/// ("Leipziger"); `{D}` a Landkreis (its name after "Landkreis"); `{S}` its Land, `{Sa}` the Land's adjective ("sächsische");
/// `{O}`, `{O2}` public bodies; `{L}` a law; `{T}` a topic ("die E-Akte"); `{H}` a headline
/// topic; `{N}` a number; `{Y}` a year.
extension CorpusGenerator {
    /// Headlines, the line above an item's date.
    static let titles = [
        "{M}: {H}", "{S}: {H}", "{H}", "{O}: {Pn} fordert mehr Tempo", "Interview mit {P}",
        "{Pn} besucht {M}", "{L}: Was sich für Kommunen ändert", "Landkreis {D} setzt auf {O}",
        "{S} investiert in die Verwaltung", "{Ma} Verwaltung wird digital", "Neue Spitze bei {O}",
        "{M} und {O} kooperieren", "Bilanz nach {N} Tagen", "{S}: {Pn} stellt Strategie vor",
    ]

    /// The first sentence of an item, after its date.
    static let leads = [
        "{P}, {Pr} {Pt}, spricht über {T} und die Zusammenarbeit mit {O}.",
        "{Pr} {P} hat in {M} {T} vorgestellt.",
        "Die {Sa} Landesregierung will {T} bis {Y} in allen Kommunen einführen.",
        "{P}, {Pr} {Pt}, fordert mehr Tempo bei der Digitalisierung.",
        "In {M} können Bürgerinnen und Bürger jetzt {N} Leistungen online beantragen.",
        "{O} und die Stadt {M} haben eine Vereinbarung über {T} unterzeichnet.",
        "Der Landkreis {D} startet ein Pilotprojekt für {T}.",
        "{Pr} {P} zog eine Zwischenbilanz der Digitalisierung der Verwaltung.",
        "Mit dem {L} sollen Verwaltungsleistungen einfacher werden, sagte {P} in {M}.",
        "{S} stellt den Kommunen {N} Millionen Euro für {T} bereit.",
        "{P} ist neuer {Pr} {Pt}.",
        "Das {L} tritt in {S} zum 1. Januar {Y} in Kraft.",
    ]

    /// Further sentences of an item.
    static let bodies = [
        "{Pn} verwies auf die hohen Kosten der Umstellung.",
        "Die Stadt {M} arbeitet dabei eng mit {O} zusammen.",
        "Nach Angaben von {O} nutzen bereits {N} Kommunen das Angebot.",
        "{Q}, {Qr} {Qt}, lobte die Zusammenarbeit.",
        "Auch der Landkreis {D} will sich beteiligen.",
        "Das Vorhaben ist Teil der Digitalstrategie des Landes {S}.",
        "Grundlage ist das {L}.",
        "{Pn} kündigte an, das Projekt bis {Y} auf weitere Städte in {S} auszuweiten.",
        "„Wir müssen die Verwaltung vom Bürger her denken“, sagte {Pn}.",
        "{Qr} {Q} sieht darin ein Vorbild für andere Länder.",
        "Die Kosten von rund {N} Millionen Euro trägt zum größten Teil {S}.",
        "{O} stellt die technische Plattform bereit.",
        "Bei einem Treffen in {M} tauschten sich Vertreter von {O} und {O2} aus.",
        "Kritik kam von {O2}: Die Fristen seien zu knapp.",
        "Die {Ma} Verwaltung hat dafür {N} Stellen geschaffen.",
        "{Pn} folgt auf {Q}, der in den Ruhestand geht.",
        "Zuvor war {Pn} {N} Jahre lang im Landkreis {D} tätig.",
        "Nach dem {L} müssen die Leistungen bis {Y} digital angeboten werden.",
        "{Q} vom {O2} begrüßte den Schritt.",
        "Das Land {S} und der Landkreis {D} teilen sich die Kosten.",
        "Die Gespräche mit {O} über {T} sollen im Herbst fortgesetzt werden.",
        "{Pr} {P} und {Qr} {Q} unterzeichneten die Vereinbarung im Rathaus von {M}.",
        "Im Landkreis {D} sind bereits {N} Verfahren umgestellt.",
        "Nach Angaben des Landes {S} fließen {N} Millionen Euro in {T}.",
        "Die Einführung wird von {O} begleitet.",
        "Auch {M} will {T} noch in diesem Jahr einführen.",
    ]

    /// Sentences without names, as most of a real article is.
    static let fillers = [
        "Die Umstellung soll schrittweise erfolgen.",
        "Viele Leistungen können inzwischen digital beantragt werden.",
        "Die Kommunen brauchen aber verlässliche Standards und gemeinsame Basisdienste.",
        "Ein Zeitplan für die weiteren Schritte liegt noch nicht vor.",
        "Die Mitarbeiterinnen und Mitarbeiter werden dafür geschult.",
        "Datenschutz und Informationssicherheit haben dabei Vorrang.",
        "Die Nachfrage nach den Onlinediensten ist seit dem Start deutlich gestiegen.",
        "Bürgerinnen und Bürger sollen Anträge künftig rund um die Uhr stellen können.",
        "Für die Schnittstellen gelten einheitliche Vorgaben.",
        "Das Projekt ist zunächst auf zwei Jahre angelegt.",
        "Die Ergebnisse sollen im kommenden Jahr ausgewertet werden.",
        "Fachverfahren und Portale müssen dafür aneinander angebunden werden.",
        "Wie weit ist die Verwaltung bei den Onlinediensten?",
        "Was erwarten die Kommunen vom Bund?",
    ]
}
