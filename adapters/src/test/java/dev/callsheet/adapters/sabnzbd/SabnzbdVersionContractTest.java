package dev.callsheet.adapters.sabnzbd;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.callsheet.adapters.ClientFixtures.API_KEY;
import static dev.callsheet.adapters.ClientFixtures.body;
import static dev.callsheet.adapters.ClientFixtures.endpoint;
import static dev.callsheet.adapters.ClientFixtures.failureOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.callsheet.adapters.AdapterFailure;
import dev.callsheet.adapters.AdapterFailure.Kind;
import dev.callsheet.adapters.download.ClientJob;
import dev.callsheet.events.download.JobState;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Every call {@link SabnzbdClient} makes, answered as SABnzbd 3.x and 4.x answer it, and as a minimal
 * answer holding only the fields 3.0 always sends ({@code contract/sabnzbd/}, sources in {@code
 * SOURCES.md} there).
 */
class SabnzbdVersionContractTest {

    private static final long MEBIBYTE = 1024L * 1024L;

    @RegisterExtension
    static final WireMockExtension SABNZBD = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private final SabnzbdClient sabnzbd = new SabnzbdClient(endpoint(SABNZBD.baseUrl()), WebClient.builder());

    private static void answers(String mode, String json) {
        SABNZBD.stubFor(get(urlPathEqualTo("/api"))
                .withQueryParam("mode", equalTo(mode))
                .withQueryParam("output", equalTo("json"))
                .withQueryParam("apikey", equalTo(API_KEY))
                .willReturn(okJson(json)));
    }

    private static String fixture(String version, String call) {
        return body("contract/sabnzbd/" + version + "/" + call + ".json");
    }

    @ParameterizedTest(name = "{0}: queue")
    @ValueSource(strings = {"v3", "v4", "minimal"})
    void readsTheQueue(String version) {
        answers("queue", fixture(version, "queue"));

        List<ClientJob> jobs = sabnzbd.queue().block();

        assertThat(jobs)
                .containsExactly(
                        new ClientJob(
                                "SABnzbd_nzo_k2v8q1x3",
                                "Dune.Part.Two.2024.2160p.UHD.BluRay.x265-GROUP",
                                JobState.DOWNLOADING,
                                0.25,
                                4096 * MEBIBYTE,
                                6 * 60 + 24L,
                                8192 * 1024,
                                "Downloading",
                                null),
                        new ClientJob(
                                "SABnzbd_nzo_p0c4r7a9",
                                "Severance.S02E05.1080p.WEB.H264-GROUP",
                                JobState.QUEUED,
                                0.0,
                                1024 * MEBIBYTE,
                                null,
                                0,
                                "Propagating",
                                null),
                        new ClientJob(
                                "SABnzbd_nzo_z9y8x7w6",
                                "The.Bear.S03E01.720p.WEB.H264-GROUP",
                                JobState.PAUSED,
                                0.5,
                                512 * MEBIBYTE,
                                null,
                                0,
                                "Paused",
                                null));
    }

    @ParameterizedTest(name = "{0}: history")
    @ValueSource(strings = {"v3", "v4", "minimal"})
    void readsTheHistory(String version) {
        answers("history", fixture(version, "history"));

        List<ClientJob> jobs = sabnzbd.history().block();

        assertThat(jobs)
                .containsExactly(
                        new ClientJob(
                                "SABnzbd_nzo_i9j0k1l2",
                                "Shogun.S01E01.2160p.WEB.H265-GROUP",
                                JobState.PROCESSING,
                                1.0,
                                3_000_000_000L,
                                null,
                                0,
                                "Extracting",
                                null),
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

    @ParameterizedTest(name = "{0}: version {1}")
    @CsvSource({"v3, 3.7.2", "v4, 4.5.5", "minimal, 3.0.0"})
    void readsTheVersion(String version, String expected) {
        answers("version", fixture(version, "version"));

        assertThat(sabnzbd.version().block()).isEqualTo(expected);
    }

    @Test
    void readsAStatusWordItDoesNotKnowAsUnknownAndKeepsTheWord() {
        answers("history", """
                {"history": {"slots": [
                  {"nzo_id": "SABnzbd_nzo_x", "name": "x", "status": "Archived", "bytes": 100, "downloaded": 40},
                  {"nzo_id": "SABnzbd_nzo_y", "name": "y", "status": "COMPLETED", "bytes": 100, "downloaded": 100}]}}""");

        List<ClientJob> jobs = sabnzbd.history().block();

        assertThat(jobs).extracting(ClientJob::state).containsExactly(JobState.UNKNOWN, JobState.COMPLETED);
        assertThat(jobs.getFirst().stateDetail()).isEqualTo("Archived");
        assertThat(jobs.getFirst().failure()).isNull();
    }

    @Test
    void readsASlotWithoutItsSizesAsSizeNotKnown() {
        answers("history", """
                {"history": {"slots": [{"nzo_id": "SABnzbd_nzo_x", "name": "x", "status": "Completed"}]}}""");

        ClientJob job = sabnzbd.history().block().getFirst();

        assertThat(job.size()).isNull();
        assertThat(job.progress()).isEqualTo(1.0);
        assertThat(job.failure()).isNull();
    }

    @Test
    void aSlotWithoutItsIdIsUnreadableAndSaysWhere() {
        answers("queue", """
                {"queue": {"kbpersec": "0", "slots": [{"filename": "x", "status": "Queued"}]}}""");

        AdapterFailure failure = failureOf(sabnzbd.queue());

        assertThat(failure.kind()).isEqualTo(Kind.UNREADABLE);
        assertThat(failure.unreadable()).hasValueSatisfying(where -> {
            assertThat(where.call()).startsWith("GET /api?mode=queue");
            assertThat(where.field()).isEqualTo("queue.slots[0].nzo_id");
        });
    }

    @Test
    void anAnswerWithoutAVersionIsUnreadable() {
        answers("version", "{}");

        assertThat(failureOf(sabnzbd.version()).kind()).isEqualTo(Kind.UNREADABLE);
    }
}
