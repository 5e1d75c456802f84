package dev.callsheet.notification;

import dev.callsheet.adapters.notify.ChannelSettings;
import dev.callsheet.request.NoticePeople;
import dev.callsheet.request.NoticeRoutes;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The notification settings, checked: the channel instances by name (in configured order), the
 * routes and the people.
 */
public record NotificationSettings(Map<String, ChannelSettings> channels, NoticeRoutes routes, NoticePeople people) {

    public NotificationSettings {
        channels = Collections.unmodifiableMap(new LinkedHashMap<>(channels));
    }

    /**
     * Reads and checks {@code properties}; throws naming every key that is wrong, and no secret.
     *
     * @param serverZone the zone of quiet hours that name none
     */
    public static NotificationSettings read(NotificationProperties properties, ZoneId serverZone) {
        SettingProblems problems = new SettingProblems();
        Set<String> declared = properties.channels().keySet();
        Map<String, ChannelSettings> channels = ChannelReader.read(properties.channels(), problems);
        NoticeRoutes routes = RouteReader.read(properties.routes(), declared, problems);
        NoticePeople people = PeopleReader.read(properties.users(), declared, serverZone, problems);
        problems.throwIfAny();
        return new NotificationSettings(channels, routes, people);
    }
}
