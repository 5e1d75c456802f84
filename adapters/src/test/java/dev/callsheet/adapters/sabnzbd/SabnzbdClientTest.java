package dev.callsheet.adapters.sabnzbd;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.callsheet.adapters.ClientFixtures.API_KEY;
import static dev.callsheet.adapters.ClientFixtures.body;
import static dev.callsheet.adapters.ClientFixtures.closedPortUrl;
import static dev.callsheet.adapters.ClientFixtures.endpoint;
import static dev.callsheet.adapters.ClientFixtures.failureOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.callsheet.adapters.AdapterFailure;
import dev.callsheet.adapters.AdapterFailure.Kind;
import dev.callsheet.adapters.download.ClientJob;
import dev.callsheet.events.download.JobState;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.web.reactive.function.client.WebClient;

class SabnzbdClientTest {

    @RegisterExtension
    static final WireMockExtension SABNZBD = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private final SabnzbdClient sabnzbd = clientAt(SABNZBD.baseUrl());

    private static SabnzbdClient clientAt(String baseUrl) {
        return new SabnzbdClient(endpoint(baseUrl, Duration.ofSeconds(2)), WebClient.builder());
    }

    private static void answers(String mode, ResponseDefinitionBuilder response) {
        SABNZBD.stubFor(get(urlPathEqualTo("/api"))
                .withQueryParam("mode", equalTo(mode))
                .withQueryParam("output", equalTo("json"))
                .withQueryParam("apikey", equalTo(API_KEY))
                .willReturn(response));
    }

    @Nested
    class ReadingTheQueue {

        @Test
        void readsDownloadingQueuedAndPausedJobsByNzoId() {
            answers("queue", okJson(body("sabnzbd/queue.json")));

            List<ClientJob> jobs = sabnzbd.queue().block();

            assertThat(jobs).hasSize(3);
            ClientJob dune = jobs.get(0);
            assertThat(dune.id()).isEqualTo("SABnzbd_nzo_k2v8q1x3");
            assertThat(dune.name()).isEqualTo("Dune.Part.Two.2024.2160p.UHD.BluRay.x265-GROUP");
            assertThat(dune.state()).isEqualTo(JobState.DOWNLOADING);
            assertThat(dune.progress()).isCloseTo(0.2628, offset(0.0001));
            assertThat(dune.size()).isEqualTo(Math.round(4250.90 * 1024 * 1024));
            assertThat(dune.etaSeconds()).isEqualTo(6 * 60 + 22L);
            assertThat(dune.speed()).isEqualTo(Math.round(8396.50 * 1024));
            assertThat(dune.stateDetail()).isEqualTo("Downloading");
            assertThat(dune.failure()).isNull();

            assertThat(jobs.get(1))
                    .isEqualTo(new ClientJob(
                            "SABnzbd_nzo_p0c4r7a9",
                            "Severance.S02E05.1080p.WEB.H264-GROUP",
                            JobState.QUEUED,
                            (1167.60 - 1157.59) / 1167.60,
                            Math.round(1167.60 * 1024 * 1024),
                            null,
                            0,
                            "Queued",
                            null));
            assertThat(jobs.get(2))
                    .isEqualTo(new ClientJob(
                            "SABnzbd_nzo_z9y8x7w6",
                            "The.Bear.S03E01.720p.WEB.H264-GROUP",
                            JobState.PAUSED,
                            0.0,
                            null,
                            null,
                            0,
                            "Paused",
                            null));
        }

        @Test
        void readsAnEmptyQueue() {
            answers("queue", okJson("{\"queue\": {\"status\": \"Idle\", \"kbpersec\": \"0.00\", \"slots\": []}}"));

            assertThat(sabnzbd.queue().block()).isEmpty();
        }

        @Test
        void anUnknownStatusReadsAsUnknownWithoutBlindingTheRest() {
            answers(
                    "queue",
                    okJson("{\"queue\": {\"kbpersec\": \"0\", \"slots\": [{\"nzo_id\": \"SABnzbd_nzo_x\","
                            + " \"status\": \"Teleporting\"}, {\"nzo_id\": \"SABnzbd_nzo_y\","
                            + " \"status\": \"Queued\"}]}}"));

            List<ClientJob> jobs = sabnzbd.queue().block();

            assertThat(jobs)
                    .extracting(ClientJob::id, ClientJob::state, ClientJob::stateDetail)
                    .containsExactly(
                            tuple("SABnzbd_nzo_x", JobState.UNKNOWN, "Teleporting"),
                            tuple("SABnzbd_nzo_y", JobState.QUEUED, "Queued"));
        }
    }

    @Nested
    class ReadingTheHistory {

        @Test
        void readsCompletedAndFailedJobsWithTheFailMessage() {
            answers("history", okJson(body("sabnzbd/history.json")));

            List<ClientJob> jobs = sabnzbd.history().block();

            assertThat(jobs)
                    .containsExactly(
                            new ClientJob(
                                    "SABnzbd_nzo_a1b2c3d4",
                                    "Oppenheimer.2023.1080p.BluRay.x264-GROUP",
                                    JobState.COMPLETED,
                                    1.0,
                                    9_876_543_210L,
                                    null,
                                    0,
                                    "Completed",
                                    null),
                            new ClientJob(
                                    "SABnzbd_nzo_e5f6g7h8",
                                    "Severance.S02E04.1080p.WEB.H264-GROUP",
                                    JobState.FAILED,
                                    0.25,
                                    1_200_000_000L,
                                    null,
                                    0,
                                    "Failed",
                                    "Aborted, cannot be completed - https://sabnzbd.org/not-complete"));
        }
    }

    @Nested
    class Failing {

        @ParameterizedTest
        @ValueSource(strings = {"API Key Incorrect", "API Key Required"})
        void aKeyRefusedInsideTheModeIsUnauthorized(String error) {
            answers("queue", okJson("{\"status\": false, \"error\": \"" + error + "\"}"));

            AdapterFailure failure = failureOf(sabnzbd.queue());

            assertThat(failure.kind()).isEqualTo(Kind.UNAUTHORIZED);
            assertThat(failure.retryable()).isFalse();
            assertThat(failure.getMessage()).contains("SABnzbd", error);
        }

        @Test
        void aKeyRefusedWith403IsUnauthorized() {
            answers("history", aResponse().withStatus(403).withBody("API Key Incorrect"));

            AdapterFailure failure = failureOf(sabnzbd.history());

            assertThat(failure.kind()).isEqualTo(Kind.UNAUTHORIZED);
            assertThat(failure.getMessage()).contains("HTTP 403", "apikey=[api key]");
            assertThat(stackTrace(failure)).doesNotContain(API_KEY);
        }

        @Test
        void anotherErrorInsideTheModeIsRejected() {
            answers("queue", okJson("{\"status\": false, \"error\": \"not implemented\"}"));

            assertThat(failureOf(sabnzbd.queue()).kind()).isEqualTo(Kind.REJECTED);
        }

        @Test
        void aServerThatIsDownIsUnreachableWithoutShowingTheKey() {
            AdapterFailure failure = failureOf(clientAt(closedPortUrl()).queue());

            assertThat(failure.kind()).isEqualTo(Kind.UNREACHABLE);
            assertThat(stackTrace(failure)).doesNotContain(API_KEY);
        }

        @Test
        void aServerThatDoesNotAnswerInTimeIsUnreachableWithoutShowingTheKey() {
            answers("queue", okJson("{}").withFixedDelay(5_000));

            AdapterFailure failure = failureOf(sabnzbd.queue());

            assertThat(failure.kind()).isEqualTo(Kind.UNREACHABLE);
            assertThat(stackTrace(failure)).doesNotContain(API_KEY);
        }

        @Test
        void anUnreadableBodyDoesNotShowTheKey() {
            answers("history", aResponse().withStatus(200).withBody("<html>login</html>"));

            AdapterFailure failure = failureOf(sabnzbd.history());

            assertThat(failure.kind()).isEqualTo(Kind.UNREADABLE);
            assertThat(stackTrace(failure)).doesNotContain(API_KEY);
        }

        // Logged failures print their whole chain, suppressed traces included.
        private static String stackTrace(Throwable failure) {
            StringWriter trace = new StringWriter();
            failure.printStackTrace(new PrintWriter(trace));
            return trace.toString();
        }
    }
}
