package io.shoponevents.runtime.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.shoponevents.events.EventType;
import io.shoponevents.events.ServiceName;
import io.shoponevents.runtime.consume.EventDispatcher;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The shape every service follows, as rules its tests check (see the service template in docs/architecture.md). A
 * service's {@code ArchitectureTests} analyses its own classes and includes these rules with {@code @ArchTest
 * ArchTests rules = ArchTests.in(ServiceTemplate.class)}.
 *
 * <pre>
 * io.shoponevents.&lt
 * .allowEmptyShould(true);service&gt;.&lt;Service&gt;Application
 * io.shoponevents.&lt;service&gt;.&lt;feature&gt;.domain                  aggregates and their changes; plain Java
 * io.shoponevents.&lt;service&gt;.&lt;feature&gt;.application             &lt;Name&gt;Service use cases, &lt;Aggregate&gt;Repository ports
 * io.shoponevents.&lt;service&gt;.&lt;feature&gt;.adapter.in.web          &lt;Name&gt;Controller, &lt;Name&gt;Request, &lt;Name&gt;Response
 * io.shoponevents.&lt;service&gt;.&lt;feature&gt;.adapter.in.messaging    ConsumedEvents, &lt;Name&gt;EventHandlers
 * io.shoponevents.&lt;service&gt;.&lt;feature&gt;.adapter.out.persistence Dynamo&lt;Aggregate&gt;Repository, &lt;Aggregate&gt;Items
 * io.shoponevents.&lt;service&gt;.&lt;feature&gt;.adapter.out.messaging   &lt;Aggregate&gt;Events, &lt;Name&gt;Sender
 * </pre>
 */
public final class ServiceTemplate {

    private static final Pattern LAYER = Pattern.compile(
            "io\\.shoponevents\\.\\w+\\.\\w+\\.(domain|application|adapter\\.in\\.(web|messaging)|adapter\\.out\\.(persistence|messaging))");

    private ServiceTemplate() {}

    @ArchTest
    static final ArchRule everyClassLivesInALayerOfAFeature = classes()
            .that()
            .areTopLevelClasses()
            .and()
            .haveSimpleNameNotEndingWith("Application")
            .and()
            .doNotHaveSimpleName("package-info")
            .should(resideInALayerOfAFeature())
            .as("every class lives in <feature>.domain, .application, .adapter.in.web, .adapter.in.messaging,"
                    + " .adapter.out.persistence or .adapter.out.messaging");

    @ArchTest
    static final ArchRule theApplicationClassIsAtTheTop = classes()
            .that()
            .haveSimpleNameEndingWith("Application")
            .should()
            .resideInAPackage("io.shoponevents.*")
            .as("the <Service>Application class lives in the service's top package");

    @ArchTest
    static final ArchRule domainIsPlainJava = classes()
            .that()
            .resideInAPackage("..domain..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "io.shoponevents.*.*.domain..", "io.shoponevents.runtime.domain..")
            .as("domain code uses plain Java, its service's domain and the runtime's domain vocabulary only")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule applicationKnowsNoAdapterAndNoAws = noClasses()
            .that()
            .resideInAPackage("..application..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "..adapter..",
                    "software.amazon..",
                    "io.awspring..",
                    "org.springframework.web..",
                    "io.shoponevents.runtime.web..",
                    "io.shoponevents.runtime.outbox..",
                    "io.shoponevents.runtime.publish..",
                    "io.shoponevents.runtime.consume..")
            .as("application code knows no adapter, no AWS SDK and no web or messaging machinery")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule theAwsSdkStaysInAdapters = noClasses()
            .that()
            .resideOutsideOfPackage("..adapter..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("software.amazon..", "io.awspring..")
            .as("only adapters talk to AWS")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule adaptersDoNotCallEachOther = noClasses()
            .that()
            .resideInAPackage("..adapter.in..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..adapter.out..")
            .as("incoming adapters reach outgoing ones only through the application")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule portsAreRepositoriesAndUseCasesServices = classes()
            .that()
            .resideInAPackage("..application..")
            .and()
            .areTopLevelClasses()
            .and()
            .areNotRecords()
            .should(haveSimpleNameEndingWithAnyOf("Service", "Repository", "Sender"))
            .as("application holds <Name>Service use cases and <Aggregate>Repository or <Name>Sender ports")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule webAdaptersAreControllersAndTheirBodies = classes()
            .that()
            .resideInAPackage("..adapter.in.web..")
            .and()
            .areTopLevelClasses()
            .should(haveSimpleNameEndingWithAnyOf("Controller", "Request", "Response", "Json"))
            .as("adapter.in.web holds <Name>Controller and its <Name>Request/<Name>Response bodies")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule messagingAdaptersAreTheDispatcherAndItsHandlers = classes()
            .that()
            .resideInAPackage("..adapter.in.messaging..")
            .and()
            .areTopLevelClasses()
            .should(haveSimpleNameEndingWithAnyOf("ConsumedEvents", "EventHandlers"))
            .as("adapter.in.messaging holds ConsumedEvents (which handler takes which event) and <Name>EventHandlers")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule persistenceAdaptersAreRepositoriesAndTheirItems = classes()
            .that()
            .resideInAPackage("..adapter.out.persistence..")
            .and()
            .areTopLevelClasses()
            .should(haveSimpleNameMatching("Dynamo\\w+Repository|\\w+Items"))
            .as("adapter.out.persistence holds Dynamo<Aggregate>Repository and <Aggregate>Items")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule outgoingMessagingAdaptersMapEventsOrSend = classes()
            .that()
            .resideInAPackage("..adapter.out.messaging..")
            .and()
            .areTopLevelClasses()
            .should(haveSimpleNameMatching("\\w+Events|\\w+Sender|\\w+Configuration"))
            .as("adapter.out.messaging holds <Aggregate>Events (a change as the events it emits) and senders")
            .allowEmptyShould(true);

    /**
     * Checks that a service handles exactly the events the catalog routes to it: one it drops would be received,
     * validated and thrown away on every delivery, and one it handles but is never sent would be dead code.
     */
    public static void assertHandlesWhatTheCatalogRoutesTo(ServiceName service, EventDispatcher dispatcher) {
        Set<EventType> routedHere = Arrays.stream(EventType.values())
                .filter(type -> type.consumers().contains(service))
                .collect(Collectors.toSet());
        assertThat(dispatcher.handledTypes())
                .as("events %s handles against those the catalog routes to it", service)
                .containsExactlyInAnyOrderElementsOf(routedHere);
    }

    private static ArchCondition<JavaClass> resideInALayerOfAFeature() {
        return new ArchCondition<>("reside in a layer of a feature") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                if (!LAYER.matcher(javaClass.getPackageName()).matches()) {
                    events.add(SimpleConditionEvent.violated(
                            javaClass, javaClass.getName() + " is not in a layer of a feature"));
                }
            }
        };
    }

    private static ArchCondition<JavaClass> haveSimpleNameEndingWithAnyOf(String... suffixes) {
        return haveSimpleNameMatching("\\w*(" + String.join("|", suffixes) + ")");
    }

    private static ArchCondition<JavaClass> haveSimpleNameMatching(String regex) {
        Pattern pattern = Pattern.compile(regex);
        return new ArchCondition<>("have a simple name matching " + regex) {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                if (!pattern.matcher(javaClass.getSimpleName()).matches()) {
                    events.add(SimpleConditionEvent.violated(
                            javaClass, javaClass.getName() + " is not named like " + regex));
                }
            }
        };
    }
}
