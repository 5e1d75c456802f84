package dev.callsheet.adapters.radarr;

/**
 * One of Radarr's root folders, which a movie's folder is made in.
 *
 * @param path as Radarr sees it (inside its container, if it runs in one); null when not sent
 * @param accessible whether Radarr could reach the folder when it answered
 * @param freeSpace the free bytes there; null when Radarr could not tell
 */
public record RootFolder(int id, String path, boolean accessible, Long freeSpace) {}
