package dev.callsheet.request;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The core stays pure: no framework, broker, reactive types, clock, randomness or I/O. The same
 * rule is run against a deliberately impure fixture to show that it can fail.
 */
public class CoreIsPureTest {

    /** The purity rule for the classes of {@code corePackage} (an ArchUnit package pattern). */
    public static ArchRule pureCore(String corePackage) {
        return noClasses()
                .that()
                .resideInAPackage(corePackage)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..", "org.apache.kafka..", "reactor..", "java.io..", "java.nio..")
                .orShould()
                .dependOnClassesThat()
                .belongToAnyOf(Clock.class, Random.class)
                .as("the core in " + corePackage + " is pure: no Spring, Kafka, Reactor, clock, randomness or I/O");
    }

    @Test
    void keepsTheCorePure() {
        JavaClasses main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.callsheet.request");

        assertThat(main).isNotEmpty();
        pureCore("dev.callsheet.request..").check(main);
    }

    @Test
    void catchesAnImpureCore() {
        JavaClasses fixture = new ClassFileImporter().importPackages("archfixture.request");

        var result = pureCore("archfixture.request..").evaluate(fixture);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anyMatch(line -> line.contains("java.time.Clock"))
                .anyMatch(line -> line.contains("org.springframework.stereotype.Component"));
    }
}
