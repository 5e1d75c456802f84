package dev.callsheet.request;

import dev.callsheet.events.EpisodeKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A series route's policy, applied to one listener: which messages to send now about a request's
 * available episodes, given what that listener has been told. {@link SeriesPolicy#EVERY_BATCH} collects
 * instead, and is released by {@link NoticeRules}.
 */
final class SeriesPolicies {

    private SeriesPolicies() {}

    /**
     * The messages, each a list of episodes, ascending.
     *
     * @param available the scope's episodes available now
     * @param arrived those of them this fact made available
     * @param announced those the listener was told of already
     */
    static List<List<EpisodeKey>> messages(
            SeriesPolicy policy,
            MediaItem item,
            SeriesScope scope,
            Set<EpisodeKey> available,
            Set<EpisodeKey> arrived,
            List<EpisodeKey> announced) {
        Set<EpisodeKey> told = new TreeSet<>(announced);
        List<List<EpisodeKey>> messages = new ArrayList<>();
        switch (policy) {
            case SEASON_COMPLETE -> messages.addAll(completeSeasons(item, scope, available, told));
            case FIRST_EPISODE -> {
                boolean nothingYet = scope.episodes().stream().noneMatch(told::contains);
                List<EpisodeKey> first =
                        arrived.stream().filter(key -> !told.contains(key)).toList();
                if (nothingYet && !first.isEmpty()) {
                    messages.add(first);
                    told.addAll(first);
                }
                messages.addAll(completeSeasons(item, scope, available, told));
            }
            case CAUGHT_UP -> {
                List<EpisodeKey> news = scope.episodes().stream()
                        .filter(key -> !told.contains(key))
                        .toList();
                if (!scope.episodes().isEmpty() && available.containsAll(scope.episodes()) && !news.isEmpty()) {
                    messages.add(news);
                }
            }
            case EVERY_BATCH -> {}
        }
        return messages;
    }

    /**
     * One message per season of the scope all of whose episodes (aired or not, as the scope covers
     * them) are available, with those not told yet; none for a season told of already.
     */
    private static List<List<EpisodeKey>> completeSeasons(
            MediaItem item, SeriesScope scope, Set<EpisodeKey> available, Set<EpisodeKey> told) {
        Set<Integer> seasons = new TreeSet<>();
        scope.episodes().forEach(key -> seasons.add(key.season()));
        List<List<EpisodeKey>> messages = new ArrayList<>();
        for (int season : seasons) {
            List<EpisodeKey> episodes = NoticeRules.seasonOf(item, scope, season);
            if (episodes.isEmpty() || !available.containsAll(episodes)) {
                continue;
            }
            List<EpisodeKey> news =
                    episodes.stream().filter(key -> !told.contains(key)).toList();
            if (!news.isEmpty()) {
                messages.add(news);
                told.addAll(news);
            }
        }
        return messages;
    }
}
