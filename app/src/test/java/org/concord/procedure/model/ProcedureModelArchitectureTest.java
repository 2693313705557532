package org.concord.procedure.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The procedure model is pure: the JDK, the shared kernel and itself, nothing else (no Jackson, JDBI, Javalin...). */
class ProcedureModelArchitectureTest {
    private static final JavaClasses MODEL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.concord.procedure.model");

    @Test
    void the_model_depends_only_on_the_jdk_and_the_shared_kernel() {
        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.concord.shared", "org.concord.procedure.model")
                .check(MODEL);
    }

    @Test
    void the_model_reads_no_clock_of_its_own() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses().should()
                .callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.util.UUID.class, "randomUUID")
                .check(MODEL);
    }
}
