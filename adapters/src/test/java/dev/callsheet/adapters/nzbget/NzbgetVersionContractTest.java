package dev.callsheet.adapters.nzbget;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.callsheet.adapters.ClientFixtures.body;
import static dev.callsheet.adapters.ClientFixtures.endpoint;
import static dev.callsheet.adapters.ClientFixtures.failureOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.callsheet.adapters.AdapterFailure;
import dev.callsheet.adapters.AdapterFailure.Kind;
import dev.callsheet.adapters.download.ClientJob;
import dev.callsheet.events.download.JobState;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Every call {@link NzbgetClient} makes, answered as NZBGet 21 and 24.6+/25 answer it, and as a
 * minimal answer holding only the fields 21 always sends ({@code contract/nzbget/}, sources in {@code
 * SOURCES.md} there).
 */
class NzbgetVersionContractTest {

    private static final String DUNE = "6b0e9f5d2c8a4e1f9a3b7c5d1e2f4a6b";
    private static final String BEAR = "9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a";
    private static final String OPPENHEIMER = "3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b";

    @RegisterExtension
    static final WireMockExtension NZBGET = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private final NzbgetClient nzbget = new NzbgetClient(endpoint(NZBGET.baseUrl()), "nzbget", WebClient.builder());

    private static void answers(String method, String json) {
        NZBGET.stubFor(post(urlPathEqualTo("/jsonrpc"))
                .withRequestBody(matchingJsonPath("$.method", equalTo(method)))
                .willReturn(okJson(json)));
    }

    private static String fixture(String version, String call) {
        return body("contract/nzbget/" + version + "/" + call + ".json");
    }

    @ParameterizedTest(name = "{0}: listgroups and status")
    @CsvSource({"v21, UNPACKING", "v25, POST_UNPACK_RENAMING", "minimal, UNPACKING"})
    void readsTheQueue(String version, String postProcessing) {
        answers("listgroups", fixture(version, "listgroups"));
        answers("status", fixture(version, "status"));

        List<ClientJob> jobs = nzbget.queue().block();

        assertThat(jobs)
                .containsExactly(
                        new ClientJob(
                                DUNE,
                                "Dune.Part.Two.2024.2160p",
                                JobState.DOWNLOADING,
                                0.25,
                                6_000_000_000L,
                                563L,
                                8_000_000,
                                "DOWNLOADING",
                                null),
                        new ClientJob(
                                "13",
                                "Severance.S02E05.1080p",
                                JobState.QUEUED,
                                0.0,
                                2_000_000_000L,
                                null,
                                0,
                                "QUEUED",
                                null),
                        new ClientJob(
                                BEAR,
                                "The.Bear.S03E01.720p",
                                JobState.PROCESSING,
                                1.0,
                                1_000_000_000L,
                                null,
                                0,
                                postProcessing,
                                null));
    }

    @ParameterizedTest(name = "{0}: history")
    @ValueSource(strings = {"v21", "v25", "minimal"})
    void readsTheHistory(String version) {
        answers("history", fixture(version, "history"));

        List<ClientJob> jobs = nzbget.history().block();

        assertThat(jobs)
                .containsExactly(
                        new ClientJob(
                                OPPENHEIMER,
                                "Oppenheimer.2023.1080p",
                                JobState.COMPLETED,
                                1.0,
                                9_876_543_210L,
                                null,
                                0,
                                "SUCCESS/ALL",
                                null),
                        new ClientJob(
                                "8",
                                "Severance.S02E04.1080p",
                                JobState.FAILED,
                                0.25,
                                1_200_000_000L,
                                null,
                                0,
                                "FAILURE/HEALTH",
                                "FAILURE/HEALTH"),
                        new ClientJob(
                                "7",
                                "Home.Video.2019",
                                JobState.FAILED,
                                0.0,
                                500_000_000L,
                                null,
                                0,
                                "DELETED/DUPE",
                                "DELETED/DUPE"));
    }

    @ParameterizedTest(name = "{0}: version {1}")
    @CsvSource({"v21, 21.1", "v25, 25.4", "minimal, 21.0"})
    void readsTheVersion(String version, String expected) {
        answers("version", fixture(version, "version"));

        assertThat(nzbget.version().block()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: append answers the NZBID")
    @ValueSource(strings = {"v21", "v25", "minimal"})
    void readsTheAppendAnswer(String version) {
        answers("append", fixture(version, "append"));

        Long nzbId = nzbget.append("Dune.nzb", "<nzb/>".getBytes(StandardCharsets.UTF_8), "movies", DUNE)
                .block();

        assertThat(nzbId).isEqualTo(14L);
        NZBGET.verify(postRequestedFor(urlPathEqualTo("/jsonrpc"))
                .withRequestBody(matchingJsonPath("$.params[9][0]", equalTo("drone")))
                .withRequestBody(matchingJsonPath("$.params[9][1]", equalTo(DUNE))));
    }

    @Test
    void prefersThe64BitRateNzbget24AddsOverTheCappedOldOne() {
        answers("listgroups", fixture("v25", "listgroups"));
        answers("status", """
                {"version": "1.1", "result": {"DownloadRate": 2147483647, "DownloadRateLo": 3000000000,
                 "DownloadRateHi": 0}}""");

        assertThat(nzbget.queue().block().getFirst().speed()).isEqualTo(3_000_000_000L);
    }

    @Test
    void readsAStatusWordItDoesNotKnowAsUnknownAndKeepsTheWord() {
        answers("listgroups", """
                {"version": "1.1", "result": [{"NZBID": 5, "NZBName": "x", "Status": "SLEEPING", "FileSizeLo": 100,
                 "FileSizeHi": 0, "RemainingSizeLo": 50, "RemainingSizeHi": 0, "Parameters": []}]}""");
        answers("status", "{\"version\": \"1.1\", \"result\": {\"DownloadRate\": 0}}");

        ClientJob job = nzbget.queue().block().getFirst();

        assertThat(job.state()).isEqualTo(JobState.UNKNOWN);
        assertThat(job.stateDetail()).isEqualTo("SLEEPING");
        assertThat(job.progress()).isEqualTo(0.5);
        assertThat(job.failure()).isNull();
    }

    @Test
    void aStatusWithoutAnyRateReadsAsNoTransfer() {
        answers("listgroups", fixture("minimal", "listgroups"));
        answers("status", "{\"version\": \"1.1\", \"result\": {}}");

        ClientJob dune = nzbget.queue().block().getFirst();

        assertThat(dune.speed()).isZero();
        assertThat(dune.etaSeconds()).isNull();
    }

    @Test
    void aGroupWithoutItsIdIsUnreadableAndSaysWhere() {
        answers("listgroups", """
                {"version": "1.1", "result": [{"NZBName": "x", "Status": "QUEUED", "FileSizeLo": 1, "FileSizeHi": 0,
                 "RemainingSizeLo": 1, "RemainingSizeHi": 0}]}""");
        answers("status", "{\"version\": \"1.1\", \"result\": {\"DownloadRate\": 0}}");

        AdapterFailure failure = failureOf(nzbget.queue());

        assertThat(failure.kind()).isEqualTo(Kind.UNREADABLE);
        assertThat(failure.unreadable()).hasValueSatisfying(where -> {
            assertThat(where.call()).isEqualTo("POST /jsonrpc");
            assertThat(where.field()).isEqualTo("result[0].NZBID");
        });
    }
}
