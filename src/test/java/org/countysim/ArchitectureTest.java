package org.countysim;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way (architecture.md): cli → app → {data, scenario, engine, result, report, history};
 * engine → model; report → result; model is pure; each library is used by its one package.
 */
class ArchitectureTest {
    static JavaClasses classes;

    @BeforeAll
    static void load() {
        // The compiled main classes only: scanning the class path for the package took most of the test's time.
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPath(Path.of("target", "classes"));
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.countysim.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void onlyTheCliKnowsPicocli() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.countysim.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("picocli..")
                .check(classes);
    }

    @Test
    void nothingBelowTheCliDependsOnItOrOnThePipelines() {
        noClasses()
                .that()
                .resideOutsideOfPackages("org.countysim.cli..", "org.countysim.app..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.countysim.cli..", "org.countysim.app..")
                .check(classes);
    }

    /** No I/O: {@link java.io.Serializable}, a marker, is allowed (a work plan carries compiled models to its blocks). */
    @Test
    void theModelIsPureEconomics() {
        noClasses()
                .that()
                .resideInAPackage("org.countysim.model..")
                .should()
                .dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage(
                                "org.countysim.engine..",
                                "org.countysim.report..",
                                "org.countysim.result..",
                                "org.countysim.data..",
                                "org.countysim.scenario..",
                                "org.apache.commons.rng..",
                                "org.apache.commons.csv..",
                                "org.jfree..",
                                "java.io..",
                                "java.nio..")
                        .and(DescribedPredicate.not(JavaClass.Predicates.equivalentTo(java.io.Serializable.class))))
                .check(classes);
    }

    @Test
    void historyEstimatesArePure() {
        noClasses()
                .that()
                .resideInAPackage("org.countysim.history..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.countysim.engine..",
                        "org.countysim.report..",
                        "org.countysim.result..",
                        "org.countysim.data..",
                        "org.countysim.scenario..",
                        "org.countysim.model..",
                        "org.apache.commons.rng..",
                        "org.apache.commons.csv..",
                        "org.jfree..",
                        "java.io..",
                        "java.nio..")
                .check(classes);
    }

    /** Sensitivity designs and estimators hand models to the engine and read arrays back: they never run it. */
    @Test
    void sensitivityDesignsAreNotASecondEngine() {
        noClasses()
                .that()
                .resideInAPackage("org.countysim.sensitivity..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.countysim.engine..",
                        "org.countysim.report..",
                        "org.countysim.data..",
                        "org.apache.commons.rng..",
                        "org.jfree..",
                        "java.io..",
                        "java.nio..")
                .check(classes);
    }

    @Test
    void reportsReadResultsNotTheEngineOrScenarios() {
        noClasses()
                .that()
                .resideInAPackage("org.countysim.report..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.countysim.engine..", "org.countysim.scenario..", "org.countysim.data..")
                .check(classes);
    }

    @Test
    void eachLibraryHasItsPackage() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.countysim.report..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.jfree..")
                .check(classes);
        noClasses()
                .that()
                .resideOutsideOfPackage("org.countysim.engine..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.apache.commons.rng.simple..")
                .check(classes);
        noClasses()
                .that()
                .resideOutsideOfPackages("org.countysim.data..", "org.countysim.report..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.apache.commons.csv..")
                .check(classes);
        noClasses()
                .that()
                .resideOutsideOfPackage("org.countysim.scenario..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.snakeyaml..")
                .check(classes);
    }
}
