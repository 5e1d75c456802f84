package dev.callsheet.config;

import java.net.URI;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Top-level settings.
 *
 * @param dataDir where the embedded broker's log, the Streams state and generated secrets live
 * @param apiKey the {@code X-Api-Key} of the {@code /api} endpoints; generated and kept under {@code
 *     dataDir} when unset
 * @param publicUrl the URL the outside services reach Callsheet at, used in the set-up hints logged
 *     at start-up; defaults to {@code http://<host name>:<port>}
 */
@ConfigurationProperties("callsheet")
public record CallsheetProperties(@DefaultValue("./data") Path dataDir, String apiKey, URI publicUrl) {}
