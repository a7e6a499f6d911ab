package io.shoponevents.shipping;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import io.shoponevents.runtime.testing.ServiceTemplate;

@AnalyzeClasses(packages = "io.shoponevents.shipping", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchTests template = ArchTests.in(ServiceTemplate.class);
}
