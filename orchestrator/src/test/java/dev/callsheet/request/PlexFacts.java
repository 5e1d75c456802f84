package dev.callsheet.request;

import dev.callsheet.events.media.EpisodeRef;
import dev.callsheet.events.media.MediaEvent;
import dev.callsheet.events.media.MediaInfo;
import dev.callsheet.events.media.OverseerrDecisionSent;
import dev.callsheet.events.media.PlexConfirmed;
import dev.callsheet.events.media.PlexItemFound;
import dev.callsheet.events.media.PlexNotConfirmed;
import dev.callsheet.events.media.PlexPlace;
import dev.callsheet.events.media.PlexScanRequested;
import dev.callsheet.events.media.RequestDecided;
import dev.callsheet.events.media.SearchChecked;
import dev.callsheet.events.media.SearchStarted;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The Plex side of the specs: the servers configured, and the adapter's answers about one file. The
 * scenario's deliveries are a minute apart, so the instants inside the answers say how long each
 * step took.
 */
final class PlexFacts {

    static final String MACHINE = "a1b2c3d4e5f6";
    static final PlexServers ONE = new PlexServers(Map.of("plex", PlexServers.Mode.SCAN));
    static final PlexServers OBSERVING = new PlexServers(Map.of("plex", PlexServers.Mode.OBSERVE));
    static final PlexServers TWO =
            new PlexServers(Map.of("plex", PlexServers.Mode.SCAN, "basement", PlexServers.Mode.OBSERVE));

    private PlexFacts() {}

    /** The Plex answers come back through intake as Callsheet's own records. */
    static boolean fromCallsheet(MediaEvent event) {
        return event instanceof PlexScanRequested
                || event instanceof PlexItemFound
                || event instanceof PlexConfirmed
                || event instanceof PlexNotConfirmed
                || event instanceof RequestDecided
                || event instanceof OverseerrDecisionSent
                || event instanceof SearchStarted
                || event instanceof SearchChecked;
    }

    /** The id of the first command for the movie's file, when its import was the scenario's {@code n}th delivery. */
    static String movieCommand(int delivery, String instance) {
        return "d-%d:plex:%s:%s".formatted(delivery, instance, Facts.FILE);
    }

    static PlexPlace moviePlace() {
        return new PlexPlace(MACHINE, "1", "Movies", "182", "Dune: Part Two", "/movies/Dune Part Two (2024)/Dune.mkv");
    }

    static PlexScanRequested scanRequested(String commandId, Instant at) {
        return new PlexScanRequested(
                Facts.AS_RADARR_SAYS,
                commandId,
                "plex",
                "1",
                "/movies/Dune Part Two (2024)",
                List.of(),
                at,
                "PlexScanRequested");
    }

    static PlexItemFound found(String commandId, Instant scanned, Instant found) {
        return new PlexItemFound(
                Facts.AS_RADARR_SAYS, commandId, "plex", moviePlace(), List.of(), scanned, found, "PlexItemFound");
    }

    static PlexConfirmed confirmed(String commandId, Instant scanned, Instant found, Instant ready) {
        return confirmed(Facts.AS_RADARR_SAYS, commandId, "plex", moviePlace(), List.of(), scanned, found, ready);
    }

    static PlexConfirmed confirmed(
            MediaInfo media,
            String commandId,
            String instance,
            PlexPlace place,
            List<EpisodeRef> episodes,
            Instant scanned,
            Instant found,
            Instant ready) {
        return new PlexConfirmed(media, commandId, instance, place, episodes, scanned, found, ready, "PlexConfirmed");
    }

    static PlexNotConfirmed notConfirmed(String commandId, PlexNotConfirmed.Problem problem, String detail) {
        return notConfirmed(Facts.AS_RADARR_SAYS, commandId, problem, detail, Facts.FILE, List.of());
    }

    static PlexNotConfirmed notConfirmed(
            MediaInfo media,
            String commandId,
            PlexNotConfirmed.Problem problem,
            String detail,
            String path,
            List<EpisodeRef> episodes) {
        return new PlexNotConfirmed(
                media, commandId, "plex", problem, detail, path, null, episodes, "PlexNotConfirmed");
    }

    static PlexPlace episodePlace(EpisodeRef episode) {
        return new PlexPlace(
                MACHINE,
                "2",
                "TV Shows",
                "9" + episode.key().season() + episode.key().episode(),
                episode.title(),
                "/tv/Severance/Season 01/x.mkv");
    }
}
