package dev.callsheet.search;

import dev.callsheet.command.CommandAttempts;
import dev.callsheet.command.ServiceClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The listener that carries Callsheet's searches to the arrs and reads them back. */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    @Bean
    SearchCommandListener searchCommandListener(ServiceClients clients, CommandAttempts attempts) {
        return new SearchCommandListener(
                new MovieSearches(clients), new EpisodeSearches(clients), new SearchChecks(clients), attempts);
    }
}
