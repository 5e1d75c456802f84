package dev.callsheet.notification;

import dev.callsheet.request.NoticeEvent;
import dev.callsheet.request.NoticePeople;
import dev.callsheet.request.NoticePerson;
import dev.callsheet.request.QuietHours;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads {@code callsheet.notifications.users}. */
final class PeopleReader {

    private PeopleReader() {}

    /**
     * The people as the decider takes them.
     *
     * @param channels the names of every declared channel, including those with problems of their own
     * @param serverZone the zone of quiet hours that name none
     */
    static NoticePeople read(
            Map<String, NotificationProperties.User> users,
            Set<String> channels,
            ZoneId serverZone,
            SettingProblems problems) {
        List<NoticePerson> people = new ArrayList<>();
        // Lower-cased user names and e-mails already taken, with the key that took them: a requester
        // is looked up ignoring case, so two entries must not answer to the same one.
        Map<String, String> taken = new HashMap<>();
        users.forEach((username, user) -> {
            String key = "callsheet.notifications.users." + username;
            int before = problems.size();
            NotificationProperties.User entry =
                    user == null ? new NotificationProperties.User(null, null, null, null, null, null) : user;
            claim(taken, "user name " + username.strip(), key, problems);
            String email = blankToNull(entry.email());
            if (email != null) {
                if (!email.matches("[^\\s@]+@[^\\s@]+")) {
                    problems.add(key + ".email", "is not an e-mail address");
                } else {
                    claim(taken, "e-mail " + email, key + ".email", problems);
                }
            }
            String discordId = blankToNull(entry.discordId());
            if (discordId != null && !discordId.matches("\\d{5,20}")) {
                problems.add(key + ".discord-id", "is not a Discord user id (a number; Copy User ID in Discord)");
            }
            String chatId = blankToNull(entry.telegramChatId());
            if (chatId != null && !chatId.matches("-?\\d{1,32}")) {
                problems.add(key + ".telegram-chat-id", "is not a Telegram chat id (a number)");
            }
            List<String> named = RouteReader.channels(key + ".channels", entry.channels(), channels, problems);
            Set<NoticeEvent> events = RouteReader.events(key + ".events", entry.events(), problems);
            QuietHours quiet = quietHours(key + ".quiet-hours", entry.quietHours(), serverZone, problems);
            if (problems.size() == before) {
                people.add(
                        new NoticePerson(username.strip(), email, discordId, chatId, Set.copyOf(named), events, quiet));
            }
        });
        return new NoticePeople(people);
    }

    private static void claim(Map<String, String> taken, String what, String key, SettingProblems problems) {
        String earlier = taken.putIfAbsent(what.toLowerCase(Locale.ROOT), key);
        if (earlier != null) {
            problems.add(
                    key,
                    "the same " + what.substring(0, what.indexOf(' ')) + " as " + earlier
                            + " (ignoring case): a requester must find one entry");
        }
    }

    private static QuietHours quietHours(
            String key, NotificationProperties.Quiet quiet, ZoneId serverZone, SettingProblems problems) {
        if (quiet == null) {
            return null;
        }
        LocalTime from = time(key + ".from", quiet.from(), problems);
        LocalTime to = time(key + ".to", quiet.to(), problems);
        ZoneId zone = serverZone;
        if (blankToNull(quiet.zone()) != null) {
            try {
                zone = ZoneId.of(quiet.zone().strip());
            } catch (DateTimeException e) {
                problems.add(key + ".zone", "is '" + quiet.zone().strip() + "', not a time zone (Europe/London)");
                return null;
            }
        }
        if (from == null || to == null) {
            return null;
        }
        if (from.equals(to)) {
            problems.add(key, "from and to are the same time: no hours are quiet");
            return null;
        }
        return new QuietHours(from, to, zone);
    }

    private static LocalTime time(String key, String text, SettingProblems problems) {
        if (blankToNull(text) == null) {
            problems.add(key, "missing: a time of day (22:00)");
            return null;
        }
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeException e) {
            problems.add(key, "is '" + text.strip() + "', not a time of day (22:00)");
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
