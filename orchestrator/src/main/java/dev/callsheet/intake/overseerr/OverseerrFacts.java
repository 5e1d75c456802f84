package dev.callsheet.intake.overseerr;

import dev.callsheet.events.MediaKey;
import dev.callsheet.events.MediaType;
import dev.callsheet.events.media.IssueActivity;
import dev.callsheet.events.media.IssueActivity.IssueChange;
import dev.callsheet.events.media.MediaInfo;
import dev.callsheet.events.media.Requester;
import dev.callsheet.intake.UnparseableWebhook;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Translates the parts of a rendered Overseerr template into Callsheet's value types. */
final class OverseerrFacts {

    private static final Pattern TITLE_AND_YEAR = Pattern.compile("(.+?)\\s*\\(([0-9]{4})\\)");

    // The webhook has no is4k variable: only the event text says "New 4K Movie Request",
    // "4K Series Request Approved", and so on.
    private static final Pattern FOUR_K = Pattern.compile("(?:^|\\s)4K\\s");

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

    /** Why a notification about {@code media} (null: none) cannot be keyed, for the dead-letter record. */
    static String unkeyable(MediaInfo media) {
        if (media == null) {
            return "names no media (no media object, or no media_type movie or tv)";
        }
        return switch (media.type()) {
            case MOVIE -> "names a movie without a tmdbId";
            case SERIES -> "names a series without a tvdbId (series are keyed by TVDB id)";
        };
    }

    /** Blank or unreplaced fields are null; the request manager may name nobody at all. */
    static Requester requester(OverseerrPayload.Request request) {
        return new Requester(Template.value(request.username()), Template.value(request.email()));
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
