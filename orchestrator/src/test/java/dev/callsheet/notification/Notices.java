package dev.callsheet.notification;

import dev.callsheet.events.EpisodeKey;
import dev.callsheet.events.MediaKey;
import dev.callsheet.events.MediaType;
import dev.callsheet.events.RequestId;
import dev.callsheet.events.command.Addressee;
import dev.callsheet.events.command.NoticeSubject;
import dev.callsheet.events.command.SendNotification;
import java.util.List;

/** Commands the notification tests send: a movie and a series, available, for alice. */
final class Notices {

    static final Addressee ALICE = new Addressee("alice", "alice@example.org", "80351110224678912", "123456789");

    private Notices() {}

    static SendNotification movie(String id, String event, String channel) {
        return new SendNotification(
                id,
                MediaKey.movie(603, false),
                new RequestId("overseerr-127"),
                event,
                channel,
                ALICE,
                new NoticeSubject(
                        MediaType.MOVIE,
                        "The Matrix",
                        1999,
                        "https://image.tmdb.org/t/p/w500/matrix.jpg",
                        603L,
                        null,
                        List.of(),
                        List.of(),
                        "The.Matrix.1999.1080p.BluRay.x264",
                        "Bluray-1080p",
                        "alice",
                        null,
                        "https://app.plex.tv/desktop/#!/server/abc123machine/details?key=%2Flibrary%2Fmetadata%2F4711"));
    }

    static SendNotification series(String id, String event, String channel, List<EpisodeKey> episodes) {
        return new SendNotification(
                id,
                MediaKey.series(71663, false),
                new RequestId("overseerr-128"),
                event,
                channel,
                ALICE,
                new NoticeSubject(
                        MediaType.SERIES,
                        "The Simpsons",
                        1989,
                        null,
                        null,
                        71663L,
                        episodes,
                        List.of(2),
                        null,
                        "WEBDL-1080p",
                        "alice",
                        null,
                        null));
    }
}
