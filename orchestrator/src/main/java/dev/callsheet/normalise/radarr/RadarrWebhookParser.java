package dev.callsheet.normalise.radarr;

import static dev.callsheet.normalise.VendorJson.nonBlank;
import static dev.callsheet.normalise.radarr.RadarrFacts.download;
import static dev.callsheet.normalise.radarr.RadarrFacts.filesDeleted;
import static dev.callsheet.normalise.radarr.RadarrFacts.importedFile;
import static dev.callsheet.normalise.radarr.RadarrFacts.libraryPath;

import dev.callsheet.events.MediaKey;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.media.ManualInteractionRequired;
import dev.callsheet.events.media.MediaEvent;
import dev.callsheet.events.media.MediaInfo;
import dev.callsheet.events.media.MovieAdded;
import dev.callsheet.events.media.MovieDeleted;
import dev.callsheet.events.media.MovieFileDeleted;
import dev.callsheet.events.media.MovieImported;
import dev.callsheet.events.media.MovieRenamed;
import dev.callsheet.events.media.ReleaseGrabbed;
import dev.callsheet.events.media.UnrecognisedEvent;
import dev.callsheet.events.source.SourceEvent;
import dev.callsheet.normalise.ParsedWebhook;
import dev.callsheet.normalise.UnparseableWebhook;
import dev.callsheet.normalise.VendorJson;
import dev.callsheet.normalise.WebhookOrigin;
import dev.callsheet.normalise.WebhookParser;
import dev.callsheet.normalise.servarr.ServarrFacts;
import dev.callsheet.normalise.servarr.ServarrSourceEvents;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * Parses Radarr webhooks, from v3 bodies (no {@code instanceName}, no {@code downloadClientType},
 * sometimes no {@code release}) to v6.
 *
 * <p>Movie events are keyed {@code movie:tmdb:<movie.tmdbId>}, with {@code :4k} when the receiving
 * instance serves 4K ({@link WebhookOrigin#fourK()}). A known movie event without a usable {@code
 * movie.tmdbId} is {@link UnparseableWebhook}, except {@code ManualInteractionRequired} without a
 * {@code movie}, which Radarr sends when it could not match the download: that one, like an unknown
 * event type without a movie, is returned with no media events and recorded on the source. An
 * unknown event type about a movie becomes {@link UnrecognisedEvent}. {@code Test}, {@code Health},
 * {@code HealthRestored} and {@code ApplicationUpdate} are source events; {@code Test} carries a fake
 * movie with {@code tmdbId} 0 and is never a media event.
 */
public final class RadarrWebhookParser implements WebhookParser {

    private static final Map<String, MovieEventReader> MOVIE_EVENTS = Map.of(
            "Grab",
            (media, body, type) -> new ReleaseGrabbed(
                    media, ServarrFacts.release(body.release()), download(body), radarrId(body), type),
            "Download",
            (media, body, type) -> new MovieImported(
                    media,
                    importedFile(body.movie(), body.movieFile()),
                    Boolean.TRUE.equals(body.upgrade()),
                    ServarrFacts.release(body.release()),
                    download(body),
                    type),
            "MovieAdded",
            (media, body, type) -> new MovieAdded(media, nonBlank(body.addMethod()), radarrId(body), type),
            "MovieDelete",
            (media, body, type) -> new MovieDeleted(media, filesDeleted(body), type),
            "MovieFileDelete",
            (media, body, type) -> new MovieFileDeleted(
                    media, libraryPath(body.movie(), body.movieFile()), nonBlank(body.deleteReason()), type),
            "Rename",
            (media, body, type) ->
                    new MovieRenamed(media, body.renamedMovieFiles().size(), type),
            "ManualInteractionRequired",
            (media, body, type) -> new ManualInteractionRequired(
                    media,
                    download(body),
                    nonBlank(body.downloadStatus()),
                    ServarrFacts.messages(body.downloadStatusMessages()),
                    List.of(),
                    type));

    @Override
    public SourceKind source() {
        return SourceKind.RADARR;
    }

    @Override
    public ParsedWebhook parse(byte[] body, WebhookOrigin origin) throws UnparseableWebhook {
        return VendorJson.parse(body, tree -> parse(tree, origin));
    }

    private static ParsedWebhook parse(ObjectNode tree, WebhookOrigin origin) throws UnparseableWebhook {
        String eventType = VendorJson.text(tree, "eventType");
        if (eventType == null) {
            throw new UnparseableWebhook("no eventType: not a Radarr webhook");
        }
        Optional<SourceEvent> sourceEvent = ServarrSourceEvents.read(eventType, tree);
        if (sourceEvent.isPresent()) {
            return new ParsedWebhook(eventType, List.of(), sourceEvent);
        }
        RadarrPayload body = VendorJson.convert(tree, RadarrPayload.class);
        MovieEventReader reader = MOVIE_EVENTS.get(eventType);
        Long tmdbId = body.movie() == null ? null : body.movie().tmdbId();
        if (tmdbId == null || tmdbId <= 0) {
            if (reader == null || (body.movie() == null && eventType.equals("ManualInteractionRequired"))) {
                return new ParsedWebhook(eventType, List.of(), Optional.empty());
            }
            throw new UnparseableWebhook(eventType + " without a movie.tmdbId: cannot tell which movie it is about");
        }
        MediaInfo media = RadarrFacts.media(body.movie(), tmdbId, origin.fourK());
        MediaEvent event =
                reader == null ? new UnrecognisedEvent(media, eventType) : reader.read(media, body, eventType);
        return ParsedWebhook.ofMedia(eventType, MediaKey.movie(tmdbId, origin.fourK()), event);
    }

    /** Radarr's own id of the movie, what its searches take; Radarr numbers from 1. */
    private static Integer radarrId(RadarrPayload body) {
        Integer id = body.movie().id();
        return id == null || id <= 0 ? null : id;
    }

    /** Reads one kind of movie event from a body whose movie is known. */
    @FunctionalInterface
    private interface MovieEventReader {
        MediaEvent read(MediaInfo media, RadarrPayload body, String eventType);
    }
}
