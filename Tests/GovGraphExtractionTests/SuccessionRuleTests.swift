import GovGraphModel
import Testing

@testable import GovGraphExtraction

struct SuccessionRuleTests {
    static let cases: [(String, [String])] = [
        ("Lüneburgs Oberbürgermeisterin Claudia Kalisch ist die neue Vizepräsidentin des Deutschen Städtetags. Sie folgt auf Katja Dörner.",
         ["person:claudia-kalisch succeeds person:katja-doerner",
          "person:katja-doerner Vizepräsidentin/vizepräsident organization:deutscher-staedtetag former"]),
        ("Claudia Kalisch löst Katja Dörner ab.", ["person:claudia-kalisch succeeds person:katja-doerner"]),
        ("Katja Dörner folgt auf niemanden.", []),
        ("André Berghegger, Nachfolger von Gerd Landsberg, sprach zum ersten Mal.",
         ["person:andre-berghegger succeeds person:gerd-landsberg"]),
        ("Nachfolger von Gerd Landsberg ist André Berghegger.", ["person:andre-berghegger succeeds person:gerd-landsberg"]),
        // The role the predecessor leaves passes to the successor, new.
        ("Gerd Landsberg scheidet Ende 2023 als Hauptgeschäftsführer des DStGB aus. Sein Nachfolger wird André Berghegger.",
         ["person:andre-berghegger succeeds person:gerd-landsberg",
          "person:andre-berghegger Hauptgeschäftsführer/hauptgeschäftsführer organization:deutscher-staedte-und-gemeindebund new"]),
        ("Katja Dörner scheidet als Vizepräsidentin des Deutschen Städtetags aus. Zu ihrer Nachfolgerin wurde Claudia Kalisch gewählt.",
         ["person:claudia-kalisch succeeds person:katja-doerner",
          "person:claudia-kalisch Vizepräsidentin/vizepräsident organization:deutscher-staedtetag new"]),
        // A successor who took a role of her own does not also take the predecessor's other roles.
        ("Die frühere Bonner Oberbürgermeisterin Katja Dörner sprach. Claudia Kalisch ist die neue Vizepräsidentin des Deutschen Städtetags. Sie folgt auf Katja Dörner.",
         ["person:claudia-kalisch succeeds person:katja-doerner",
          "person:katja-doerner Vizepräsidentin/vizepräsident organization:deutscher-staedtetag former"]),
        // A pronoun stands for a person of its own article only, and only the article's roles pass.
        ("Titel\n[01.02.2020] Claudia Kalisch sprach. Der Rat tagte. Sie folgt auf Katja Dörner.",
         ["person:claudia-kalisch succeeds person:katja-doerner"]),
        ("Titel\n[01.02.2020] Claudia Kalisch sprach.\n\nTitel\n[02.02.2020] Der Rat tagte. Sie folgt auf Katja Dörner.", []),
        ("Titel\n[01.02.2020] Claudia Kalisch ist die neue Vizepräsidentin des Deutschen Städtetags.\n\n"
            + "Titel\n[02.02.2020] Claudia Kalisch folgt auf Katja Dörner.",
         ["person:claudia-kalisch succeeds person:katja-doerner"]),
    ]

    @Test("Who follows whom, and the role handed over", arguments: cases)
    func succession(text: String, expected: [String]) {
        let gazetteer = TestGazetteer.rolePatterns
        let document = Document.prepared(text, through: .link, gazetteer: gazetteer)
        var withRoles = document
        withRoles.relations = RoleRelationRule(roles: gazetteer.gazetteer.roles).relations(in: document)
        let relations = SuccessionRule().relations(in: withRoles)
        let summaries: [String] = relations.map { relation in
            relation.predicate == .holdsRole ? "\(relation.summary) \(relation.status?.rawValue ?? "-")" : relation.summary
        }
        #expect(summaries == expected)
    }
}
