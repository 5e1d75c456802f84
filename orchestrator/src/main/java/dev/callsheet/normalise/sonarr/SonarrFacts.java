package dev.callsheet.normalise.sonarr;

import static dev.callsheet.normalise.VendorJson.nonBlank;
import static dev.callsheet.normalise.servarr.ServarrFacts.positive;

import dev.callsheet.events.EpisodeKey;
import dev.callsheet.events.MediaType;
import dev.callsheet.events.media.DownloadRef;
import dev.callsheet.events.media.EpisodeRef;
import dev.callsheet.events.media.ImportedFile;
import dev.callsheet.events.media.MediaInfo;
import dev.callsheet.normalise.UnparseableWebhook;
import dev.callsheet.normalise.VendorJson;
import dev.callsheet.normalise.servarr.ServarrFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * Translates the series-specific parts of a Sonarr body into Callsheet's value types; the parts
 * Radarr shares are in {@link ServarrFacts}.
 */
final class SonarrFacts {

    /** Sonarr's title for an episode whose name is not known yet. */
    private static final String TO_BE_ANNOUNCED = "TBA";

    private SonarrFacts() {}

    /** Sonarr's {@code tmdbId} is often {@code 0}; the series is never keyed by it. */
    static MediaInfo media(SonarrPayload.Series series, long tvdbId, boolean fourK) {
        return new MediaInfo(
                MediaType.SERIES,
                nonBlank(series.title()),
                positive(series.year()),
                positive(series.tmdbId()),
                tvdbId,
                nonBlank(series.imdbId()),
                fourK);
    }

    /**
     * @throws UnparseableWebhook when an episode lacks its season or episode number, which Sonarr
     *     always sends: without them the episode cannot be told apart
     */
    static List<EpisodeRef> episodes(List<SonarrPayload.Episode> episodes) throws UnparseableWebhook {
        List<EpisodeRef> refs = new ArrayList<>();
        for (SonarrPayload.Episode episode : episodes) {
            if (episode == null) {
                continue;
            }
            if (episode.seasonNumber() == null || episode.episodeNumber() == null) {
                throw new UnparseableWebhook("episode " + episode.id() + " without seasonNumber or episodeNumber");
            }
            String title = nonBlank(episode.title());
            refs.add(new EpisodeRef(
                    EpisodeKey.of(episode.seasonNumber(), episode.episodeNumber()),
                    positive(episode.tvdbId()),
                    positive(episode.id()),
                    TO_BE_ANNOUNCED.equals(title) ? null : title,
                    VendorJson.date(episode.airDate())));
        }
        return List.copyOf(refs);
    }

    static DownloadRef download(SonarrPayload payload) {
        return ServarrFacts.download(payload.downloadId(), payload.downloadClient(), payload.downloadClientType());
    }

    static ImportedFile importedFile(SonarrPayload.Series series, SonarrPayload.EpisodeFile file) {
        if (file == null) {
            return new ImportedFile(null, null, null);
        }
        return new ImportedFile(libraryPath(series, file), quality(file.quality()), positive(file.size()));
    }

    static List<ImportedFile> importedFiles(SonarrPayload.Series series, List<SonarrPayload.EpisodeFile> files) {
        return files.stream()
                .filter(Objects::nonNull)
                .map(file -> importedFile(series, file))
                .toList();
    }

    /** Sonarr before 4.0.9 put the download-side path in {@code path}. Null without a file. */
    static String libraryPath(SonarrPayload.Series series, SonarrPayload.EpisodeFile file) {
        if (file == null) {
            return null;
        }
        return ServarrFacts.libraryPath(series.path(), file.relativePath(), file.path());
    }

    /** {@code deletedFiles} is a flag on {@code SeriesDelete} only; on {@code Download} it lists replaced files. */
    static boolean filesDeleted(SonarrPayload payload) {
        return payload.deletedFiles() != null
                && payload.deletedFiles().isBoolean()
                && payload.deletedFiles().booleanValue();
    }

    private static String quality(JsonNode quality) {
        if (quality == null) {
            return null;
        }
        if (quality.isObject()) {
            JsonNode inner = quality.get("quality");
            return inner == null ? null : VendorJson.text(inner, "name");
        }
        return quality.isString() ? nonBlank(quality.asString()) : null;
    }
}
