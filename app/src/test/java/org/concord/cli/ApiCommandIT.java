package org.concord.cli;

import org.concord.boot.Concord;
import org.concord.shared.Role;
import org.concord.testing.Fixtures;
import org.concord.testing.TestDatabases;
import org.concord.web.Server;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concord.cli.CliIT.run;

/** The command line against a remote server, with a bearer token. */
class ApiCommandIT {

    @Test
    void a_delegation_works_from_its_own_desk_with_a_token_and_the_server_applies_the_same_rules() {
        try (Concord c = Fixtures.loaded(TestDatabases.Kind.H2); Server server = Server.create(c, "test").start("127.0.0.1", 0)) {
            String url = "http://127.0.0.1:" + server.port();
            String token = Fixtures.token(c, "deu-desk", Role.DELEGATION, "DEU", "NATO SECRET");
            CliIT.Run items = run("api", "GET", "/api/v1/items", "--server", url, "--token", token);
            assertThat(items.code()).as(items.err()).isZero();
            assertThat(items.out()).contains("\"id\" : \"nmi-termination-2026\"");
            CliIT.Run own = run("api", "PUT", "/api/v1/items/nmi-termination-2026/positions/DEU", "--server", url, "--token", token,
                    "--data", "{\"position\":\"RESERVATION\",\"version\":1}");
            assertThat(own.code()).as(own.err()).isZero();
            assertThat(own.out()).contains("\"position\" : \"RESERVATION\"");
            CliIT.Run other = run("api", "PUT", "/api/v1/items/nmi-termination-2026/positions/FRA", "--server", url, "--token", token,
                    "--data", "{\"position\":\"SUPPORT\",\"version\":2}");
            assertThat(other.code()).isEqualTo(1);
            assertThat(other.err().strip()).isEqualTo("concord: 403 a DELEGATION of DEU may RECORD_POSITION only for its own nation, not FRA");
            CliIT.Run anonymous = run("api", "POST", "/api/v1/items", "--server", url, "--data", "{}");
            assertThat(anonymous.err()).startsWith("concord: 401");
            assertThat(run("api", "FETCH", "/x").code()).as("an unknown method is a usage error").isEqualTo(2);
        }
    }
}
