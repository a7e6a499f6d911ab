package io.shoponevents.order;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The hexagon holds: the domain knows no framework, no AWS and no adapter; the application knows no adapter. */
@AnalyzeClasses(packages = "io.shoponevents.order", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses()
            .that()
            .resideInAPackage("..domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..",
                    "software.amazon..",
                    "io.awspring..",
                    "io.shoponevents.runtime.[web|outbox|publish|consume|tracing|awsclient|autoconfigure|health|persistence|application]..",
                    "io.shoponevents.events..",
                    "tools.jackson..",
                    "com.fasterxml..",
                    "..application..",
                    "..adapter..");

    @ArchTest
    static final ArchRule applicationDoesNotKnowTheAdapters = noClasses()
            .that()
            .resideInAPackage("..application..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..adapter..", "software.amazon..");
}
