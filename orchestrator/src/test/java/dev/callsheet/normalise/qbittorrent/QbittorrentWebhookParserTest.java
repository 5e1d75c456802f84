package dev.callsheet.normalise.qbittorrent;

import static dev.callsheet.normalise.Payloads.ORIGIN;
import static dev.callsheet.normalise.Payloads.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.callsheet.events.DownloadId;
import dev.callsheet.events.EventJson;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.download.ClientChange;
import dev.callsheet.events.download.ClientReport;
import dev.callsheet.events.download.JobState;
import dev.callsheet.events.download.ReportedBy;
import dev.callsheet.events.download.WatcherObservation;
import dev.callsheet.normalise.ParsedWebhook;
import dev.callsheet.normalise.UnparseableWebhook;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class QbittorrentWebhookParserTest {

    private static final String HASH = "8c2f6a7b3d4e5f60718293a4b5c6d7e8f9012345";
    private static final DownloadId ID = DownloadId.of("8C2F6A7B3D4E5F60718293A4B5C6D7E8F9012345");

    private final QbittorrentWebhookParser parser = new QbittorrentWebhookParser();

    @Test
    void speaksForQbittorrent() {
        assertThat(parser.source()).isEqualTo(SourceKind.QBITTORRENT);
    }

    static Stream<Arguments> scriptForms() {
        return Stream.of(
                arguments(
                        "torrent added: where it stands is not said",
                        form(
                                "event=added",
                                "hash=" + HASH,
                                "name=Dune Part Two (2024)",
                                "category=radarr",
                                "tags=4k,uhd",
                                "size=27262976000",
                                "save_path=/data/torrents",
                                "content_path=/data/torrents/Dune Part Two (2024)"),
                        report(ClientChange.ADDED, null, "Dune Part Two (2024)", "radarr", null, 27262976000L)),
                arguments(
                        "magnet added before its metadata: size 0 is not known yet, no category",
                        form("event=added", "hash=" + HASH, "name=" + HASH, "category=", "size=0"),
                        report(ClientChange.ADDED, null, HASH, null, null, null)),
                arguments(
                        "torrent finished: completed, every byte",
                        form(
                                "event=finished",
                                "hash=" + HASH,
                                "name=Dune Part Two (2024)",
                                "category=radarr",
                                "size=27262976000"),
                        report(
                                ClientChange.COMPLETED,
                                JobState.COMPLETED,
                                "Dune Part Two (2024)",
                                "radarr",
                                1.0,
                                27262976000L)),
                arguments(
                        "upper-case hash, fields in any order, unknown fields ignored",
                        form("size=1024", "comment=new in 5.2", "hash=" + HASH.toUpperCase(), "event=finished"),
                        report(ClientChange.COMPLETED, JobState.COMPLETED, null, null, 1.0, 1024L)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void scriptForms(String description, byte[] body, ClientReport expected) throws UnparseableWebhook {
        ParsedWebhook parsed = parser.parse(body, ORIGIN);

        assertThat(parsed).isEqualTo(ParsedWebhook.ofDownloads(expected.eventType(), List.of(expected)));
    }

    static Stream<Arguments> refusedBodies() {
        return Stream.of(
                arguments(
                        form("hash=" + HASH),
                        "event is missing; the qBittorrent script sends event=added or event=finished"),
                arguments(form("event=deleted", "hash=" + HASH), "event is 'deleted'"),
                arguments(
                        form("event=finished", "name=Dune"),
                        "the form has no hash field (qBittorrent's %I, the torrent's v1 info-hash)"),
                arguments(
                        form("event=finished", "hash=-"),
                        "hash is '-': the torrent has no v1 info-hash, and the *arr apps know torrents only by theirs"),
                arguments(
                        form("event=added", "hash=" + HASH + "0123456789abcdef01234567"),
                        "is not a v1 info-hash (40 hex digits); the Run external program line must pass \"hash=%I\""),
                arguments(
                        form("event=added", "hash=" + HASH, "size=27 GB"),
                        "field size is not a number of bytes: 27 GB"),
                arguments(form("event=added", "hash=" + HASH, "hash=" + HASH), "the form names field 'hash' twice"),
                arguments(new byte[0], "not a form body: body is empty"),
                arguments("%PDF-1.7".getBytes(), "not a form body: the % at byte 0"));
    }

    @ParameterizedTest
    @MethodSource
    void refusedBodies(byte[] body, String reason) {
        assertThatThrownBy(() -> parser.parse(body, ORIGIN))
                .isInstanceOf(UnparseableWebhook.class)
                .hasMessageContaining(reason);
    }

    @Test
    void readsTheWatchersJsonToo() throws UnparseableWebhook {
        ClientReport progress = new ClientReport(
                ID,
                ClientChange.PROGRESS,
                JobState.DOWNLOADING,
                "Dune",
                "radarr",
                0.5,
                1024L,
                60L,
                8L,
                "downloading",
                null,
                ReportedBy.WATCHER);
        byte[] body = EventJson.mapper().writeValueAsBytes(new WatcherObservation.JobChanged(progress));

        assertThat(parser.parse(body, ORIGIN).downloadReports()).containsExactly(progress);
    }

    private static ClientReport report(
            ClientChange change, JobState state, String name, String category, Double progress, Long size) {
        return new ClientReport(
                ID, change, state, name, category, progress, size, null, null, null, null, ReportedBy.SCRIPT);
    }
}
