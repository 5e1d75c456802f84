package dev.callsheet.notification;

import dev.callsheet.request.NoticeAudience;
import dev.callsheet.request.NoticeEvent;
import dev.callsheet.request.NoticeRoute;
import dev.callsheet.request.NoticeRoutes;
import dev.callsheet.request.SeriesPolicy;
import dev.callsheet.request.SettingWord;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads {@code callsheet.notifications.routes}; none configured: every channel tells requesters of availability. */
final class RouteReader {

    private static final Duration LONGEST_BATCH = Duration.ofDays(1);

    private RouteReader() {}

    /**
     * The routes as the decider takes them.
     *
     * @param channels the names of every declared channel, including those with problems of their own
     */
    static NoticeRoutes read(
            List<NotificationProperties.Route> routes, Set<String> channels, SettingProblems problems) {
        if (routes.isEmpty()) {
            return NoticeRoutes.byDefault(channels);
        }
        List<NoticeRoute> read = new ArrayList<>();
        // Who already hears what where: a channel that two routes give the same event for the same
        // audience would send it twice.
        Map<String, String> heard = new HashMap<>();
        for (int i = 0; i < routes.size(); i++) {
            String key = "callsheet.notifications.routes[" + i + "]";
            NotificationProperties.Route route = routes.get(i);
            int before = problems.size();
            if (route.events().isEmpty()) {
                problems.add(key + ".events", "missing: one or more of " + words(NoticeEvent.values()));
            }
            if (route.channels().isEmpty()) {
                problems.add(key + ".channels", "missing: one or more of the channels " + channels);
            }
            Set<NoticeEvent> events = events(key + ".events", route.events(), problems);
            NoticeAudience audience = audience(key + ".audience", route.audience(), problems);
            List<String> named = channels(key + ".channels", route.channels(), channels, problems);
            SeriesPolicy series = route.series() == null
                    ? SeriesPolicy.SEASON_COMPLETE
                    : series(key + ".series", route.series(), problems);
            Duration window = route.batchWindow() == null ? NoticeRoute.DEFAULT_BATCH_WINDOW : route.batchWindow();
            if (!window.isPositive() || window.compareTo(LONGEST_BATCH) > 0) {
                problems.add(key + ".batch-window", "must be longer than nothing and at most 1d");
            }
            if (audience != null && audience != NoticeAudience.ADMINS) {
                events.stream()
                        .filter(event -> !event.aboutARequest())
                        .forEach(event -> problems.add(
                                key + ".events",
                                event.word() + " concerns no request, so no " + audience.word()
                                        + " hears it: only an admins route can carry it"));
            }
            if (audience != null) {
                for (NoticeEvent event : events) {
                    for (String channel : named) {
                        String earlier = heard.putIfAbsent(event + " " + audience + " " + channel, key);
                        if (earlier != null) {
                            problems.add(
                                    key + ".channels",
                                    channel + " already tells " + audience.word() + " of " + event.word() + " through "
                                            + earlier + ": it would be sent twice");
                        }
                    }
                }
            }
            if (problems.size() == before) {
                read.add(new NoticeRoute(events, audience, named, series, window));
            }
        }
        return new NoticeRoutes(read);
    }

    /** The events {@code words} name, each checked; {@code key} is the list's key. */
    static Set<NoticeEvent> events(String key, List<String> words, SettingProblems problems) {
        Set<NoticeEvent> events = new LinkedHashSet<>();
        for (int j = 0; j < words.size(); j++) {
            String word = words.get(j);
            String entry = key + "[" + j + "]";
            NoticeEvent.named(word)
                    .ifPresentOrElse(
                            events::add,
                            () -> problems.add(entry, "is '" + word + "', not one of " + words(NoticeEvent.values())));
        }
        return events;
    }

    private static NoticeAudience audience(String key, String word, SettingProblems problems) {
        if (word == null || word.isBlank()) {
            problems.add(key, "missing: one of " + words(NoticeAudience.values()));
            return null;
        }
        return NoticeAudience.named(word).orElseGet(() -> {
            problems.add(key, "is '" + word + "', not one of " + words(NoticeAudience.values()));
            return null;
        });
    }

    private static SeriesPolicy series(String key, String word, SettingProblems problems) {
        return SeriesPolicy.named(word).orElseGet(() -> {
            problems.add(key, "is '" + word + "', not one of " + words(SeriesPolicy.values()));
            return null;
        });
    }

    /** The channels {@code named} names, each checked against the declared ones; {@code key} is the list's key. */
    static List<String> channels(String key, List<String> named, Set<String> channels, SettingProblems problems) {
        List<String> known = new ArrayList<>();
        for (int j = 0; j < named.size(); j++) {
            String channel = named.get(j).strip();
            if (channels.contains(channel)) {
                known.add(channel);
            } else {
                problems.add(
                        key + "[" + j + "]",
                        "names '" + channel + "', which is not a channel under callsheet.notifications.channels "
                                + (channels.isEmpty() ? "(none is declared)" : channels.toString()));
            }
        }
        return known;
    }

    private static String words(SettingWord[] values) {
        return Arrays.stream(values).map(SettingWord::word).toList().toString();
    }
}
