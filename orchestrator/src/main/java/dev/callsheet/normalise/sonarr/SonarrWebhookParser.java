package dev.callsheet.normalise.sonarr;

import static dev.callsheet.normalise.VendorJson.nonBlank;
import static dev.callsheet.normalise.sonarr.SonarrFacts.download;
import static dev.callsheet.normalise.sonarr.SonarrFacts.episodes;
import static dev.callsheet.normalise.sonarr.SonarrFacts.filesDeleted;
import static dev.callsheet.normalise.sonarr.SonarrFacts.importedFile;
import static dev.callsheet.normalise.sonarr.SonarrFacts.importedFiles;
import static dev.callsheet.normalise.sonarr.SonarrFacts.libraryPath;

import dev.callsheet.events.MediaKey;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.media.DownloadImported;
import dev.callsheet.events.media.EpisodeFileDeleted;
import dev.callsheet.events.media.EpisodesGrabbed;
import dev.callsheet.events.media.EpisodesImported;
import dev.callsheet.events.media.ManualInteractionRequired;
import dev.callsheet.events.media.MediaEvent;
import dev.callsheet.events.media.MediaInfo;
import dev.callsheet.events.media.SeriesAdded;
import dev.callsheet.events.media.SeriesDeleted;
import dev.callsheet.events.media.SeriesRenamed;
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
 * Parses Sonarr webhooks, from v3 bodies (no {@code instanceName}, no {@code downloadClientType},
 * a {@code Grab} with no {@code release}, an {@code EpisodeFileDelete} carrying Sonarr's internal
 * file model) to v4.
 *
 * <p>Series events are keyed {@code series:tvdb:<series.tvdbId>}, with {@code :4k} when the
 * receiving instance serves 4K ({@link WebhookOrigin#fourK()}); never by {@code series.tmdbId},
 * which Sonarr often leaves {@code 0}. A known series event without a usable {@code tvdbId} is
 * {@link UnparseableWebhook}, except {@code ManualInteractionRequired} without a {@code series},
 * which Sonarr sends when it could not match the download: that one, like an unknown event type
 * without a series, is returned with no media events and recorded on the source. An unknown event
 * type about a series becomes {@link UnrecognisedEvent}.
 *
 * <p>{@code Download} comes in two shapes under one name: per imported file ({@code episodeFile},
 * {@code isUpgrade}) it becomes {@link EpisodesImported}; once per download after all its files
 * ({@code episodeFiles}, {@code fileCount}) it becomes {@link DownloadImported}. {@code Test},
 * {@code Health}, {@code HealthRestored} and {@code ApplicationUpdate} are source events; {@code
 * Test} carries a fake series and is never a media event.
 */
public final class SonarrWebhookParser implements WebhookParser {

    private static final Map<String, SeriesEventReader> SERIES_EVENTS = Map.of(
            "Grab",
            (media, body, type) -> new EpisodesGrabbed(
                    media, episodes(body.episodes()), ServarrFacts.release(body.release()), download(body), type),
            "Download",
            SonarrWebhookParser::imported,
            "SeriesAdd",
            (media, body, type) -> new SeriesAdded(media, type),
            "SeriesDelete",
            (media, body, type) -> new SeriesDeleted(media, filesDeleted(body), type),
            "EpisodeFileDelete",
            (media, body, type) -> new EpisodeFileDeleted(
                    media,
                    episodes(body.episodes()),
                    libraryPath(body.series(), body.episodeFile()),
                    nonBlank(body.deleteReason()),
                    type),
            "Rename",
            (media, body, type) ->
                    new SeriesRenamed(media, body.renamedEpisodeFiles().size(), type),
            "ManualInteractionRequired",
            (media, body, type) -> new ManualInteractionRequired(
                    media,
                    download(body),
                    nonBlank(body.downloadStatus()),
                    ServarrFacts.messages(body.downloadStatusMessages()),
                    episodes(body.episodes()),
                    type));

    @Override
    public SourceKind source() {
        return SourceKind.SONARR;
    }

    @Override
    public ParsedWebhook parse(byte[] body, WebhookOrigin origin) throws UnparseableWebhook {
        return VendorJson.parse(body, tree -> parse(tree, origin));
    }

    private static ParsedWebhook parse(ObjectNode tree, WebhookOrigin origin) throws UnparseableWebhook {
        String eventType = VendorJson.text(tree, "eventType");
        if (eventType == null) {
            throw new UnparseableWebhook("no eventType: not a Sonarr webhook");
        }
        Optional<SourceEvent> sourceEvent = ServarrSourceEvents.read(eventType, tree);
        if (sourceEvent.isPresent()) {
            return new ParsedWebhook(eventType, List.of(), sourceEvent);
        }
        SonarrPayload body = VendorJson.convert(tree, SonarrPayload.class);
        SeriesEventReader reader = SERIES_EVENTS.get(eventType);
        Long tvdbId = body.series() == null ? null : body.series().tvdbId();
        if (tvdbId == null || tvdbId <= 0) {
            if (reader == null || (body.series() == null && eventType.equals("ManualInteractionRequired"))) {
                return new ParsedWebhook(eventType, List.of(), Optional.empty());
            }
            throw new UnparseableWebhook(eventType + " without a series.tvdbId: cannot tell which series it is about");
        }
        MediaInfo media = SonarrFacts.media(body.series(), tvdbId, origin.fourK());
        MediaEvent event =
                reader == null ? new UnrecognisedEvent(media, eventType) : reader.read(media, body, eventType);
        return ParsedWebhook.ofMedia(eventType, MediaKey.series(tvdbId, origin.fourK()), event);
    }

    private static MediaEvent imported(MediaInfo media, SonarrPayload body, String eventType)
            throws UnparseableWebhook {
        if (body.episodeFiles() != null) {
            return new DownloadImported(
                    media,
                    episodes(body.episodes()),
                    importedFiles(body.series(), body.episodeFiles()),
                    ServarrFacts.release(body.release()),
                    download(body),
                    eventType);
        }
        return new EpisodesImported(
                media,
                episodes(body.episodes()),
                importedFile(body.series(), body.episodeFile()),
                Boolean.TRUE.equals(body.upgrade()),
                ServarrFacts.release(body.release()),
                download(body),
                eventType);
    }

    /** Reads one kind of series event from a body whose series is known. */
    @FunctionalInterface
    private interface SeriesEventReader {
        MediaEvent read(MediaInfo media, SonarrPayload body, String eventType) throws UnparseableWebhook;
    }
}
