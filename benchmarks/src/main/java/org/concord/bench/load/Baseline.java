package org.concord.bench.load;

import io.javalin.Javalin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The bare stack Concord's reads are measured against: Javalin 7 with its default Jackson mapper serving 32 JSON
 * objects (one per ally: code, name, accession date, and a source list) on {@code GET /api/v1/members}, serialised on
 * every request, with no database, no authentication and no templates.
 * <p>
 * Usage: {@code java -cp benchmarks.jar org.concord.bench.load.Baseline PORT}
 */
public final class Baseline {
    /** One ally as the baseline serves it. */
    public record Ally(String iso3, String name, LocalDate accession, List<String> sources, String confidence) {}

    private Baseline() {}

    public static void main(String[] args) {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 21011;
        List<Ally> allies = allies();
        Javalin app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.routes.get("/api/v1/members", ctx -> ctx.json(allies));
            cfg.routes.get("/health", ctx -> ctx.result("UP"));
            cfg.routes.get("/ready", ctx -> ctx.result("READY")); // what benchmarks/restart.sh waits for, as for Concord
        });
        app.start("127.0.0.1", port);
    }

    static List<Ally> allies() {
        String[] codes = {"BEL", "CAN", "DNK", "FRA", "ISL", "ITA", "LUX", "NLD", "NOR", "PRT", "GBR", "USA", "GRC", "TUR", "DEU", "ESP",
                "CZE", "HUN", "POL", "BGR", "EST", "LVA", "LTU", "ROU", "SVK", "SVN", "ALB", "HRV", "MNE", "MKD", "FIN", "SWE"};
        List<Ally> out = new ArrayList<>();
        LocalDate day = LocalDate.of(1949, 4, 4);
        for (String code : codes) {
            out.add(new Ally(code, "Member state " + code, day, List.of("S01", "S02"), "PRIMARY"));
            day = day.plusDays(733);
        }
        return List.copyOf(out);
    }
}
