package dev.callsheet.normalise.overseerr;

import dev.callsheet.events.MediaKey;
import dev.callsheet.events.MediaType;
import dev.callsheet.events.media.IssueActivity;
import dev.callsheet.events.media.IssueActivity.IssueChange;
import dev.callsheet.events.media.MediaInfo;
import dev.callsheet.events.media.Requester;
import dev.callsheet.normalise.UnparseableWebhook;
import dev.callsheet.normalise.VendorJson;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** Translates the parts of a rendered Overseerr template into Callsheet's value types. */
final class OverseerrFacts {

    private static final Pattern TITLE_AND_YEAR = Pattern.compile("(.+?)\\s*\\(([0-9]{4})\\)");

    // The webhook has no is4k variable: only the event text says "New 4K Movie Request",
    // "4K Series Request Approved", and so on.
    private static final Pattern FOUR_K = Pattern.compile("(?:^|\\s)4K\\s");

    private static final Pattern SEASON = Pattern.compile("[0-9]{1,4}");

    private static final String REQUESTED_SEASONS = "Requested Seasons";

    private OverseerrFacts() {}

    /** What the notification says about its media; empty without a media object or a known {@code media_type}. */
    static Optional<MediaInfo> media(OverseerrPayload payload) throws UnparseableWebhook {
        OverseerrPayload.Media media = payload.media();
        MediaType type = media == null ? null : type(Template.value(media.mediaType()));
        if (type == null) {
            return Optional.empty();
        }
        String subject = Template.value(payload.subject());
        Matcher titleAndYear = TITLE_AND_YEAR.matcher(subject == null ? "" : subject);
        boolean hasYear = titleAndYear.matches();
        return Optional.of(new MediaInfo(
                type,
                hasYear ? titleAndYear.group(1) : subject,
                hasYear ? Integer.valueOf(titleAndYear.group(2)) : null,
                Template.id(media.tmdbId(), "tmdbId"),
                Template.id(media.tvdbId(), "tvdbId"),
                null,
                fourK(payload.event())));
    }

    /** Movies are keyed by TMDB id, series by TVDB id; an Overseerr show may lack the latter. */
    static Optional<MediaKey> key(MediaInfo media) {
        return switch (media.type()) {
            case MOVIE -> Optional.ofNullable(media.tmdbId()).map(id -> MediaKey.movie(id, media.fourK()));
            case SERIES -> Optional.ofNullable(media.tvdbId()).map(id -> MediaKey.series(id, media.fourK()));
        };
    }

    /**
     * Why a request notification about {@code media} (null: none) can neither be keyed nor looked
     * up, for the dead-letter record. A series without a TVDB id can be looked up by its request.
     */
    static String unkeyable(MediaInfo media) {
        return media == null
                ? "names no media (no media object, or no media_type movie or tv)"
                : "names a movie without a tmdbId";
    }

    /**
     * The season numbers of a series request, ascending and each once, from the {@code extra} entry
     * "Requested Seasons" ({@code "1, 2"}); the webhook has them nowhere else. Empty for movies and
     * when the entry is missing, blank or an unreplaced placeholder.
     */
    static List<Integer> seasons(OverseerrPayload payload, MediaInfo media) throws UnparseableWebhook {
        if (media.type() != MediaType.SERIES
                || payload.extra() == null
                || !payload.extra().isArray()) {
            return List.of();
        }
        for (JsonNode entry : payload.extra()) {
            if (entry.isObject() && REQUESTED_SEASONS.equals(Template.value(VendorJson.text(entry, "name")))) {
                return seasonNumbers(Template.value(VendorJson.text(entry, "value")));
            }
        }
        return List.of();
    }

    /**
     * The poster URL of {@code image}; null when blank, unreplaced or not an absolute http(s) URL, as
     * the queue shows it to a browser and must never hand it a {@code javascript:} or local link.
     */
    static String poster(OverseerrPayload payload) {
        String image = Template.value(payload.image());
        if (image == null) {
            return null;
        }
        try {
            URI uri = new URI(image.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri.toString() : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** Blank or unreplaced fields are null; the request manager may name nobody at all. */
    static Requester requester(OverseerrPayload.Request request) {
        return new Requester(
                Template.value(request.username()),
                Template.value(request.email()),
                Template.value(request.discordId()),
                Template.value(request.telegramChatId()));
    }

    static IssueActivity issueActivity(
            IssueChange change, OverseerrPayload payload, MediaInfo media, String notificationType) {
        OverseerrPayload.Issue issue =
                payload.issue() == null ? new OverseerrPayload.Issue(null, null, null, null) : payload.issue();
        String comment = payload.comment() == null
                ? null
                : Template.value(payload.comment().message());
        String reporter = Template.value(issue.username());
        return new IssueActivity(
                change,
                Template.value(issue.issueId()),
                Template.value(issue.issueType()),
                change == IssueChange.COMMENTED && comment != null ? comment : Template.value(payload.message()),
                reporter != null ? reporter : Template.value(issue.email()),
                media,
                notificationType);
    }

    private static List<Integer> seasonNumbers(String list) throws UnparseableWebhook {
        if (list == null) {
            return List.of();
        }
        TreeSet<Integer> seasons = new TreeSet<>();
        for (String part : list.split(",")) {
            String number = part.trim();
            if (!SEASON.matcher(number).matches()) {
                throw new UnparseableWebhook("Requested Seasons is not a list of season numbers: \"" + list + "\"");
            }
            seasons.add(Integer.valueOf(number));
        }
        return List.copyOf(seasons);
    }

    private static MediaType type(String mediaType) {
        if ("movie".equalsIgnoreCase(mediaType)) {
            return MediaType.MOVIE;
        }
        return "tv".equalsIgnoreCase(mediaType) ? MediaType.SERIES : null;
    }

    private static boolean fourK(String event) {
        String text = Template.value(event);
        return text != null && FOUR_K.matcher(text).find();
    }
}
