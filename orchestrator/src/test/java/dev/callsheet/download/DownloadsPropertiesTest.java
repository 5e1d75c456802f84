package dev.callsheet.download;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class DownloadsPropertiesTest {

    private final ApplicationContextRunner context =
            new ApplicationContextRunner().withUserConfiguration(Enabled.class);

    @Test
    void defaultsToWatchingEveryFiveSecondsWhileBusyAndEveryMinuteIdle() {
        context.run(started ->
                assertThat(started.getBean(DownloadsProperties.class)).isEqualTo(Observations.SETTINGS));
    }

    @Test
    void bindsEveryKeyFromTheEnvironment() {
        context.withInitializer(app -> app.getEnvironment()
                        .getPropertySources()
                        .addFirst(new SystemEnvironmentPropertySource(
                                "test-" + StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                                Map.of(
                                        "CALLSHEET_DOWNLOADS_WATCH", "false",
                                        "CALLSHEET_DOWNLOADS_POLLBUSY", "2s",
                                        "CALLSHEET_DOWNLOADS_POLLIDLE", "2m",
                                        "CALLSHEET_DOWNLOADS_PROGRESSINTERVAL", "1m",
                                        "CALLSHEET_DOWNLOADS_PROGRESSSTEP", "10",
                                        "CALLSHEET_DOWNLOADS_STALLAFTER", "30m",
                                        "CALLSHEET_DOWNLOADS_BACKOFFMAX", "10m"))))
                .run(started -> assertThat(started.getBean(DownloadsProperties.class))
                        .isEqualTo(new DownloadsProperties(
                                false,
                                Duration.ofSeconds(2),
                                Duration.ofMinutes(2),
                                Duration.ofMinutes(1),
                                10,
                                Duration.ofMinutes(30),
                                Duration.ofMinutes(10))));
    }

    @Test
    void refusesAProgressStepOfNothing() {
        context.withPropertyValues("callsheet.downloads.progress-step=0")
                .run(started -> assertThat(started).hasFailed());
    }

    @Test
    void refusesAStallAfterOfLessThanASecond() {
        context.withPropertyValues("callsheet.downloads.stall-after=500ms")
                .run(started -> assertThat(started).hasFailed());
    }

    @Test
    void neverWaitsLongerThanBackoffMaxAfterFailures() {
        assertThat(Observations.SETTINGS.backoff(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(Observations.SETTINGS.backoff(4)).isEqualTo(Duration.ofSeconds(40));
        assertThat(Observations.SETTINGS.backoff(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(5));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(DownloadsProperties.class)
    static class Enabled {}
}
