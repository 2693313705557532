package org.concord.access;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The access model stays pure: no cryptography library, no use case, no framework, no hidden clock. */
@AnalyzeClasses(packages = "org.concord.access", importOptions = ImportOption.DoNotIncludeTests.class)
class AccessArchitectureTest {

    @ArchTest
    static final ArchRule the_model_knows_neither_the_use_cases_nor_bouncycastle = noClasses().that().resideInAPackage("org.concord.access.model..")
            .should().dependOnClassesThat().resideInAnyPackage("org.concord.access", "org.bouncycastle..", "io.javalin..", "org.jdbi..",
                    "com.fasterxml.jackson..", "picocli..", "java.sql..");

    @ArchTest
    static final ArchRule access_reads_no_hidden_clock = noClasses().that().resideInAPackage("org.concord.access..")
            .should().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.time.Clock.class, "systemUTC")
            .orShould().callMethod(java.time.Clock.class, "systemDefaultZone");

    @ArchTest
    static final ArchRule access_depends_on_no_other_capability = noClasses().that().resideInAPackage("org.concord.access..")
            .should().dependOnClassesThat().resideInAnyPackage("org.concord.register..", "org.concord.journal..", "org.concord.web..",
                    "org.concord.cli..", "org.concord.store..", "org.concord.boot..");
}
