package org.concord.cli;

import org.concord.boot.Concord;
import org.concord.shared.Iso3;
import org.concord.shared.Principal;
import org.concord.shared.Role;

import java.io.PrintWriter;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/** Demonstration accounts for {@code serve --demo}: created once, with random passwords printed loudly. */
final class DemoUsers {
    private DemoUsers() {}

    private record Demo(String name, Role role, String nation, String clearance) {}

    private static final List<Demo> DEMO = List.of(
            new Demo("admin", Role.ADMIN, null, "NATO SECRET"),
            new Demo("chair", Role.CHAIR, null, "NATO SECRET"),
            new Demo("usa", Role.DELEGATION, "USA", "NATO SECRET"),
            new Demo("fra", Role.DELEGATION, "FRA", "NATO SECRET"),
            new Demo("deu", Role.DELEGATION, "DEU", "NATO SECRET"),
            new Demo("ita", Role.DELEGATION, "ITA", "NATO SECRET"),
            new Demo("tur", Role.DELEGATION, "TUR", "NATO SECRET"),
            new Demo("ukr", Role.PARTNER, "UKR", "NATO RESTRICTED"),
            new Demo("analyst", Role.ANALYST, null, "NATO SECRET"),
            new Demo("reader", Role.READER, null, "NATO UNCLASSIFIED"));

    static void create(Concord concord, PrintWriter out) {
        if (concord.access().hasUsers()) {
            out.println("DEMO MODE: users exist already; no demonstration accounts were added.");
            return;
        }
        SecureRandom random = new SecureRandom();
        Principal setup = Principal.of("demo-setup", Role.ADMIN);
        out.println("************************************************************************");
        out.println("* DEMO MODE: demonstration accounts created. NOT FOR REAL USE.         *");
        out.println("* Their passwords are shown this once:                                 *");
        for (Demo d : DEMO) {
            String password;
            do { // the password policy refuses one that contains the user name ("ita" turns up in about 1 of 2,300 draws)
                byte[] b = new byte[12];
                random.nextBytes(b);
                password = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
            } while (password.toLowerCase(java.util.Locale.ROOT).contains(d.name()));
            concord.access().addUser(setup, d.name(), d.role(), Optional.ofNullable(d.nation()).map(Iso3::of), Optional.of(d.clearance()), password);
            out.printf("*   %-8s %-10s %-4s %-18s %s%n", d.name(), d.role(), d.nation() == null ? "" : d.nation(), d.clearance(), password);
        }
        out.println("************************************************************************");
    }
}
