package dev.callsheet.notification;

import dev.callsheet.adapters.notify.ChannelSettings;
import java.util.Map;

/**
 * Where the configured channel instances come from: whoever binds {@code
 * callsheet.notifications.channels} provides this bean; without one there are no channels.
 */
@FunctionalInterface
public interface ChannelSettingsSource {

    /** The channel instances by their configured names. */
    Map<String, ChannelSettings> channels();
}
