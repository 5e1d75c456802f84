package dev.callsheet.notification;

import java.util.Map;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * No channels when nothing provides them. An auto-configuration, so that it is considered after every
 * application and test configuration: a {@code ChannelSettingsSource} of theirs, wherever declared,
 * replaces this one.
 */
@AutoConfiguration
public class NoChannelsConfigured {

    @Bean
    @ConditionalOnMissingBean
    ChannelSettingsSource channelSettingsSource() {
        return Map::of;
    }
}
