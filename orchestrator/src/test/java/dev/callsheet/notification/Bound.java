package dev.callsheet.notification;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Notification settings bound from {@code key=value} lines as Spring binds them at start, then read. */
final class Bound {

    static final ZoneId SERVER_ZONE = ZoneId.of("Europe/Paris");

    private Bound() {}

    static NotificationSettings settings(String... properties) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String property : properties) {
            int equals = property.indexOf('=');
            map.put(property.substring(0, equals), property.substring(equals + 1));
        }
        NotificationProperties bound = new Binder(new MapConfigurationPropertySource(map))
                .bind("callsheet.notifications", NotificationProperties.class)
                .orElseGet(() -> new NotificationProperties(null, null, null));
        return NotificationSettings.read(bound, SERVER_ZONE);
    }
}
