package io.shoponevents.inventory;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import io.shoponevents.runtime.testing.ServiceTemplate;

/** The inventory is laid out like every service: by feature, then the template's layers. */
@AnalyzeClasses(packages = "io.shoponevents.inventory", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchTests template = ArchTests.in(ServiceTemplate.class);
}
