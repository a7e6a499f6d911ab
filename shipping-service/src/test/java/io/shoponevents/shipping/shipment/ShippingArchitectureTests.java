package io.shoponevents.shipping.shipment;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Shipping is flat, but its model stays plain and only the repository talks to DynamoDB. */
@AnalyzeClasses(packages = "io.shoponevents.shipping", importOptions = ImportOption.DoNotIncludeTests.class)
class ShippingArchitectureTests {

    @ArchTest
    static final ArchRule modelImportsNoSpringAndNoAws = noClasses()
            .that()
            .haveSimpleNameStartingWith("Shipment")
            .and()
            .areAssignableTo(Record.class)
            .or()
            .haveSimpleName("ShipmentStatus")
            .or()
            .haveSimpleName("OrderMarker")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "software.amazon..");

    @ArchTest
    static final ArchRule onlyTheRepositoryTalksToDynamoDb = noClasses()
            .that()
            .doNotHaveSimpleName("ShipmentRepository")
            .and()
            .doNotHaveSimpleName("ShipmentItems")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("software.amazon.awssdk.services.dynamodb..");
}
