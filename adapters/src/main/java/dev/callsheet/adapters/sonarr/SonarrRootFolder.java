package dev.callsheet.adapters.sonarr;

/**
 * A root folder of Sonarr, under which it makes the folders of the series it adds.
 *
 * @param path the folder as Sonarr writes it (with a trailing separator), what an add names
 * @param accessible whether Sonarr could reach the folder when it answered
 * @param freeSpace bytes free there; null when Sonarr could not tell
 */
public record SonarrRootFolder(int id, String path, boolean accessible, Long freeSpace) {}
