package dev.callsheet.request;

import dev.callsheet.events.EpisodeKey;
import dev.callsheet.events.MediaType;
import dev.callsheet.events.command.PlexTarget;
import dev.callsheet.events.media.DownloadImported;
import dev.callsheet.events.media.EpisodeRef;
import dev.callsheet.events.media.EpisodesImported;
import dev.callsheet.events.media.ImportedFile;
import dev.callsheet.events.media.MovieImported;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What Plex must show for each file an import reports: the file, and the ids its item must be matched to. */
final class PlexTargets {

    private PlexTargets() {}

    static List<PlexTarget> movie(MediaItem item, MovieImported e, Instant now) {
        if (e.file() == null || e.file().path() == null) {
            return List.of();
        }
        return List.of(new PlexTarget(
                MediaType.MOVIE,
                e.file().path(),
                item.media().tmdbId(),
                item.media().imdbId(),
                null,
                List.of(),
                e.upgrade(),
                now));
    }

    static List<PlexTarget> episodes(MediaItem item, EpisodesImported e, Instant now) {
        if (e.file() == null || e.file().path() == null) {
            return List.of();
        }
        return List.of(episodeTarget(item, e.file().path(), e.episodes(), e.upgrade(), now));
    }

    /**
     * Import complete follows the per-file imports of the same files when Sonarr sends both: a file
     * one of them asked for already, or whose episodes Plex has confirmed with it, is not asked for
     * again. Each file gets the episodes a per-file import said it holds, else the release's.
     */
    private static final Pattern EPISODE_NUMBERS = Pattern.compile("(?i)\\bS(\\d{1,4})((?:-?E\\d{1,4})+)");

    private static final Pattern EPISODE = Pattern.compile("(?i)E(\\d{1,4})");

    static List<PlexTarget> importComplete(MediaItem item, DownloadImported e, PlexServers plex, Instant now) {
        List<PlexTarget> targets = new ArrayList<>();
        for (ImportedFile file : e.files()) {
            if (file == null || file.path() == null || known(item, file.path(), plex)) {
                continue;
            }
            List<EpisodeRef> held = heldBy(item, file.path(), e.episodes());
            if (held.isEmpty()) {
                held = namedIn(file.path(), e.episodes());
            }
            targets.add(episodeTarget(item, file.path(), held.isEmpty() ? e.episodes() : held, false, now));
        }
        return targets;
    }

    private static boolean known(MediaItem item, String path, PlexServers plex) {
        boolean asked = item.plex().waits().stream()
                .anyMatch(wait ->
                        plex.has(wait.instance()) && wait.target().path().equals(path));
        List<Episode> filed = item.series().episodes().values().stream()
                .filter(episode -> path.equals(episode.file()))
                .toList();
        return asked
                || (!filed.isEmpty() && filed.stream().allMatch(episode -> episode.state() == EpisodeState.AVAILABLE));
    }

    /**
     * The release's episodes a file's name numbers ({@code S02E03}, {@code S02E03E04}, {@code
     * S02E03-E04}), for an import complete that comes before the file's own import: without them every
     * file of a pack would be looked for as every episode of it, and Plex's filing of each under its
     * own numbers would read as a mismatch. Empty when the name numbers none of them.
     */
    static List<EpisodeRef> namedIn(String path, List<EpisodeRef> release) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        Matcher numbers = EPISODE_NUMBERS.matcher(name);
        if (!numbers.find()) {
            return List.of();
        }
        int season = Integer.parseInt(numbers.group(1));
        Set<Integer> episodes = new HashSet<>();
        Matcher each = EPISODE.matcher(numbers.group(2));
        while (each.find()) {
            episodes.add(Integer.parseInt(each.group(1)));
        }
        return release.stream()
                .filter(ref -> ref.key().season() == season
                        && episodes.contains(ref.key().episode()))
                .toList();
    }

    /** The episodes a per-file import said the file holds, as the release names them where it does. */
    private static List<EpisodeRef> heldBy(MediaItem item, String path, List<EpisodeRef> release) {
        return item.series().episodes().entrySet().stream()
                .filter(entry -> path.equals(entry.getValue().file()))
                .map(entry -> release.stream()
                        .filter(ref -> ref.key().equals(entry.getKey()))
                        .findFirst()
                        .orElseGet(() -> {
                            Episode episode = entry.getValue();
                            return new EpisodeRef(
                                    entry.getKey(), episode.episodeTvdbId(), null, episode.title(), episode.airDate());
                        }))
                .toList();
    }

    private static PlexTarget episodeTarget(
            MediaItem item, String path, List<EpisodeRef> episodes, boolean upgrade, Instant now) {
        return new PlexTarget(MediaType.SERIES, path, null, null, seriesTvdbId(item), episodes, upgrade, now);
    }

    /** The series' TVDB id, as the sources said it, else as its key holds it. */
    static Long seriesTvdbId(MediaItem item) {
        return item.media().tvdbId() != null
                ? item.media().tvdbId()
                : Long.valueOf(item.key().id());
    }

    /**
     * Whether a new import ends the wait for an older one, and what Plex said of it: the same file
     * again, or a file for the same media (a movie has one file; an upgrade of episodes replaces the
     * file that held them).
     */
    static boolean supersedes(PlexTarget newer, PlexTarget older) {
        if (newer.path().equals(older.path()) || newer.type() == MediaType.MOVIE) {
            return true;
        }
        List<EpisodeKey> held = newer.episodes().stream().map(EpisodeRef::key).toList();
        return !older.episodes().isEmpty() && older.episodes().stream().allMatch(ref -> held.contains(ref.key()));
    }

    /** Whether the file holds {@code episode}. */
    static boolean holds(PlexTarget target, EpisodeKey episode) {
        return target.episodes().stream().anyMatch(ref -> ref.key().equals(episode));
    }
}
