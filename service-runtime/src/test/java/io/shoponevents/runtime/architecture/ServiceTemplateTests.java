package io.shoponevents.runtime.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import io.shoponevents.runtime.testing.ServiceTemplate;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The template's rules pass for a service laid out like it and catch one that is not. */
class ServiceTemplateTests {

    @Test
    void aServiceLaidOutLikeTheTemplatePassesEveryRule() {
        JavaClasses goodshop = new ClassFileImporter().importPackages("io.shoponevents.goodshop");

        assertThat(rules())
                .allSatisfy(rule -> assertThat(
                                rule.evaluate(goodshop).getFailureReport().getDetails())
                        .as(rule.getDescription())
                        .isEmpty());
    }

    @Test
    void aServiceThatBreaksTheLayoutFailsTheRulesItBreaks() {
        JavaClasses badshop = new ClassFileImporter().importPackages("io.shoponevents.badshop");

        List<String> failed = rules().stream()
                .filter(rule -> rule.evaluate(badshop).hasViolation())
                .map(ArchRule::getDescription)
                .toList();

        assertThat(failed)
                .containsExactlyInAnyOrder(
                        "every class lives in <feature>.domain, .application, .adapter.in.web, .adapter.in.messaging,"
                                + " .adapter.out.persistence or .adapter.out.messaging",
                        "domain code uses plain Java, its service's domain and the runtime's domain vocabulary only",
                        "only adapters talk to AWS",
                        "the <Service>Application class lives in the service's top package");
    }

    private static List<ArchRule> rules() {
        return Arrays.stream(ServiceTemplate.class.getDeclaredFields())
                .filter(field -> ArchRule.class.isAssignableFrom(field.getType()))
                .map(ServiceTemplateTests::read)
                .collect(Collectors.toList());
    }

    private static ArchRule read(Field field) {
        try {
            field.setAccessible(true);
            return (ArchRule) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
