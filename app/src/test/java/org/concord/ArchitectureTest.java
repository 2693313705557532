package org.concord;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The shape of the house, as STYLE.md states it. */
@AnalyzeClasses(packages = "org.concord", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule the_model_uses_no_framework = noClasses().that().resideInAPackage("..model..")
            .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.jdbi..", "com.fasterxml.jackson..", "gg.jte..",
                    "picocli..", "org.flywaydb..", "java.sql..", "org.concord.store..", "org.concord.web..", "org.concord.cli..");

    @ArchTest
    static final ArchRule the_model_reads_no_hidden_clock = noClasses().that().resideInAPackage("..model..")
            .should().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.util.UUID.class, "randomUUID")
            .orShould().callMethod(java.time.LocalDate.class, "now");

    @ArchTest
    static final ArchRule application_services_do_not_know_the_edges = noClasses().that()
            .resideInAnyPackage("org.concord.register..", "org.concord.journal..", "org.concord.shared..", "org.concord.procedure..", "org.concord.forecast..", "org.concord.intel..", "org.concord.access..")
            .should().dependOnClassesThat().resideInAnyPackage("org.concord.web..", "org.concord.cli..", "org.concord.store..", "org.concord.boot..", "io.javalin..", "picocli..", "org.jdbi..");

    @ArchTest
    static final ArchRule only_the_store_speaks_sql = noClasses().that().resideOutsideOfPackage("org.concord.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "org.flywaydb..");

    @ArchTest
    static final ArchRule the_edges_do_not_call_each_other = noClasses().that().resideInAPackage("org.concord.web..")
            .should().dependOnClassesThat().resideInAPackage("org.concord.cli..");

    @ArchTest
    static final ArchRule capabilities_have_no_cycles = slices().matching("org.concord.(*)..").should().beFreeOfCycles();
}
