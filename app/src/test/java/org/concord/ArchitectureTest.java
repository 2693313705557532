package org.concord;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The shape of the house, as STYLE.md states it: every architecture rule of Concord, in one place and one style (one
 * {@code @ArchTest} field per rule, named as a behaviour, saying why). The JTE templates are compiled into
 * {@code gg.jte.generated} and imported too: a page record that only a template reads is still used.
 */
@AnalyzeClasses(packages = {"org.concord", "gg.jte.generated"}, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] EDGES_AND_FRAMEWORKS = {"org.concord.web..", "org.concord.cli..", "org.concord.store..", "org.concord.boot..",
            "io.javalin..", "picocli..", "org.jdbi..", "gg.jte..", "org.flywaydb..", "java.sql.."};

    /** The capabilities (everything but the edges web, cli, boot and the store). */
    private static final String[] CAPABILITIES = {"org.concord.access..", "org.concord.register..", "org.concord.procedure..",
            "org.concord.forecast..", "org.concord.intel..", "org.concord.journal..", "org.concord.options..", "org.concord.review..",
            "org.concord.portfolio..", "org.concord.brief..", "org.concord.feeds..", "org.concord.json..", "org.concord.shared.."};

    /**
     * What each capability shows to everyone else (docs/architecture.md): its application API, its model and its wire
     * records; a flat capability is its own API. A package not listed here is internal to its capability.
     */
    private static final Map<String, Set<String>> API = Map.ofEntries(
            Map.entry("access", Set.of("org.concord.access", "org.concord.access.model")),
            Map.entry("register", Set.of("org.concord.register.application", "org.concord.register.model", "org.concord.register.data")),
            Map.entry("procedure", Set.of("org.concord.procedure.application", "org.concord.procedure.model", "org.concord.procedure.data")),
            Map.entry("forecast", Set.of("org.concord.forecast.application", "org.concord.forecast.model")),
            Map.entry("review", Set.of("org.concord.review.application", "org.concord.review.model")),
            Map.entry("portfolio", Set.of("org.concord.portfolio.application", "org.concord.portfolio.model")),
            Map.entry("intel", Set.of("org.concord.intel")),
            Map.entry("journal", Set.of("org.concord.journal")),
            Map.entry("options", Set.of("org.concord.options")),
            Map.entry("brief", Set.of("org.concord.brief")),
            Map.entry("feeds", Set.of("org.concord.feeds")),
            Map.entry("json", Set.of("org.concord.json")),
            Map.entry("shared", Set.of("org.concord.shared", "org.concord.shared.tx")));

    /** Edges may use more than the API: the analyst's CSV validation is a use case of the CLI and the HTTP API. */
    private static final Map<String, Set<String>> EDGE_ONLY_API = Map.of("forecast", Set.of("org.concord.forecast.validation"));

    /**
     * Public for a reader outside the main code: the launcher's entry point, the event catalogue that the journal's
     * contract tests read, and the forecast models the JMH benchmarks (module {@code benchmarks}) measure one by one.
     */
    private static final Set<String> PUBLIC_FOR_OTHERS_THAN_THE_MAIN_CODE = Set.of("org.concord.cli.Main", "org.concord.boot.EventCatalog",
            "org.concord.forecast.model.BdmActor", "org.concord.forecast.model.BdmTrajectory", "org.concord.forecast.model.CompromiseModel",
            "org.concord.forecast.model.ExpectedUtilityAdapter", "org.concord.forecast.model.ExpectedUtilityModel",
            "org.concord.forecast.model.NashBargainingModel", "org.concord.forecast.model.WinSetModel");

    // --- the model of every capability is pure

    @ArchTest
    static final ArchRule the_model_uses_no_framework = noClasses().that().resideInAPackage("..model..")
            .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.jdbi..", "com.fasterxml.jackson..", "tools.jackson..",
                    "gg.jte..", "picocli..", "org.flywaydb..", "java.sql..", "org.bouncycastle..", "org.concord.store..", "org.concord.web..",
                    "org.concord.cli..", "org.concord.json..")
            .because("the models are plain Java that any edge, store or test can use as they are");

    @ArchTest
    static final ArchRule the_model_reads_no_hidden_clock = noClasses().that().resideInAPackage("..model..")
            .should().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.util.UUID.class, "randomUUID")
            .orShould().callMethod(java.time.LocalDate.class, "now")
            .because("time and ids are injected, so that journals and forecasts reproduce");

    @ArchTest
    static final ArchRule the_procedure_model_depends_only_on_the_jdk_and_the_shared_kernel = classes().that()
            .resideInAPackage("org.concord.procedure.model").should().onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "org.concord.shared", "org.concord.procedure.model")
            .because("the consensus rules R1-R13 are read and tested on their own");

    @ArchTest
    static final ArchRule the_forecast_model_depends_on_nothing_but_the_jdk = classes().that().resideInAPackage("org.concord.forecast.model..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.concord.forecast.model..")
            .because("the numerical models are validated against independent reference values, with nothing else in the way");

    // --- layering inside each capability: model <- data (wire records) <- application <- edges

    @ArchTest
    static final ArchRule a_model_knows_only_the_jdk_the_shared_kernel_and_other_models = classes().that()
            .resideInAPackage("org.concord.*.model..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.concord.shared", "org.concord.*.model..")
            .because("a model is the pure core of its capability: use cases, wire records and edges are built on it, never the "
                    + "reverse");

    @ArchTest
    static final ArchRule wire_records_know_neither_use_cases_nor_edges = noClasses().that().resideInAPackage("org.concord.*.data..")
            .should().dependOnClassesThat().resideInAnyPackage("org.concord.*.application..", "org.concord.*.validation..",
                    "org.concord.web..", "org.concord.cli..", "org.concord.store..", "org.concord.boot..")
            .because("wire records are the shapes of requests and views: the use cases read them, not the reverse");

    @ArchTest
    static final ArchRule the_forecast_validation_is_used_only_by_the_forecast_use_cases_and_the_edges = noClasses().that()
            .resideOutsideOfPackages("org.concord.forecast.validation..", "org.concord.forecast.application..", "org.concord.web..",
                    "org.concord.cli..")
            .should().dependOnClassesThat().resideInAPackage("org.concord.forecast.validation..")
            .because("scoring the models against a CSV is the analyst's use case, reached from the CLI and the HTTP API");

    // --- capabilities and edges

    @ArchTest
    static final ArchRule capabilities_do_not_know_the_edges = noClasses().that().resideInAnyPackage(CAPABILITIES)
            .should().dependOnClassesThat().resideInAnyPackage(EDGES_AND_FRAMEWORKS)
            .because("the HTTP API, the desk pages and the CLI call the same use cases; a capability that knew one of them "
                    + "would answer differently there");

    @ArchTest
    static final ArchRule others_use_only_a_capabilitys_api = classes().that().resideInAnyPackage("org.concord..", "gg.jte.generated..")
            .should(useOnlyTheApiOfOtherCapabilities())
            .because("a capability's internals may change without touching anyone else");

    @ArchTest
    static final ArchRule a_type_is_public_only_when_another_package_uses_it = classes().that().resideInAPackage("org.concord..")
            .should(bePackagePrivateUnlessAnotherPackageUsesThem())
            .because("package-private is the default: public says that another package needs the type");

    @ArchTest
    static final ArchRule the_edges_do_not_import_the_store = noClasses().that().resideInAnyPackage("org.concord.web..", "org.concord.cli..")
            .should().dependOnClassesThat().resideInAPackage("org.concord.store..")
            .because("the HTTP API, the pages and the CLI reach data only through the use cases; boot alone wires the store in");

    @ArchTest
    static final ArchRule the_procedure_knows_no_register_internals = noClasses().that().resideInAPackage("org.concord.procedure..")
            .should().dependOnClassesThat().resideInAPackage("org.concord.register..")
            .because("an adopted effect reaches the register through the procedure's port (RegisterEffects), which the register "
                    + "implements");

    @ArchTest
    static final ArchRule access_depends_on_no_other_capability = noClasses().that().resideInAPackage("org.concord.access..")
            .should().dependOnClassesThat().resideInAnyPackage("org.concord.register..", "org.concord.journal..", "org.concord.procedure..",
                    "org.concord.forecast..", "org.concord.intel..", "org.concord.web..", "org.concord.cli..", "org.concord.store..",
                    "org.concord.boot..")
            .because("every capability asks access control; access control asks none of them");

    @ArchTest
    static final ArchRule access_reads_no_hidden_clock = noClasses().that().resideInAPackage("org.concord.access..")
            .should().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.time.Clock.class, "systemUTC")
            .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
            .because("sessions, tokens and throttling are tested on an injected clock");

    @ArchTest
    static final ArchRule only_the_store_speaks_sql = noClasses().that().resideOutsideOfPackage("org.concord.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "org.flywaydb..")
            .because("SQL that runs on H2 and PostgreSQL alike lives in one place");

    @ArchTest
    static final ArchRule the_edges_do_not_call_each_other = noClasses().that().resideInAPackage("org.concord.web..")
            .should().dependOnClassesThat().resideInAPackage("org.concord.cli..")
            .because("the CLI starts the web server, never the reverse");

    @ArchTest
    static final ArchRule capabilities_have_no_cycles = slices().matching("org.concord.(*)..").should().beFreeOfCycles()
            .because("a cycle makes two capabilities one");

    private static Optional<String> capabilityOf(JavaClass c) {
        String[] parts = c.getPackageName().split("\\.");
        return parts.length > 2 && parts[0].equals("org") && parts[1].equals("concord") && API.containsKey(parts[2])
                ? Optional.of(parts[2]) : Optional.empty();
    }

    private static boolean isEdge(JavaClass c) {
        return Stream.of("org.concord.web", "org.concord.cli", "org.concord.boot", "gg.jte.generated")
                .anyMatch(p -> c.getPackageName().equals(p) || c.getPackageName().startsWith(p + "."));
    }

    private static ArchCondition<JavaClass> useOnlyTheApiOfOtherCapabilities() {
        return new ArchCondition<>("use only the API packages of other capabilities") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Optional<String> own = capabilityOf(origin);
                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = d.getTargetClass();
                    Optional<String> theirs = capabilityOf(target);
                    if (theirs.isEmpty() || theirs.equals(own)) continue;
                    String pkg = target.getPackageName();
                    boolean api = API.get(theirs.get()).contains(pkg)
                            || isEdge(origin) && EDGE_ONLY_API.getOrDefault(theirs.get(), Set.of()).contains(pkg);
                    if (!api) events.add(SimpleConditionEvent.violated(d, d.getDescription() + ", outside the API of " + theirs.get()));
                }
            }
        };
    }

    /**
     * Package-private unless used outside its package: a public top-level type is used when another package's class
     * depends on it or on a type nested in it, or calls a constructor or method that takes or returns one of them (so
     * that a lambda passed from another package counts too).
     */
    private static ArchCondition<JavaClass> bePackagePrivateUnlessAnotherPackageUsesThem() {
        return new ArchCondition<>("be package-private unless another package uses them") {
            private final Map<String, List<JavaClass>> families = new HashMap<>();

            @Override
            public void init(Collection<JavaClass> all) {
                for (JavaClass c : all) families.computeIfAbsent(topLevelOf(c).getName(), k -> new ArrayList<>()).add(c);
            }

            @Override
            public void check(JavaClass type, ConditionEvents events) {
                if (!type.isTopLevelClass() || !type.getModifiers().contains(JavaModifier.PUBLIC)
                        || PUBLIC_FOR_OTHERS_THAN_THE_MAIN_CODE.contains(type.getName())) return;
                String pkg = type.getPackageName();
                boolean used = families.getOrDefault(type.getName(), List.of(type)).stream().anyMatch(t -> t.getDirectDependenciesToSelf()
                        .stream().anyMatch(d -> !d.getOriginClass().getPackageName().equals(pkg))
                        || Stream.of(t.getMethodsWithParameterTypeOfSelf(), t.getMethodsWithReturnTypeOfSelf(),
                                        t.getConstructorsWithParameterTypeOfSelf())
                                .flatMap(Set::stream).map(JavaCodeUnit.class::cast)
                                .anyMatch(u -> u.getAccessesToSelf().stream().anyMatch(a -> !a.getOriginOwner().getPackageName().equals(pkg))));
                if (!used) events.add(SimpleConditionEvent.violated(type, type.getName() + " is public but no other package uses it"));
            }

            private static JavaClass topLevelOf(JavaClass c) {
                return c.getEnclosingClass().map(e -> topLevelOf(e)).orElse(c);
            }
        };
    }
}
