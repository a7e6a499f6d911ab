package io.shoponevents.ordering;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import io.shoponevents.runtime.testing.ServiceTemplate;

/** The service follows the template every service shares (see the service template in docs/architecture.md). */
@AnalyzeClasses(packages = "io.shoponevents.ordering", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchTests template = ArchTests.in(ServiceTemplate.class);
}
