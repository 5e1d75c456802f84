package dev.callsheet.config;

import java.net.URI;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Top-level settings.
 *
 * @param dataDir where the embedded broker's log, the Streams state and generated secrets live
 * @param apiKey the read key: the {@code X-Api-Key} that reads {@code /api} (GET and HEAD);
 *     generated and kept under {@code dataDir} when unset
 * @param adminKey the admin key: the {@code X-Api-Key} that also acts through {@code /api} (every
 *     other method, and the GETs only admins may see); generated and kept under {@code dataDir} when
 *     unset
 * @param publicUrl the URL the outside services and people reach Callsheet at, used in the set-up
 *     hints logged at start-up (defaulting to {@code http://<host name>:<port>}) and as the base of
 *     the one-tap links (unset, each request's forwarded headers and host say it)
 */
@ConfigurationProperties("callsheet")
public record CallsheetProperties(@DefaultValue("./data") Path dataDir, String apiKey, String adminKey, URI publicUrl) {

    /** Without the keys, so that printing the settings never shows them. */
    @Override
    public String toString() {
        return "CallsheetProperties[dataDir=" + dataDir + ", apiKey=" + (apiKey == null ? "unset" : "***")
                + ", adminKey=" + (adminKey == null ? "unset" : "***") + ", publicUrl=" + publicUrl + "]";
    }
}
