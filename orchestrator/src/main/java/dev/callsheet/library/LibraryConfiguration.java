package dev.callsheet.library;

import dev.callsheet.command.CommandAttempts;
import dev.callsheet.command.ServiceClients;
import dev.callsheet.source.InstanceProperties;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The listener that adds the media of approved requests made in Callsheet to the arrs. */
@Configuration(proxyBeanMethods = false)
class LibraryConfiguration {

    @Bean
    LibraryCommandListener libraryCommandListener(
            ServiceClients clients, InstanceProperties instances, CommandAttempts attempts) {
        return new LibraryCommandListener(
                new MovieAdditions(clients, instances),
                new SeriesAdditions(clients, instances, Clock.systemUTC()),
                new EpisodeMonitoring(clients),
                attempts);
    }
}
