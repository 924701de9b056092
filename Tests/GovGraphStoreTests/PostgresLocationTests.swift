import Testing

@testable import GovGraphPostgres

@Suite("PostgreSQL locations")
struct PostgresLocationTests {
    static let environment = ["PGHOST": "db.intern", "PGPORT": "6543", "PGUSER": "redaktion", "PGPASSWORD": "geheim", "PGDATABASE": "nachrichten"]

    @Test("URLs, completed from the PG* variables", arguments: [
        ("postgres://govgraph:pw@127.0.0.1:5433/graph", [String: String](), "127.0.0.1", 5433, "govgraph", "pw", "graph"),
        ("postgresql://govgraph@localhost/graph", [:], "localhost", 5432, "govgraph", nil, "graph"),
        ("postgres://", environment, "db.intern", 6543, "redaktion", "geheim", "nachrichten"),
        ("postgres:///eigene", environment, "db.intern", 6543, "redaktion", "geheim", "eigene"),
        ("postgres://anna@/", ["PGHOST": "h"], "h", 5432, "anna", nil, "anna"),
        ("postgres://a%40b:p%3Aw@host/db%20x", [:], "host", 5432, "a@b", "p:w", "db x"),
        ("postgres://host/db?user=u&password=p&sslmode=disable", [:], "host", 5432, "u", "p", "db"),
    ] as [(String, [String: String], String, Int, String, String?, String)])
    func parse(url: String, environment: [String: String], host: String, port: Int, user: String, password: String?, database: String) throws {
        let location = try PostgresLocation(url: url, environment: environment)
        #expect(location == PostgresLocation(host: host, port: port, user: user, password: password, database: database))
    }

    @Test("Bad URLs are refused with the reason, never with the password", arguments: [
        ("postgres://u:secret@host:0/db", "port '0'"),
        ("postgres://u:secret@host:99999/db", "port '99999'"),
        ("postgres://u:secret@host/db?sslmode=require", "sslmode 'require'"),
        ("postgres://u:secret@host/db?application=x", "unknown parameter 'application'"),
        ("postgres://u:secret@host/a/b", "contains '/'"),
        ("mysql://u:secret@host/db", "expected postgres://"),
    ])
    func refuse(url: String, reason: String) {
        #expect {
            _ = try PostgresLocation(url: url, environment: [:])
        } throws: { error in
            let message = "\(error)"
            return message.contains(reason) && !message.contains("secret") && !message.contains("\n")
        }
    }

    @Test("The description names server, user and database, not the password")
    func description() throws {
        let location = try PostgresLocation(url: "postgres://govgraph:secret@db.intern:5433/graph", environment: [:])
        #expect(location.description == "postgres://govgraph@db.intern:5433/graph")
        #expect(PostgresLocation.isURL("postgresql://x") && !PostgresLocation.isURL("graph.sqlite"))
    }
}
