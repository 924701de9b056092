import GovGraphModel
import Testing

@testable import GovGraphExtraction

struct PersonLinkerTests {
    @Test("'Herr X' and a bare surname join the unique full name")
    func joins() {
        let text = "Burkhard Jung eröffnete. Danach dankte Herr Jung allen, und Jung ging."
        let document = Document.prepared(text, through: .link)
        #expect(document.spanSummary == [
            "Burkhard Jung=person:burkhard-jung",
            "Herr Jung=person:burkhard-jung",
            "Jung=person:burkhard-jung",
        ])
        #expect(document.spans.map(\.origin) == [.person, .surname, .surname])
    }

    @Test("A surname after a role noun joins the full name named earlier")
    func roleSurname() {
        let document = Document.prepared("Katja Dörner sprach. Oberbürgermeisterin Dörner dankte.", through: .link)
        #expect(document.spanSummary == ["Katja Dörner=person:katja-doerner", "Dörner=person:katja-doerner"])
    }

    @Test("The full name of the same article wins over one elsewhere on the page")
    func articleFirst() {
        let text = """
            Erster Titel
            [05.03.2021] Burkhard Jung eröffnete.

            Zweiter Titel
            [06.03.2021] Hans Jung sprach. Herr Jung dankte.
            """
        let document = Document.prepared(text, through: .link)
        #expect(document.spanSummary == [
            "Burkhard Jung=person:burkhard-jung",
            "Hans Jung=person:hans-jung",
            "Herr Jung=person:hans-jung",
        ])
    }

    @Test("Failing the article, the unique full name on the page")
    func pageFallback() {
        let text = """
            Erster Titel
            [05.03.2021] Burkhard Jung eröffnete.

            Zweiter Titel
            [06.03.2021] Herr Jung dankte.
            """
        let document = Document.prepared(text, through: .link)
        #expect(document.spanSummary == ["Burkhard Jung=person:burkhard-jung", "Herr Jung=person:burkhard-jung"])
    }

    @Test("Ambiguous surnames stay separate; unknown surnames stay persons of their own")
    func ambiguous() {
        let document = Document.prepared(
            "Burkhard Jung und Hans Jung kamen. Herr Jung dankte. Staatsminister Mehring sprach.", through: .link)
        #expect(document.spanSummary == [
            "Burkhard Jung=person:burkhard-jung",
            "Hans Jung=person:hans-jung",
            "Herr Jung=person:jung",
            "Mehring=person:mehring",
        ])
    }

    @Test("A bare surname glued to a hyphen is no mention")
    func compound() {
        let document = Document.prepared("Burkhard Jung sprach. Das Jung-Papier liegt vor.", through: .link)
        #expect(document.spanSummary == ["Burkhard Jung=person:burkhard-jung"])
    }

    @Test("The surname key of a full name includes a hyphenated second part")
    func surnameKey() {
        let tokens = Tokenizer.tokenize("Sabine Leutheusser-Schnarrenberger")
        let span = SpanCandidate(tokens: 0..<4, entity: "person:x", origin: .person)
        #expect(PersonLinker.surnameKey(of: span, tokens: tokens, fallback: "") == "Leutheusser-Schnarrenberger")
        let plain = Tokenizer.tokenize("Burkhard Jung")
        #expect(PersonLinker.surnameKey(of: SpanCandidate(tokens: 0..<2, entity: "person:y", origin: .person), tokens: plain, fallback: "") == "Jung")
    }
}

extension PersonLinkerTests {
    @Test("\"Herr Dr. Jung\" joins the full name")
    func addressWithTitleLinks() {
        let document = Document.prepared("Burkhard Jung eröffnete. Danach dankte Herr Dr. Jung allen.", through: .link)
        #expect(document.spans.map(\.entity) == ["person:burkhard-jung", "person:burkhard-jung"])
    }


    @Test("A bare double surname joins the full name")
    func bareDoubleSurnameLinks() {
        let document = Document.prepared(
            "Sabine Leutheusser-Schnarrenberger sprach. Leutheusser-Schnarrenberger lobte.", through: .link)
        #expect(document.spanSummary == [
            "Sabine Leutheusser-Schnarrenberger=person:sabine-leutheusser-schnarrenberger",
            "Leutheusser-Schnarrenberger=person:sabine-leutheusser-schnarrenberger",
        ])
    }

}

extension PersonLinkerTests {
    @Test("A one-word place that is the surname of a person named in full is the person, except after a place preposition")
    func surnameOverPlace() {
        let document = Document.prepared(
            "Claudia Leipzig sprach. Leipzig lobte das Projekt. Sie zog nach Leipzig.", through: .link)
        #expect(document.spanSummary == [
            "Claudia Leipzig=person:claudia-leipzig",
            "Leipzig=person:claudia-leipzig",
            "Leipzig=municipality:14713000",
        ])
    }
}

extension PersonLinkerTests {
    @Test("A bare surname after an article or adjective is a word, not the person")
    func surnameAfterArticle() {
        let document = Document.prepared(
            "Hans Herbst sprach. Im Herbst kam Herbst wieder. Der kalte Herbst blieb.", through: .link)
        #expect(document.spanSummary == ["Hans Herbst=person:hans-herbst", "Herbst=person:hans-herbst"])
    }
}
