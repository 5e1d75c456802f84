package dev.callsheet.notification;

import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The notification settings, checked at start: a channel, route or person that cannot work stops it. */
@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

    @Bean
    NotificationSettings notificationSettings(NotificationProperties properties) {
        return NotificationSettings.read(properties, ZoneId.systemDefault());
    }
}
