package dev.callsheet.notification;

import dev.callsheet.request.Notifying;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The notification settings, checked at start: a channel, route or person that cannot work stops it;
 * the routes and people as the decider applies them; the channels as the delivery side sends through them.
 */
@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

    @Bean
    NotificationSettings notificationSettings(NotificationProperties properties) {
        return NotificationSettings.read(properties, ZoneId.systemDefault());
    }

    /** What the decider tells whom: the checked routes and people. */
    @Bean
    Notifying notifying(NotificationSettings settings) {
        return new Notifying(settings.routes(), settings.people());
    }

    @Bean
    ChannelSettingsSource channelSettingsSource(NotificationSettings settings) {
        return settings::channels;
    }
}
