package dev.callsheet.normalise;

import dev.callsheet.intake.IntakeProperties;
import dev.callsheet.normalise.nzbget.NzbgetWebhookParser;
import dev.callsheet.normalise.overseerr.OverseerrWebhookParser;
import dev.callsheet.normalise.plex.PlexWebhookParser;
import dev.callsheet.normalise.qbittorrent.QbittorrentWebhookParser;
import dev.callsheet.normalise.radarr.RadarrWebhookParser;
import dev.callsheet.normalise.sabnzbd.SabnzbdWebhookParser;
import dev.callsheet.normalise.sonarr.SonarrWebhookParser;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One parser per source; the parsers themselves know nothing of Spring. */
@Configuration(proxyBeanMethods = false)
class WebhookParserConfiguration {

    @Bean
    OverseerrWebhookParser overseerrWebhookParser() {
        return new OverseerrWebhookParser();
    }

    @Bean
    RadarrWebhookParser radarrWebhookParser() {
        return new RadarrWebhookParser();
    }

    @Bean
    SonarrWebhookParser sonarrWebhookParser() {
        return new SonarrWebhookParser();
    }

    @Bean
    PlexWebhookParser plexWebhookParser(IntakeProperties intake) {
        return new PlexWebhookParser(Set.copyOf(intake.plex().fourKLibraries()));
    }

    @Bean
    QbittorrentWebhookParser qbittorrentWebhookParser() {
        return new QbittorrentWebhookParser();
    }

    @Bean
    SabnzbdWebhookParser sabnzbdWebhookParser() {
        return new SabnzbdWebhookParser();
    }

    @Bean
    NzbgetWebhookParser nzbgetWebhookParser() {
        return new NzbgetWebhookParser();
    }
}
