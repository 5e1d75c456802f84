package dev.callsheet.benchmarks;

import dev.callsheet.events.Delivery;
import dev.callsheet.events.DownloadId;
import dev.callsheet.events.Envelope;
import dev.callsheet.events.MediaKey;
import dev.callsheet.events.MediaType;
import dev.callsheet.events.RequestId;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.media.DownloadRef;
import dev.callsheet.events.media.MediaEvent;
import dev.callsheet.events.media.MediaInfo;
import dev.callsheet.events.media.MovieAdded;
import dev.callsheet.events.media.MovieRenamed;
import dev.callsheet.events.media.Release;
import dev.callsheet.events.media.ReleaseGrabbed;
import dev.callsheet.events.media.RequestApproved;
import dev.callsheet.events.media.RequestEvent;
import dev.callsheet.events.media.RequestSubmitted;
import dev.callsheet.events.media.Requester;
import dev.callsheet.request.Decider;
import dev.callsheet.request.MediaItem;
import dev.callsheet.request.PlexServers;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * One movie, Dune: Part Two, as the reference payloads describe it, and the facts that bring it to
 * the state the benchmarks start from: two users' requests, both approved, and the movie added to
 * Radarr, so both requests are {@code searching}. Each fact is its own delivery, with a fingerprint
 * shaped like the pipeline's (SHA-256 hex).
 */
final class DuneFacts {

    private static final MediaKey DUNE = MediaKey.movie(693134, false);
    private static final Instant START = Instant.parse("2024-05-14T19:58:40Z");

    private static final MediaInfo AS_OVERSEERR_SAYS =
            new MediaInfo(MediaType.MOVIE, null, null, 693134L, null, null, false);
    private static final MediaInfo AS_RADARR_SAYS =
            new MediaInfo(MediaType.MOVIE, "Dune: Part Two", 2024, 693134L, null, "tt15239678", false);
    private static final Requester ALICE = new Requester("alice", "alice@example.com");
    private static final Requester BOB = new Requester("bob", "bob@example.com");

    /** What brings the item to {@code searching}, in order. */
    private static final List<MediaEvent> TO_SEARCHING = List.of(
            new RequestSubmitted(RequestId.overseerr(127), ALICE, AS_OVERSEERR_SAYS, List.of(), "MEDIA_PENDING"),
            new RequestApproved(RequestId.overseerr(127), ALICE, AS_OVERSEERR_SAYS, List.of(), "MEDIA_APPROVED"),
            new RequestSubmitted(RequestId.overseerr(131), BOB, AS_OVERSEERR_SAYS, List.of(), "MEDIA_PENDING"),
            new RequestApproved(RequestId.overseerr(131), BOB, AS_OVERSEERR_SAYS, List.of(), "MEDIA_APPROVED"),
            new MovieAdded(AS_RADARR_SAYS, "manual", null, "MovieAdded"));

    private DuneFacts() {}

    /**
     * The item after its requests were approved and the movie was added, with {@code deliveries}
     * remembered: the five that got it there, then Radarr renames that change nothing, so that a
     * long-lived item's full list of fingerprints can be measured too.
     */
    static MediaItem searching(int deliveries) {
        if (deliveries < TO_SEARCHING.size()) {
            throw new IllegalArgumentException("at least " + TO_SEARCHING.size() + " deliveries reach searching");
        }
        MediaItem item = null;
        for (int n = 0; n < deliveries; n++) {
            Envelope fact = n < TO_SEARCHING.size()
                    ? envelope(n, TO_SEARCHING.get(n))
                    : envelope(n, new MovieRenamed(AS_RADARR_SAYS, 1, "Rename"));
            item = Decider.decide(item, fact, fact.delivery().receivedAt(), PlexServers.NONE)
                    .state();
        }
        return item;
    }

    /** The add that brought the item to {@code searching}: delivered again, it is an exact duplicate. */
    static Envelope movieAdded() {
        int last = TO_SEARCHING.size() - 1;
        return envelope(last, TO_SEARCHING.get(last));
    }

    /** Radarr grabbed a release: both requests move on to {@code downloading}. */
    static Envelope grabbed(int delivery) {
        return envelope(
                delivery,
                new ReleaseGrabbed(
                        AS_RADARR_SAYS,
                        new Release(
                                "Dune.Part.Two.2024.2160p.MA.WEB-DL.DDP5.1.Atmos.DV.HDR.H.265-FLUX",
                                "TorrentLeech (Prowlarr)",
                                27262976000L,
                                "WEBDL-2160p",
                                "FLUX"),
                        new DownloadRef(
                                DownloadId.of("9F1C2A7B3D4E5F60718293A4B5C6D7E8F9012345"),
                                "qBittorrent",
                                "qBittorrent"),
                        null,
                        "Grab"));
    }

    /** Radarr reports the add again in a new delivery: late, so "no change" for both requests. */
    static Envelope addedAgain(int delivery) {
        return envelope(delivery, new MovieAdded(AS_RADARR_SAYS, "list", null, "MovieAdded"));
    }

    private static Envelope envelope(int n, MediaEvent event) {
        SourceKind source = event instanceof RequestEvent ? SourceKind.OVERSEERR : SourceKind.RADARR;
        String id = new UUID(0x5eed, n).toString();
        Instant receivedAt = START.plus(Duration.ofMinutes(n));
        return new Envelope(DUNE, new Delivery(id, source, source.id(), receivedAt, fingerprint(id)), event);
    }

    private static String fingerprint(String deliveryId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(deliveryId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
