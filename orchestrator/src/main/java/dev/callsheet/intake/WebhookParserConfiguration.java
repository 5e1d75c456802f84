package dev.callsheet.intake;

import dev.callsheet.intake.nzbget.NzbgetWebhookParser;
import dev.callsheet.intake.overseerr.OverseerrWebhookParser;
import dev.callsheet.intake.plex.PlexWebhookParser;
import dev.callsheet.intake.qbittorrent.QbittorrentWebhookParser;
import dev.callsheet.intake.radarr.RadarrWebhookParser;
import dev.callsheet.intake.sabnzbd.SabnzbdWebhookParser;
import dev.callsheet.intake.sonarr.SonarrWebhookParser;
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
