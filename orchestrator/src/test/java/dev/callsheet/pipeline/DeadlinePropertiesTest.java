package dev.callsheet.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.request.Deadlines;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The deadlines' keys, and the tick interval that bounds how late a deadline or a search is noticed. */
class DeadlinePropertiesTest {

    private final ApplicationContextRunner context =
            new ApplicationContextRunner().withUserConfiguration(Enabled.class);

    @Test
    void defaultsToTheIssuesDeadlinesAndATickEvery15Seconds() {
        context.run(started -> {
            assertThat(started.getBean(DeadlineProperties.class).deadlines()).isEqualTo(Deadlines.DEFAULTS);
            assertThat(started.getBean(PipelineProperties.class).tickInterval()).isEqualTo(Duration.ofSeconds(15));
        });
    }

    @Test
    void bindsEveryKeyIncludingImportFromTheEnvironment() {
        context.withInitializer(app -> app.getEnvironment()
                        .getPropertySources()
                        .addFirst(new SystemEnvironmentPropertySource(
                                "test-" + StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                                Map.of(
                                        "CALLSHEET_DEADLINES_DECISION", "3s",
                                        "CALLSHEET_DEADLINES_GRAB", "2h",
                                        "CALLSHEET_DEADLINES_IMPORT", "6h",
                                        "CALLSHEET_DEADLINES_IMPORTAFTERDOWNLOAD", "10m",
                                        "CALLSHEET_DEADLINES_AVAILABLE", "5m"))))
                .run(started -> assertThat(
                                started.getBean(DeadlineProperties.class).deadlines())
                        .isEqualTo(new Deadlines(
                                Duration.ofSeconds(3),
                                Duration.ofHours(2),
                                Duration.ofHours(6),
                                Duration.ofMinutes(10),
                                Duration.ofMinutes(5))));
    }

    @Test
    void bindsTheKebabCaseKeys() {
        context.withPropertyValues("callsheet.deadlines.import=1h", "callsheet.deadlines.import-after-download=1m")
                .run(started -> {
                    Deadlines deadlines =
                            started.getBean(DeadlineProperties.class).deadlines();
                    assertThat(deadlines.importing()).isEqualTo(Duration.ofHours(1));
                    assertThat(deadlines.importAfterDownload()).isEqualTo(Duration.ofMinutes(1));
                });
    }

    @Test
    void refusesADeadlineOfLessThanASecond() {
        context.withPropertyValues("callsheet.deadlines.grab=0s")
                .run(started -> assertThat(started).hasFailed());
    }

    @Test
    void allowsATickIntervalOfAtMost30Seconds() {
        context.withPropertyValues("callsheet.pipeline.tick-interval=30s").run(started -> assertThat(
                        started.getBean(PipelineProperties.class).tickInterval())
                .isEqualTo(Duration.ofSeconds(30)));
        context.withPropertyValues("callsheet.pipeline.tick-interval=31s")
                .run(started -> assertThat(started).hasFailed());
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({DeadlineProperties.class, PipelineProperties.class})
    static class Enabled {}
}
