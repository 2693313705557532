package org.concord.forecast;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ForecastArchitectureTest {
    private final JavaClasses forecast = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.concord.forecast");

    @Test
    void the_forecast_model_depends_on_nothing_but_the_jdk() {
        classes().that().resideInAPackage("org.concord.forecast.model..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.concord.forecast.model..")
                .check(forecast);
    }

    @Test
    void the_forecast_model_does_not_know_the_validation_tool() {
        noClasses().that().resideInAPackage("org.concord.forecast.model..")
                .should().dependOnClassesThat().resideInAPackage("org.concord.forecast.validation..")
                .check(forecast);
    }
}
