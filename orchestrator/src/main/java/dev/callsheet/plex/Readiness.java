package dev.callsheet.plex;

import dev.callsheet.adapters.plex.PlexGuid;
import dev.callsheet.adapters.plex.PlexIds;
import dev.callsheet.adapters.plex.PlexItem;
import dev.callsheet.events.EpisodeKey;
import dev.callsheet.events.command.PlexTarget;
import dev.callsheet.events.media.EpisodeRef;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Whether an indexed file is matched to the title the *arr app imported. Plex has no "metadata ready"
 * flag; these are the proxies the reference settles on (plex-confirmation.md §3.5): a movie's {@code
 * Guid[]} (or a legacy agent's guid) names the target's TMDB or IMDb id; an episode's show names the
 * series' TVDB id and Plex files the episode at the target's season and episode numbers. The episode's
 * own metadata may lag behind its show's (a new episode stays {@code local://} "Episode 5" for a
 * while), so it is not looked at. Items in Personal Media sections are never matched: indexed is ready.
 */
final class Readiness {

    private Readiness() {}

    /** {@code item} is the movie Plex lists with the file. */
    static Verdict movie(PlexTarget target, PlexItem item) {
        if (item.guid() != null && item.guid().isPersonalMedia()) {
            return new Verdict.Ready(item);
        }
        PlexIds ids = idsOf(item.guid(), item.ids());
        boolean tmdb = target.tmdbId() != null && target.tmdbId().equals(ids.tmdbId());
        boolean imdb = target.imdbId() != null && target.imdbId().equalsIgnoreCase(ids.imdbId());
        if (tmdb || imdb) {
            return new Verdict.Ready(item);
        }
        if (!matched(item.guid()) || (ids.tmdbId() == null && ids.imdbId() == null)) {
            return new Verdict.Unmatched(
                    item,
                    "Plex has '%s' unmatched (guid %s, no TMDB or IMDb id)"
                            .formatted(item.title(), guidText(item.guid())));
        }
        return new Verdict.Mismatched(
                item, "Plex matched it to '%s' (%s), not to %s".formatted(item.title(), describe(ids), wanted(target)));
    }

    /**
     * {@code items} are the episodes Plex lists with the file (one per episode of a multi-episode
     * file); {@code show} is their show's own item, empty when Plex would not give it.
     */
    static Verdict episode(PlexTarget target, List<PlexItem> items, Optional<PlexItem> show) {
        PlexItem first = items.getFirst();
        PlexGuid showGuid = show.map(PlexItem::guid).orElse(first.showGuid());
        if (showGuid != null && showGuid.isPersonalMedia()) {
            return new Verdict.Ready(first);
        }
        PlexIds showIds = idsOf(showGuid, show.map(PlexItem::ids).orElse(PlexIds.NONE));
        String showTitle = show.map(PlexItem::title).orElse("?");
        if (!matched(showGuid) || showIds.tvdbId() == null) {
            return new Verdict.Unmatched(
                    first,
                    "Plex has the show '%s' unmatched (guid %s, no TVDB id)".formatted(showTitle, guidText(showGuid)));
        }
        if (target.seriesTvdbId() != null && !target.seriesTvdbId().equals(showIds.tvdbId())) {
            return new Verdict.Mismatched(
                    first,
                    "Plex matched the show to '%s' (%s), not to TVDB %d"
                            .formatted(showTitle, describe(showIds), target.seriesTvdbId()));
        }
        List<EpisodeKey> filed = items.stream()
                .filter(item -> item.seasonNumber() != null && item.episodeNumber() != null)
                .map(item -> EpisodeKey.of(item.seasonNumber(), item.episodeNumber()))
                .toList();
        List<EpisodeKey> missing = target.episodes().stream()
                .map(EpisodeRef::key)
                .filter(key -> !filed.contains(key))
                .toList();
        if (!missing.isEmpty()) {
            return new Verdict.Mismatched(first, "Plex files it as %s, not %s".formatted(keys(filed), keys(missing)));
        }
        PlexItem ready = items.stream()
                .filter(item -> !target.episodes().isEmpty()
                        && item.seasonNumber() != null
                        && item.episodeNumber() != null
                        && EpisodeKey.of(item.seasonNumber(), item.episodeNumber())
                                .equals(target.episodes().getFirst().key()))
                .findFirst()
                .orElse(first);
        return new Verdict.Ready(ready);
    }

    /** {@code Guid[]}'s ids, or a legacy agent's id in the guid itself where {@code Guid[]} names none. */
    private static PlexIds idsOf(PlexGuid guid, PlexIds ids) {
        PlexIds legacy = guid == null ? PlexIds.NONE : guid.legacyIds();
        return new PlexIds(
                ids.tmdbId() != null ? ids.tmdbId() : legacy.tmdbId(),
                ids.imdbId() != null ? ids.imdbId() : legacy.imdbId(),
                ids.tvdbId() != null ? ids.tvdbId() : legacy.tvdbId());
    }

    private static boolean matched(PlexGuid guid) {
        return guid != null && guid.isMatched();
    }

    private static String guidText(PlexGuid guid) {
        return guid == null ? "none" : guid.value();
    }

    private static String describe(PlexIds ids) {
        String text = Stream.of(
                        ids.tmdbId() == null ? null : "TMDB " + ids.tmdbId(),
                        ids.imdbId() == null ? null : "IMDb " + ids.imdbId(),
                        ids.tvdbId() == null ? null : "TVDB " + ids.tvdbId())
                .filter(Objects::nonNull)
                .collect(Collectors.joining(", "));
        return text.isEmpty() ? "no ids" : text;
    }

    private static String wanted(PlexTarget target) {
        if (target.tmdbId() != null && target.imdbId() != null) {
            return "TMDB %d / IMDb %s".formatted(target.tmdbId(), target.imdbId());
        }
        return target.tmdbId() != null ? "TMDB " + target.tmdbId() : "IMDb " + target.imdbId();
    }

    private static String keys(List<EpisodeKey> keys) {
        return keys.isEmpty()
                ? "no episode"
                : keys.stream().map(EpisodeKey::toString).collect(Collectors.joining(", "));
    }
}
