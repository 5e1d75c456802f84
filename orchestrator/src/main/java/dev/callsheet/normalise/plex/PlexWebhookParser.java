package dev.callsheet.normalise.plex;

import dev.callsheet.events.MediaKey;
import dev.callsheet.events.MediaType;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.media.EpisodeAvailable;
import dev.callsheet.events.media.LibraryItemAdded;
import dev.callsheet.events.media.MediaInfo;
import dev.callsheet.normalise.ParsedWebhook;
import dev.callsheet.normalise.UnparseableWebhook;
import dev.callsheet.normalise.VendorJson;
import dev.callsheet.normalise.WebhookOrigin;
import dev.callsheet.normalise.WebhookParser;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.node.ObjectNode;

/**
 * Parses Plex webhooks: the JSON of the multipart {@code payload} part, not the multipart body.
 *
 * <p>{@code library.new} for a movie becomes {@link LibraryItemAdded} keyed {@code
 * movie:tmdb:<id>}, and for an episode {@link EpisodeAvailable} (see {@link PlexEpisodes}), each
 * with {@code :4k} when the item landed in one of the 4K libraries (or the receiving instance is a
 * 4K server). The movie's TMDB id comes from the {@code Guid} array of new agents or the {@code
 * guid} URI of the legacy TMDB agent. A movie Plex knows only by IMDb id (legacy IMDb agent), by a
 * {@code plex://} id without {@code Guid}, or as local media cannot be keyed: it is returned with no
 * media events and recorded on the source.
 *
 * <p>{@code library.new} for a show or a season is ignored: it names no episode, so nothing can be
 * marked available from it, and learning its episodes would take Plex's own API. (Whether Plex
 * sends those instead of one per episode when a whole season arrives at once is not established.)
 * Every other event ({@code media.play}, {@code media.scrobble}, {@code library.on.deck}, {@code
 * admin.database.backup}, {@code device.new}, {@code playback.started}, …) is ignored too. A body
 * without {@code event} is not a Plex webhook.
 */
public final class PlexWebhookParser implements WebhookParser {

    private static final String LIBRARY_NEW = "library.new";

    private final Set<String> fourKLibraries;

    /** @param fourKLibraries titles of the library sections holding 4K copies; matched ignoring case */
    public PlexWebhookParser(Set<String> fourKLibraries) {
        this.fourKLibraries =
                fourKLibraries.stream().map(PlexWebhookParser::normalised).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public SourceKind source() {
        return SourceKind.PLEX;
    }

    @Override
    public ParsedWebhook parse(byte[] body, WebhookOrigin origin) throws UnparseableWebhook {
        return VendorJson.parse(body, tree -> parse(tree, origin));
    }

    private ParsedWebhook parse(ObjectNode tree, WebhookOrigin origin) throws UnparseableWebhook {
        String event = VendorJson.text(tree, "event");
        if (event == null) {
            throw new UnparseableWebhook("no event: not a Plex webhook");
        }
        if (!event.equals(LIBRARY_NEW)) {
            return ParsedWebhook.ignored(event);
        }
        PlexPayload payload = VendorJson.convert(tree, PlexPayload.class);
        PlexPayload.Metadata metadata = payload.metadata();
        if (metadata == null || metadata.type() == null) {
            return ParsedWebhook.ignored(event);
        }
        String library = VendorJson.nonBlank(metadata.librarySectionTitle());
        boolean fourK = origin.fourK() || (library != null && fourKLibraries.contains(normalised(library)));
        String server = payload.server() == null
                ? null
                : VendorJson.nonBlank(payload.server().title());
        return switch (metadata.type()) {
            case "movie" -> movie(event, metadata, server, library, fourK);
            case "episode" -> PlexEpisodes.added(event, metadata, server, library, fourK);
            default -> ParsedWebhook.ignored(event);
        };
    }

    private static ParsedWebhook movie(
            String event, PlexPayload.Metadata metadata, String server, String library, boolean fourK) {
        PlexIds ids = PlexIds.of(metadata);
        if (ids.tmdbId() == null) {
            return new ParsedWebhook(event, List.of(), Optional.empty());
        }
        MediaInfo media = new MediaInfo(
                MediaType.MOVIE,
                VendorJson.nonBlank(metadata.title()),
                metadata.year() == null || metadata.year() <= 0 ? null : metadata.year(),
                ids.tmdbId(),
                null,
                ids.imdbId(),
                fourK);
        return ParsedWebhook.ofMedia(
                event,
                MediaKey.movie(ids.tmdbId(), fourK),
                new LibraryItemAdded(media, server, library, VendorJson.nonBlank(metadata.ratingKey()), event));
    }

    private static String normalised(String libraryTitle) {
        return libraryTitle.trim().toLowerCase(Locale.ROOT);
    }
}
