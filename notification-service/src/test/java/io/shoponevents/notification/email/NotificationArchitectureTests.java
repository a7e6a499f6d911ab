package io.shoponevents.notification.email;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Notification is flat, but templates stay plain and each AWS service has one door. */
@AnalyzeClasses(packages = "io.shoponevents.notification", importOptions = ImportOption.DoNotIncludeTests.class)
class NotificationArchitectureTests {

    @ArchTest
    static final ArchRule templatesImportNoSpringAndNoAws = noClasses()
            .that()
            .haveSimpleNameStartingWith("EmailTemplate")
            .or()
            .haveSimpleNameStartingWith("Notice")
            .or()
            .haveSimpleName("TextFormat")
            .or()
            .haveSimpleName("RenderedEmail")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "software.amazon..");

    @ArchTest
    static final ArchRule onlyTheSenderTalksToSes = noClasses()
            .that()
            .doNotHaveSimpleName("EmailSender")
            .and()
            .doNotHaveSimpleName("SesConfiguration")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("software.amazon.awssdk.services.ses..");

    @ArchTest
    static final ArchRule onlyTheRepositoryTalksToDynamoDb = noClasses()
            .that()
            .doNotHaveSimpleName("NotificationRepository")
            .and()
            .doNotHaveSimpleName("NotificationItems")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("software.amazon.awssdk.services.dynamodb..");
}
