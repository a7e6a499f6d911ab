package io.shoponevents.inventory;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The domain is plain Java; the application core knows no AWS and no adapter. */
@AnalyzeClasses(packages = "io.shoponevents.inventory", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule domainImportsNoFrameworkAndNoAws = noClasses()
            .that()
            .resideInAPackage("..inventory.domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..",
                    "software.amazon..",
                    "io.awspring..",
                    "io.shoponevents.runtime.[web|outbox|publish|consume|tracing|awsclient|autoconfigure|health|persistence|application]..",
                    "io.shoponevents.events..",
                    "tools.jackson..",
                    "com.fasterxml..");

    @ArchTest
    static final ArchRule applicationKnowsNoAwsAndNoAdapter = noClasses()
            .that()
            .resideInAPackage("..inventory.application..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "software.amazon..",
                    "io.awspring..",
                    "io.shoponevents.runtime.[web|outbox|publish|consume|tracing|awsclient|autoconfigure|health|persistence|application]..",
                    "..adapter..");
}
