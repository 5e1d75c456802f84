package dev.callsheet.request;

import dev.callsheet.events.EpisodeKey;
import dev.callsheet.events.media.DownloadImported;
import dev.callsheet.events.media.EpisodeRef;
import java.util.List;
import java.util.stream.Collectors;

/** The timeline's words for episodes: a season pack names its range, not every episode. */
final class EpisodeWording {

    private EpisodeWording() {}

    /** A few episodes by name, many as a count and range: a season pack lists all of its episodes. */
    static String refs(List<EpisodeRef> episodes) {
        return list(episodes.stream().map(EpisodeRef::key).toList());
    }

    static String list(List<EpisodeKey> episodes) {
        List<String> keys = episodes.stream().sorted().map(Object::toString).toList();
        if (keys.isEmpty()) {
            return "no episode named";
        }
        return keys.size() <= 3
                ? String.join(", ", keys)
                : "%d episodes, %s to %s".formatted(keys.size(), keys.getFirst(), keys.getLast());
    }

    /** Every key, for the details of an entry. */
    static String keys(List<EpisodeKey> episodes) {
        return episodes.stream().sorted().map(Object::toString).collect(Collectors.joining(", "));
    }

    static String aired(List<EpisodeKey> episodes) {
        return episodes.size() == 1 ? episodes.getFirst() + " aired" : list(episodes) + " aired";
    }

    /**
     * One line for a whole download, how many of the release's episodes are now in the library,
     * and which are not when some are missing (a pack with a rejected file).
     */
    static String importComplete(DownloadImported e, MediaItem item) {
        List<EpisodeKey> missing = e.episodes().stream()
                .map(EpisodeRef::key)
                .filter(key -> !inLibrary(item, key))
                .sorted()
                .toList();
        String release =
                e.release() == null ? "the download" : Wording.or(e.release().title(), "the download");
        int imported = e.episodes().size() - missing.size();
        String text = "Imported %s of %s: %d of %d episodes in the library"
                .formatted(
                        Wording.files(e.files().size()),
                        release,
                        imported,
                        e.episodes().size());
        return missing.isEmpty() ? text : text + "; not imported: " + list(missing);
    }

    /** A request entry that also tells which episodes joined its scope, and whether it follows them back. */
    static String joining(String text, List<EpisodeKey> joined, boolean followedAgain) {
        if (joined.isEmpty()) {
            return text;
        }
        String note = text + "; new in scope: " + list(joined);
        return followedAgain ? note + ", followed again" : note;
    }

    private static boolean inLibrary(MediaItem item, EpisodeKey key) {
        Episode episode = item.series().episodes().get(key);
        return episode != null
                && (episode.state() == EpisodeState.IMPORTED || episode.state() == EpisodeState.AVAILABLE);
    }
}
