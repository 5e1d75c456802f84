package dev.callsheet.request;

import dev.callsheet.events.Delivery;
import dev.callsheet.events.EpisodeKey;
import dev.callsheet.events.MediaType;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.command.CheckSearch;
import dev.callsheet.events.command.Command;
import dev.callsheet.events.command.SearchEpisodes;
import dev.callsheet.events.command.SearchMovie;
import dev.callsheet.events.media.EpisodesResolved;
import dev.callsheet.events.media.MediaEvent;
import dev.callsheet.events.media.MovieAdded;
import dev.callsheet.events.media.ReleaseGrabbed;
import dev.callsheet.events.media.SearchChecked;
import dev.callsheet.events.media.SearchStarted;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Searching the arr for what an item's requests still miss, as a person would by hand: Radarr's
 * {@code MoviesSearch} for a movie; for a series Sonarr's {@code EpisodeSearch} of exactly the missing
 * episodes, or {@code SeasonSearch} of a season that has finished airing and misses every episode, so
 * that a season pack can be found.
 *
 * <p>What is missing: a movie Radarr has added (or whose download failed) and nothing is downloading;
 * the episodes in the known scope of a series request handed over to Sonarr that Sonarr looks for
 * (aired, monitored, no release grabbed) or whose download failed. Never an episode outside every
 * scope, not aired yet, unmonitored, grabbed or with a file.
 *
 * <p>When: the grace after the item went missing (the arr's own search at add usually grabs within
 * it), then after each wait of the back-off while anything is still missing; at most {@code
 * maxPerDay} searches in any 24 hours, and none while one of the item's downloads is progressing.
 * Something new missing (an episode aired, a download failed) starts the grace and the count anew;
 * nothing missing ends them. The searches run on the tick, so time is data; their ids are made from
 * the item, the attempt and the time it was due, so a replay asks for the same search.
 *
 * <p>Once the arr took a search up ({@link SearchStarted}), its outcome is read back after {@code
 * checkAfter} ({@link CheckSearch}), and again while it runs, so that a search that found nothing is
 * on the timeline.
 */
final class SearchRules {

    /** A search still running after this many read-backs is left to the arr: nothing more is asked, and it is forgotten. */
    static final int MAX_CHECKS = 30;

    private static final String RADARR = "radarr";
    private static final String RADARR_4K = "radarr4k";

    private static final Duration DAY = Duration.ofDays(1);

    private SearchRules() {}

    /** The item after a fact: the arr's ids it names, the searches it answers, what is missing now. */
    static MediaItem after(MediaItem item, MediaEvent event, Delivery delivery, Instant now) {
        Searches searches = item.searches();
        String radarr = delivery.source() == SourceKind.RADARR ? delivery.instance() : null;
        searches = switch (event) {
            case MovieAdded e -> searches.withArr(e.radarrId(), radarr);
            case ReleaseGrabbed e -> searches.withArr(e.radarrId(), radarr);
            case EpisodesResolved e -> searches.withArr(e.seriesId(), null);
            case SearchStarted e -> started(searches, e, now);
            case SearchChecked e -> e.ended() ? ended(searches, e.searchId()) : searches;
            default -> searches;
        };
        return looked(item.withSearches(searches), now);
    }

    /** The searches and read-backs due at {@code now}, and the item remembering them. */
    static Searched onTick(MediaItem current, Instant now, SearchPolicy policy) {
        MediaItem item = looked(current, now);
        List<Command> commands = new ArrayList<>(checks(item, now, policy));
        Searches searches = item.searches().withRunning(stillRunning(item.searches(), now, policy));
        List<Command> searching = due(item, searches, now, policy);
        if (!searching.isEmpty()) {
            searches = searches.searched(now, lastDay(searches, now, true));
        }
        commands.addAll(searching);
        return new Searched(item.withSearches(searches), List.copyOf(commands));
    }

    /** Whether a fact needs no timeline entry: the read-back of a search still running shows nothing new. */
    static boolean quiet(MediaEvent event) {
        return event instanceof SearchChecked checked && !checked.ended();
    }

    private static Searches started(Searches searches, SearchStarted e, Instant now) {
        SourceKind arr = "Sonarr".equals(e.arr()) ? SourceKind.SONARR : SourceKind.RADARR;
        List<RunningSearch> running =
                new ArrayList<>(ended(searches, e.commandId()).running());
        running.add(new RunningSearch(e.commandId(), arr, e.instance(), e.arrCommandId(), now, 0));
        return searches.withRunning(running);
    }

    private static Searches ended(Searches searches, String searchId) {
        return searches.withRunning(searches.running().stream()
                .filter(running -> !running.searchId().equals(searchId))
                .toList());
    }

    /** The item with what it misses now: something new starts the grace, nothing missing ends it. */
    private static MediaItem looked(MediaItem item, Instant now) {
        Searches searches = item.searches();
        Optional<List<EpisodeKey>> missing = missing(item, Days.of(now));
        if (missing.isEmpty()) {
            return searches.missingSince() == null ? item : item.withSearches(searches.complete());
        }
        List<EpisodeKey> next = missing.get();
        boolean fresh = searches.missingSince() == null || !searches.missing().containsAll(next);
        if (!fresh && next.equals(searches.missing())) {
            return item;
        }
        return item.withSearches(
                fresh
                        ? searches.missing(next, now, 0)
                        : searches.missing(next, searches.missingSince(), searches.attempts()));
    }

    /**
     * What the item misses: empty when nothing (or it is not with the arr); for a movie an empty list,
     * for a series the missing episodes, ascending.
     */
    private static Optional<List<EpisodeKey>> missing(MediaItem item, LocalDate today) {
        boolean handedOver = item.requests().values().stream().anyMatch(request -> handedOver(item, request));
        if (!handedOver) {
            return Optional.empty();
        }
        return switch (item.key().type()) {
            case MOVIE -> {
                boolean lost = item.progress() == MediaProgress.ADDED
                        || (item.progress() == MediaProgress.DOWNLOADING
                                && item.download() != null
                                && item.download().failed());
                yield lost ? Optional.of(List.of()) : Optional.empty();
            }
            case SERIES -> {
                List<EpisodeKey> episodes = inScopes(item).stream()
                        .filter(key -> lost(item, item.series().episodes().get(key), today))
                        .toList();
                yield episodes.isEmpty() ? Optional.empty() : Optional.of(episodes);
            }
        };
    }

    /** The episodes in the known scopes of the requests handed over, ascending. */
    private static List<EpisodeKey> inScopes(MediaItem item) {
        if (item.progress() == MediaProgress.UNKNOWN) {
            return List.of();
        }
        return item.series().scopes().entrySet().stream()
                .filter(entry -> {
                    Request request = item.requests().get(entry.getKey());
                    return request != null && handedOver(item, request);
                })
                .map(Map.Entry::getValue)
                .filter(SeriesScope::known)
                .flatMap(scope -> scope.episodes().stream())
                .distinct()
                .sorted()
                .toList();
    }

    /** With the arr, or failed by the movie's download (which a new grab mends), not by the request manager. */
    private static boolean handedOver(MediaItem item, Request request) {
        boolean failedByDownload = request.state() == RequestState.FAILED
                && item.download() != null
                && item.download().failed();
        return request.pastApproval() || failedByDownload;
    }

    /**
     * Aired and looked for without a release, or its download failed in the client. An episode stuck at
     * import (failed too) has its file downloaded: a person's look helps it, not a search.
     */
    private static boolean lost(MediaItem item, Episode episode, LocalDate today) {
        if (episode == null || episode.file() != null) {
            return false;
        }
        return switch (episode.state()) {
            case SEARCHING -> episode.aired(today);
            case FAILED -> {
                DownloadView download = item.series().downloadOf(episode);
                yield download != null && download.failed();
            }
            case WANTED, DOWNLOADING, IMPORTED, AVAILABLE -> false;
        };
    }

    /** Whether one of the item's downloads is progressing: a search now could only grab a second copy. */
    private static boolean downloading(MediaItem item) {
        return switch (item.key().type()) {
            case MOVIE ->
                item.progress() == MediaProgress.DOWNLOADING
                        && (item.download() == null || !item.download().failed());
            case SERIES ->
                item.series().episodes().values().stream()
                        .filter(episode -> episode.state() == EpisodeState.DOWNLOADING)
                        .map(item.series()::downloadOf)
                        .anyMatch(download -> download == null || !download.failed());
        };
    }

    private static List<Command> due(MediaItem item, Searches searches, Instant now, SearchPolicy policy) {
        if (searches.missingSince() == null || downloading(item)) {
            return List.of();
        }
        int attempt = searches.attempts() + 1;
        Instant from = attempt == 1 ? searches.missingSince() : searches.lastSearchAt();
        Instant due = from.plus(policy.waitBefore(attempt));
        if (now.isBefore(due) || lastDay(searches, now, false).size() >= policy.maxPerDay()) {
            return List.of();
        }
        String id = "%s:search:%d:%s".formatted(item.key(), attempt, due);
        return item.key().type() == MediaType.MOVIE
                ? movie(item, searches, id, attempt)
                : episodes(item, searches, id, attempt);
    }

    private static List<Command> movie(MediaItem item, Searches searches, String id, int attempt) {
        if (searches.arrId() == null) {
            return List.of();
        }
        String instance = searches.radarrInstance() != null
                ? searches.radarrInstance()
                : item.key().fourK() ? RADARR_4K : RADARR;
        return List.of(new SearchMovie(id, item.key(), instance, searches.arrId(), attempt));
    }

    /**
     * A season search for each season that has finished airing and misses every episode (when Sonarr's
     * id of the series is known), one episode search for the rest; episodes whose Sonarr id is not
     * known cannot be searched for.
     */
    private static List<Command> episodes(MediaItem item, Searches searches, String id, int attempt) {
        String instance = ListingRules.sonarrInstance(item);
        Map<EpisodeKey, Episode> all = item.series().episodes();
        Map<Integer, List<EpisodeKey>> bySeason = new TreeMap<>();
        searches.missing().stream()
                .filter(key -> all.get(key).sonarrEpisodeId() != null)
                .forEach(key -> bySeason.computeIfAbsent(key.season(), s -> new ArrayList<>())
                        .add(key));
        List<Command> commands = new ArrayList<>();
        List<EpisodeKey> single = new ArrayList<>();
        bySeason.forEach((season, keys) -> {
            if (searches.arrId() != null && wholeSeason(all, season, keys)) {
                commands.add(new SearchEpisodes(
                        id + ":season-" + season,
                        item.key(),
                        instance,
                        searches.arrId(),
                        season,
                        ids(all, keys),
                        keys,
                        attempt));
            } else {
                single.addAll(keys);
            }
        });
        if (!single.isEmpty()) {
            commands.add(new SearchEpisodes(
                    id + ":episodes", item.key(), instance, searches.arrId(), null, ids(all, single), single, attempt));
        }
        return commands;
    }

    /**
     * Whether {@code missing} is every episode Sonarr lists of the season: since only aired episodes
     * go missing, the season has then finished airing, and none of it has a file.
     */
    private static boolean wholeSeason(Map<EpisodeKey, Episode> all, int season, List<EpisodeKey> missing) {
        List<EpisodeKey> ofSeason =
                all.keySet().stream().filter(key -> key.season() == season).toList();
        return ofSeason.equals(missing);
    }

    private static List<Integer> ids(Map<EpisodeKey, Episode> all, List<EpisodeKey> keys) {
        return keys.stream().map(key -> all.get(key).sonarrEpisodeId()).toList();
    }

    /** Read-backs of the searches running, each {@code checkAfter} after the last look. */
    private static List<Command> checks(MediaItem item, Instant now, SearchPolicy policy) {
        return item.searches().running().stream()
                .filter(running -> running.checks() < MAX_CHECKS)
                .filter(running -> !now.isBefore(running.lookedAt().plus(policy.checkAfter())))
                .<Command>map(running -> new CheckSearch(
                        "%s:check:%d".formatted(running.searchId(), running.checks() + 1),
                        item.key(),
                        running.arr(),
                        running.instance(),
                        running.searchId(),
                        running.arrCommandId()))
                .toList();
    }

    private static List<RunningSearch> stillRunning(Searches searches, Instant now, SearchPolicy policy) {
        return searches.running().stream()
                .map(running ->
                        now.isBefore(running.lookedAt().plus(policy.checkAfter())) ? running : running.checked(now))
                .filter(running -> running.checks() <= MAX_CHECKS)
                .toList();
    }

    /** When the searches of the 24 hours before {@code now} were asked for, with {@code now} when {@code adding}. */
    private static List<Instant> lastDay(Searches searches, Instant now, boolean adding) {
        List<Instant> kept = new ArrayList<>(searches.recent().stream()
                .filter(at -> at.isAfter(now.minus(DAY)))
                .toList());
        if (adding) {
            kept.add(now);
        }
        return kept;
    }

    /** An item after the tick, and the searches and read-backs it asks for. */
    record Searched(MediaItem item, List<Command> commands) {}
}
