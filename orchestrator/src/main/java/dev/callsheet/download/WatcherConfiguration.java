package dev.callsheet.download;

import dev.callsheet.intake.InboundWriter;
import dev.callsheet.source.InstanceProperties;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

/** A watcher for each configured download client, unless {@code callsheet.downloads.watch} is false. */
@Configuration(proxyBeanMethods = false)
class WatcherConfiguration {

    private static final Logger log = LoggerFactory.getLogger(WatcherConfiguration.class);

    @Bean
    DownloadWatchers downloadWatchers(
            InstanceProperties instances, DownloadsProperties downloads, InboundWriter inbound) {
        if (!downloads.watch()) {
            log.info("callsheet.downloads.watch is false: no download client is watched by this instance");
            return new DownloadWatchers(List.of(), downloads);
        }
        ObservationWriter writer = new InboundObservations(inbound);
        List<ClientWatcher> watchers = WatchedInstances.of(instances, WebClient.builder()).stream()
                .map(instance -> new ClientWatcher(instance, downloads, writer, Clock.systemUTC()))
                .toList();
        return new DownloadWatchers(watchers, downloads);
    }
}
