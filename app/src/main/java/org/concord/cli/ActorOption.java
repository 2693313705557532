package org.concord.cli;

import org.concord.shared.InvalidInput;
import org.concord.shared.Iso3;
import org.concord.shared.Principal;
import org.concord.shared.Role;
import picocli.CommandLine.Option;

import java.util.Locale;
import java.util.Optional;

/**
 * Who acts in a procedure command against a local database: {@code chair}, {@code delegation:FRA}, {@code analyst},
 * {@code admin}. The person at the terminal owns the database file, so the local trust model lets them say in which
 * capacity they act; the user name is theirs, and the journal records both.
 */
final class ActorOption {
    @Option(names = "--as", required = true, paramLabel = "ROLE[:ISO3]",
            description = "Act as chair, delegation:ISO3, analyst or admin (recorded in the journal with your user name).")
    String as;

    Principal principal() {
        String user = DbOptions.operator().user();
        String[] parts = as.split(":", 2);
        Role role;
        try {
            role = Role.valueOf(parts[0].toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("--as", "'" + as + "' is not chair, delegation:ISO3, partner:ISO3, analyst, reader or admin");
        }
        if (role == Role.SYSTEM) throw new InvalidInput("--as", "SYSTEM is Concord itself, not a person");
        Optional<Iso3> nation = Optional.empty();
        if (parts.length == 2) {
            try {
                nation = Optional.of(Iso3.of(parts[1].toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("--as", e.getMessage());
            }
        }
        if ((role == Role.DELEGATION || role == Role.PARTNER) && nation.isEmpty())
            throw new InvalidInput("--as", role.name().toLowerCase(Locale.ROOT) + " needs a nation, e.g. " + role.name().toLowerCase(Locale.ROOT) + ":FRA");
        return new Principal(user, role, nation);
    }
}
