package org.concord;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The shape of the house, as STYLE.md states it: every architecture rule of Concord, in one place and one style (the
 * capabilities' own rules were folded in here).
 */
@AnalyzeClasses(packages = "org.concord", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] EDGES_AND_FRAMEWORKS = {"org.concord.web..", "org.concord.cli..", "org.concord.store..", "org.concord.boot..",
            "io.javalin..", "picocli..", "org.jdbi..", "gg.jte..", "org.flywaydb..", "java.sql.."};

    // --- the model of every capability is pure

    @ArchTest
    static final ArchRule the_model_uses_no_framework = noClasses().that().resideInAPackage("..model..")
            .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.jdbi..", "com.fasterxml.jackson..", "gg.jte..",
                    "picocli..", "org.flywaydb..", "java.sql..", "org.bouncycastle..", "org.concord.store..", "org.concord.web..",
                    "org.concord.cli..", "org.concord.json..");

    @ArchTest
    static final ArchRule the_model_reads_no_hidden_clock = noClasses().that().resideInAPackage("..model..")
            .should().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.util.UUID.class, "randomUUID")
            .orShould().callMethod(java.time.LocalDate.class, "now");

    @ArchTest
    static final ArchRule the_procedure_model_depends_only_on_the_jdk_and_the_shared_kernel = classes().that()
            .resideInAPackage("org.concord.procedure.model").should().onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "org.concord.shared", "org.concord.procedure.model");

    @ArchTest
    static final ArchRule the_forecast_model_depends_on_nothing_but_the_jdk = classes().that().resideInAPackage("org.concord.forecast.model..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.concord.forecast.model..");

    // --- layering inside each capability: model <- data (wire records) <- application

    @ArchTest
    static final ArchRule a_model_knows_neither_its_use_cases_nor_its_wire_records = noClasses().that().resideInAPackage("org.concord.(*).model..")
            .should().dependOnClassesThat().resideInAnyPackage("org.concord.access", "org.concord.register.application..",
                    "org.concord.register.data..", "org.concord.procedure.application..", "org.concord.procedure.data..",
                    "org.concord.forecast.application..", "org.concord.forecast.validation..");

    @ArchTest
    static final ArchRule wire_records_do_not_know_the_use_cases = noClasses().that().resideInAnyPackage("org.concord.register.data..",
                    "org.concord.procedure.data..")
            .should().dependOnClassesThat().resideInAnyPackage("org.concord.register.application..", "org.concord.procedure.application..");

    // --- capabilities and edges

    @ArchTest
    static final ArchRule application_services_do_not_know_the_edges = noClasses().that()
            .resideInAnyPackage("org.concord.register..", "org.concord.journal..", "org.concord.shared..", "org.concord.procedure..",
                    "org.concord.forecast..", "org.concord.intel..", "org.concord.access..", "org.concord.feeds..")
            .should().dependOnClassesThat().resideInAnyPackage(EDGES_AND_FRAMEWORKS);

    @ArchTest
    static final ArchRule the_edges_do_not_import_the_store = noClasses().that().resideInAnyPackage("org.concord.web..", "org.concord.cli..")
            .should().dependOnClassesThat().resideInAPackage("org.concord.store..");

    @ArchTest
    static final ArchRule the_procedure_knows_no_register_internals = noClasses().that().resideInAPackage("org.concord.procedure..")
            .should().dependOnClassesThat().resideInAPackage("org.concord.register..");

    @ArchTest
    static final ArchRule access_depends_on_no_other_capability = noClasses().that().resideInAPackage("org.concord.access..")
            .should().dependOnClassesThat().resideInAnyPackage("org.concord.register..", "org.concord.journal..", "org.concord.procedure..",
                    "org.concord.forecast..", "org.concord.intel..", "org.concord.web..", "org.concord.cli..", "org.concord.store..",
                    "org.concord.boot..");

    @ArchTest
    static final ArchRule access_reads_no_hidden_clock = noClasses().that().resideInAPackage("org.concord.access..")
            .should().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.time.Clock.class, "systemUTC")
            .orShould().callMethod(java.time.Clock.class, "systemDefaultZone");

    @ArchTest
    static final ArchRule only_the_store_speaks_sql = noClasses().that().resideOutsideOfPackage("org.concord.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "org.flywaydb..");

    @ArchTest
    static final ArchRule the_edges_do_not_call_each_other = noClasses().that().resideInAPackage("org.concord.web..")
            .should().dependOnClassesThat().resideInAPackage("org.concord.cli..");

    @ArchTest
    static final ArchRule capabilities_have_no_cycles = slices().matching("org.concord.(*)..").should().beFreeOfCycles();
}
