package dev.callsheet.plex.arr;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.callsheet.events.SourceKind;
import dev.callsheet.source.InstanceProperties;
import dev.callsheet.source.InstanceProperties.Instance;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.web.reactive.function.client.WebClient;

class ArrPlexCheckScheduleTest {

    @RegisterExtension
    static final WireMockExtension RADARR = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @Test
    void checksOffTheStartingThreadOnceReadyAndAgainAfterTheInterval() {
        RADARR.stubFor(get(urlPathEqualTo("/api/v3/notification"))
                .willReturn(okJson("[]").withFixedDelay(1_000)));
        var checks = new ArrPlexChecks(
                new InstanceProperties(Map.of(
                        "radarr",
                        new Instance(
                                SourceKind.RADARR,
                                URI.create(RADARR.baseUrl()),
                                "0123456789abcdef",
                                null,
                                null,
                                false,
                                Duration.ofSeconds(5)))),
                WebClient.builder(),
                Clock.systemUTC());

        try (var schedule = new ArrPlexCheckSchedule(checks, Duration.ofMillis(200))) {
            long started = System.nanoTime();
            schedule.onApplicationEvent(null);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(500));
            assertThat(checks.of(SourceKind.RADARR, "radarr")).isEmpty();

            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(checks.of(SourceKind.RADARR, "radarr"))
                            .containsInstanceOf(ArrPlexCheck.Answered.class));
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(RADARR.getAllServeEvents()).hasSizeGreaterThanOrEqualTo(2));
        }
    }
}
