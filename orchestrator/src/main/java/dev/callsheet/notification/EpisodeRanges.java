package dev.callsheet.notification;

import dev.callsheet.events.EpisodeKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** Episodes as people read them: runs collapsed, {@code S02E01–E04, S02E06, S03E01}. */
final class EpisodeRanges {

    private EpisodeRanges() {}

    static String of(List<EpisodeKey> episodes) {
        List<String> runs = new ArrayList<>();
        EpisodeKey first = null;
        EpisodeKey last = null;
        for (EpisodeKey episode : new TreeSet<>(episodes)) {
            if (last != null && episode.season() == last.season() && episode.episode() == last.episode() + 1) {
                last = episode;
                continue;
            }
            if (first != null) {
                runs.add(run(first, last));
            }
            first = episode;
            last = episode;
        }
        if (first != null) {
            runs.add(run(first, last));
        }
        return String.join(", ", runs);
    }

    /** {@code Season 2}, {@code Seasons 1, 2, 4}; empty for none. */
    static String seasons(List<Integer> seasons) {
        var sorted = new TreeSet<>(seasons);
        if (sorted.isEmpty()) {
            return "";
        }
        return (sorted.size() == 1 ? "Season " : "Seasons ")
                + String.join(", ", sorted.stream().map(String::valueOf).toList());
    }

    private static String run(EpisodeKey first, EpisodeKey last) {
        return first.equals(last) ? first.toString() : first + String.format(Locale.ROOT, "–E%02d", last.episode());
    }
}
