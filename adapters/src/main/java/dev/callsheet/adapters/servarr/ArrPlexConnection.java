package dev.callsheet.adapters.servarr;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * One "Plex Media Server" connection of a Radarr or Sonarr ({@code implementation} {@code
 * PlexServer}), without its token.
 *
 * @param name the connection's name in the arr; null when it sends none
 * @param host the Plex host it calls; null when not set
 * @param port the Plex port it calls (32400 unless changed); null when not sent
 * @param useSsl whether it calls Plex over HTTPS
 * @param updateLibrary "Update Library": whether it asks Plex to scan the movie or series folder
 * @param onDownload "On Import" (Sonarr v4 calls it "On File Import")
 * @param onUpgrade "On Upgrade": imports that replace a file run the connection only when this is on
 * @param onImportComplete Sonarr v4's "On Import Complete"; false for Radarr and Sonarr v3, which lack it
 * @param tags the arr's tag ids; a connection with tags acts only for movies or series carrying one
 */
public record ArrPlexConnection(
        String name,
        String host,
        Integer port,
        boolean useSsl,
        boolean updateLibrary,
        boolean onDownload,
        boolean onUpgrade,
        boolean onImportComplete,
        Set<Integer> tags) {

    public ArrPlexConnection {
        tags = tags == null ? Set.of() : Set.copyOf(tags);
    }

    /**
     * Whether the arr asks Plex to scan after an import through this connection: "Update Library" on,
     * and at least one of the import events ticked. A tagged connection counts too, though it scans
     * only for tagged titles: a second scan of the same folder is the risk either way.
     */
    public boolean scansOnImport() {
        return updateLibrary && (onDownload || onImportComplete || onUpgrade);
    }

    /** The connections of {@code connections} that scan Plex after imports, in order. */
    public static List<ArrPlexConnection> scanningOnImport(Collection<ArrPlexConnection> connections) {
        return connections.stream().filter(ArrPlexConnection::scansOnImport).toList();
    }
}
