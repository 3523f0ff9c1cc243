package org.countysim;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.countysim.model.CountingMode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers of architecture.md, top to bottom: the CLI (picocli commands and options) talks to the app only —
 * the pipelines, and app.console, which prints their outcomes on the terminal; the pipelines drive scenario,
 * data, engine, sensitivity, history and report; those read results and the model. format (percentages, CSV
 * cells, JSON text) serves every layer that prints and uses nothing of ours. Then: no cycles, the model and the
 * estimates do no I/O, and each library is used by its one package.
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
    void theLayers() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("cli")
                .definedBy("org.countysim.cli..")
                .layer("console")
                .definedBy("org.countysim.app.console..")
                .layer("pipelines")
                .definedBy("org.countysim.app")
                .layer("report")
                .definedBy("org.countysim.report..")
                .layer("sensitivity")
                .definedBy("org.countysim.sensitivity..")
                .layer("engine")
                .definedBy("org.countysim.engine..")
                .layer("scenario")
                .definedBy("org.countysim.scenario..")
                .layer("data")
                .definedBy("org.countysim.data..")
                .layer("history")
                .definedBy("org.countysim.history..")
                .layer("result")
                .definedBy("org.countysim.result..")
                .layer("model")
                .definedBy("org.countysim.model..", "org.countysim.distribution..")
                .layer("format")
                .definedBy("org.countysim.format..")
                .layer("shared")
                .definedBy("org.countysim", "org.countysim.util..")
                .whereLayer("cli")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("cli")
                .mayOnlyAccessLayers("console", "pipelines", "format", "shared")
                .whereLayer("console")
                .mayOnlyBeAccessedByLayers("cli")
                .whereLayer("pipelines")
                .mayOnlyBeAccessedByLayers("cli", "console")
                .whereLayer("report")
                .mayOnlyAccessLayers("result", "history", "model", "format", "shared")
                .whereLayer("sensitivity")
                .mayOnlyAccessLayers("result", "model", "shared")
                .whereLayer("engine")
                .mayOnlyAccessLayers("result", "model", "shared")
                .whereLayer("scenario")
                .mayOnlyAccessLayers("data", "model", "shared")
                .whereLayer("data")
                .mayOnlyAccessLayers("history", "shared")
                .whereLayer("result")
                .mayOnlyAccessLayers("model", "shared")
                .whereLayer("model")
                .mayOnlyAccessLayers("shared")
                .whereLayer("history")
                .mayOnlyAccessLayers("shared")
                .whereLayer("format")
                .mayOnlyAccessLayers("format")
                // --counting: picocli converts the option's text to the model's enum, so that a bad value gets
                // picocli's own message and usage
                .ignoreDependency(resideInAPackage("org.countysim.cli.."), equivalentTo(CountingMode.class))
                .check(classes);
    }

    /**
     * What the bytecode cannot show (a constant such as a file name is copied into the class that uses it): the
     * CLI's sources name nothing of ours but the app, format, the root exception and --counting's enum.
     */
    @Test
    void theCliSourcesNameOnlyTheApp() throws IOException {
        Pattern ours = Pattern.compile("org\\.countysim\\.([a-z]+)(\\.[A-Z]\\w*)?");
        List<String> named = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src", "main", "java", "org", "countysim", "cli"))) {
            for (Path file : files.toList()) {
                Matcher m = ours.matcher(Files.readString(file));
                while (m.find()) {
                    String name = m.group();
                    boolean allowed = List.of("cli", "app", "format").contains(m.group(1))
                            || name.equals("org.countysim.CountySimException")
                            || name.equals("org.countysim.model.CountingMode");
                    if (!allowed) {
                        named.add(file.getFileName() + ": " + name);
                    }
                }
            }
        }
        assertEquals(List.of(), named);
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

    /**
     * The economics, the estimates from history and the sensitivity designs read no files and draw no numbers;
     * {@link java.io.Serializable}, a marker, is allowed (a work plan carries compiled models to its blocks).
     */
    @Test
    void theModelTheEstimatesAndTheDesignsDoNoIo() {
        noClasses()
                .that()
                .resideInAnyPackage("org.countysim.model..", "org.countysim.history..", "org.countysim.sensitivity..")
                .should()
                .dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage(
                                "org.apache.commons.rng..",
                                "org.apache.commons.csv..",
                                "org.jfree..",
                                "java.io..",
                                "java.nio..")
                        .and(DescribedPredicate.not(JavaClass.Predicates.equivalentTo(java.io.Serializable.class))))
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
        noClasses()
                .that()
                .resideOutsideOfPackage("org.countysim.format..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.fasterxml.jackson..")
                .check(classes);
    }
}
