package dev.callsheet.notification;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The channels the delivery side sends through: those of the checked settings. An auto-configuration,
 * so that it is considered after every application and test configuration: a {@code
 * ChannelSettingsSource} of theirs (a test's stub channels), wherever declared, replaces this one.
 */
@AutoConfiguration
public class ChannelsFromSettings {

    @Bean
    @ConditionalOnMissingBean
    ChannelSettingsSource channelSettingsSource(NotificationSettings settings) {
        return settings::channels;
    }
}
