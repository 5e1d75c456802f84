package dev.callsheet.events.command;

import dev.callsheet.events.EpisodeKey;
import dev.callsheet.events.MediaType;
import java.util.List;
import java.util.Objects;

/**
 * What a notification is about, as its templates show it. Rendering happens where it is sent; the
 * decider only says what is true.
 *
 * @param type movie or series; a notice about no item (a test, a source's health, a dead letter) has
 *     {@code movie} by convention, and its templates show no type
 * @param title the item's title, null when no source named it yet; for a source's health notice the source ({@code Sonarr sonarr}), for a
 *     dead letter what was dead-lettered
 * @param year null when not known
 * @param posterUrl null when no source gave one
 * @param episodes for a series, the episodes the notice is about (the batch, the season), ascending;
 *     empty for a movie or a notice about the whole request
 * @param seasons the request's seasons, for a series notice about the request as a whole; empty else
 * @param release the release grabbed or imported, when the notice is about it; null else
 * @param quality the imported quality ({@code Bluray-1080p}); null when not known
 * @param requestedBy who asked for it (username or e-mail); null when not known
 * @param reason why: a decline's reason, an attention's text, a failure's cause, a source's failing
 *     checks, why a record was dead-lettered; null else
 * @param plexUrl the item in Plex's web app; null until Plex confirmed where it has it
 */
public record NoticeSubject(
        MediaType type,
        String title,
        Integer year,
        String posterUrl,
        Long tmdbId,
        Long tvdbId,
        List<EpisodeKey> episodes,
        List<Integer> seasons,
        String release,
        String quality,
        String requestedBy,
        String reason,
        String plexUrl) {

    public NoticeSubject {
        Objects.requireNonNull(type, "type");
        episodes = List.copyOf(Objects.requireNonNullElse(episodes, List.of()));
        seasons = List.copyOf(Objects.requireNonNullElse(seasons, List.of()));
    }
}
