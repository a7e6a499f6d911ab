package io.shoponevents.notification;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import io.shoponevents.runtime.testing.ServiceTemplate;

@AnalyzeClasses(packages = "io.shoponevents.notification", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchTests template = ArchTests.in(ServiceTemplate.class);

    /** Emails go out through one door, so that the check-send-commit order of every email is in one place. */
    @ArchTest
    static final ArchRule onlyTheSenderTalksToSes = noClasses()
            .that()
            .doNotHaveSimpleName("SesEmailSender")
            .and()
            .doNotHaveSimpleName("SesConfiguration")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("software.amazon.awssdk.services.ses..");
}
