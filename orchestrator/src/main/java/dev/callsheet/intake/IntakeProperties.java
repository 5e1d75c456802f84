package dev.callsheet.intake;

import java.time.Duration;
import java.util.List;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How webhook intake authenticates senders and bounds what they send. Secrets left unset are
 * generated at first start and kept in {@code <data-dir>/secrets.properties}.
 *
 * @param overseerr the credential of Overseerr, Jellyseerr and Seerr
 * @param radarr the HTTP Basic credential of every Radarr instance
 * @param sonarr the HTTP Basic credential of every Sonarr instance
 * @param plex the query token of Plex, and which of its libraries hold 4K copies
 * @param scripts the token of Callsheet's download client scripts
 * @param maxBody the largest body accepted, for Plex the whole multipart body including the thumbnail
 * @param ackTimeout how long intake waits for the broker to acknowledge a webhook before answering
 *     503
 */
@Validated
@ConfigurationProperties("callsheet.intake")
public record IntakeProperties(
        @DefaultValue Overseerr overseerr,
        @DefaultValue Basic radarr,
        @DefaultValue Basic sonarr,
        @DefaultValue Plex plex,
        @DefaultValue Scripts scripts,
        @DefaultValue("1MB") DataSize maxBody,
        @DefaultValue("5s") @DurationMin(millis = 1) Duration ackTimeout) {

    public IntakeProperties {
        // The body is held in one array, so the limit must fit an int.
        if (maxBody.toBytes() < 1 || maxBody.toBytes() > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(
                    "callsheet.intake.max-body must be between 1B and 2047MB, not " + maxBody);
        }
    }

    /**
     * @param authorization the {@code Authorization} header value Overseerr sends verbatim ({@code
     *     Bearer …})
     */
    public record Overseerr(String authorization) {
        @Override
        public String toString() {
            return "Overseerr[authorization=" + (authorization == null ? "unset" : "***") + "]";
        }
    }

    /**
     * @param username the user name; the source's name ({@code radarr}, {@code sonarr}) when unset
     * @param password the password
     */
    public record Basic(String username, String password) {
        @Override
        public String toString() {
            return "Basic[username=" + username + ", password=" + (password == null ? "unset" : "***") + "]";
        }
    }

    /**
     * @param token the bearer token the qBittorrent, SABnzbd and NZBGet scripts send, one for all three
     */
    public record Scripts(String token) {
        @Override
        public String toString() {
            return "Scripts[token=" + (token == null ? "unset" : "***") + "]";
        }
    }

    /**
     * @param token the {@code token} query parameter of the Plex webhook URL (Plex cannot send
     *     headers)
     * @param fourKLibraries titles of the Plex libraries that hold 4K copies
     */
    public record Plex(String token, @DefaultValue List<String> fourKLibraries) {

        public Plex {
            fourKLibraries = fourKLibraries == null ? List.of() : List.copyOf(fourKLibraries);
        }

        @Override
        public String toString() {
            return "Plex[token=" + (token == null ? "unset" : "***") + ", fourKLibraries=" + fourKLibraries + "]";
        }
    }
}
