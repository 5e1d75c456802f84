package dev.callsheet.events.source;

/**
 * A health check of the source started failing. Radarr/Sonarr {@code Health}.
 *
 * @param level {@code notice}, {@code warning} or {@code error}
 * @param check the health check's name ({@code IndexerStatusCheck}, {@code DownloadClientCheck}, …)
 */
public record HealthIssueRaised(String level, String check, String message, String wikiUrl) implements SourceEvent {}
