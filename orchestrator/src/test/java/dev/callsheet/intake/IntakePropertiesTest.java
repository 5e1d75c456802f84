package dev.callsheet.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.util.unit.DataSize;

class IntakePropertiesTest {

    private final ApplicationContextRunner context =
            new ApplicationContextRunner().withUserConfiguration(Enabled.class);

    @Test
    void defaultsToOneMebibyteAndFiveSecondsWithNoSecrets() {
        context.run(started -> {
            IntakeProperties intake = started.getBean(IntakeProperties.class);

            assertThat(intake.maxBody()).isEqualTo(DataSize.ofMegabytes(1));
            assertThat(intake.ackTimeout()).isEqualTo(Duration.ofSeconds(5));
            assertThat(intake.radarr().password()).isNull();
            assertThat(intake.plex().fourKLibraries()).isEmpty();
        });
    }

    @Test
    void bindsEveryKeyFromTheEnvironment() {
        context.withInitializer(app -> app.getEnvironment()
                        .getPropertySources()
                        .addFirst(new SystemEnvironmentPropertySource(
                                "test-" + StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                                Map.of(
                                        "CALLSHEET_INTAKE_OVERSEERR_AUTHORIZATION", "Bearer o",
                                        "CALLSHEET_INTAKE_RADARR_USERNAME", "r",
                                        "CALLSHEET_INTAKE_RADARR_PASSWORD", "rp",
                                        "CALLSHEET_INTAKE_SONARR_USERNAME", "s",
                                        "CALLSHEET_INTAKE_SONARR_PASSWORD", "sp",
                                        "CALLSHEET_INTAKE_PLEX_TOKEN", "t",
                                        "CALLSHEET_INTAKE_PLEX_FOURKLIBRARIES", "Movies 4K,TV 4K",
                                        "CALLSHEET_INTAKE_MAXBODY", "2MB",
                                        "CALLSHEET_INTAKE_ACKTIMEOUT", "3s"))))
                .run(started -> {
                    IntakeProperties intake = started.getBean(IntakeProperties.class);

                    assertThat(intake.overseerr().authorization()).isEqualTo("Bearer o");
                    assertThat(intake.radarr()).isEqualTo(new IntakeProperties.Basic("r", "rp"));
                    assertThat(intake.sonarr()).isEqualTo(new IntakeProperties.Basic("s", "sp"));
                    assertThat(intake.plex().token()).isEqualTo("t");
                    assertThat(intake.plex().fourKLibraries()).containsExactly("Movies 4K", "TV 4K");
                    assertThat(intake.maxBody()).isEqualTo(DataSize.ofMegabytes(2));
                    assertThat(intake.ackTimeout()).isEqualTo(Duration.ofSeconds(3));
                });
    }

    @Test
    void neverPrintsSecrets() {
        context.withPropertyValues(
                        "callsheet.intake.overseerr.authorization=Bearer hidden",
                        "callsheet.intake.radarr.password=hidden",
                        "callsheet.intake.plex.token=hidden")
                .run(started -> assertThat(
                                started.getBean(IntakeProperties.class).toString())
                        .doesNotContain("hidden"));
    }

    @Test
    void refusesAZeroAckTimeout() {
        context.withPropertyValues("callsheet.intake.ack-timeout=0s")
                .run(started -> assertThat(started).hasFailed());
    }

    @Test
    void refusesABodyLimitThatDoesNotFitInMemoryAtOnce() {
        context.withPropertyValues("callsheet.intake.max-body=4GB")
                .run(started -> assertThat(started.getStartupFailure())
                        .rootCause()
                        .hasMessageContaining("callsheet.intake.max-body must be between 1B and 2047MB"));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(IntakeProperties.class)
    static class Enabled {}
}
