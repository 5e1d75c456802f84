package dev.callsheet.library;

import dev.callsheet.command.CommandAttempts;
import dev.callsheet.command.CommandListenerConfiguration;
import dev.callsheet.events.command.AddMovieToRadarr;
import dev.callsheet.events.command.AddSeriesToSonarr;
import dev.callsheet.events.command.MonitorEpisodes;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Adds media to the arrs (and sets monitored what Sonarr's own monitoring left out), from {@code commands} and its retry topics, in a consumer group of its own: an
 * arr that is slow to look a series up holds up only adds. Other commands are skipped; a record that is
 * not a command is the main command listener's to dead-letter.
 */
final class LibraryCommandListener {

    private final MovieAdditions movies;
    private final SeriesAdditions series;
    private final EpisodeMonitoring monitoring;
    private final CommandAttempts attempts;

    LibraryCommandListener(
            MovieAdditions movies, SeriesAdditions series, EpisodeMonitoring monitoring, CommandAttempts attempts) {
        this.movies = movies;
        this.series = series;
        this.monitoring = monitoring;
        this.attempts = attempts;
    }

    @KafkaListener(
            topics = "#{@topics.commands()}",
            groupId = "#{@topics.prefix()}commands-library",
            containerFactory = CommandListenerConfiguration.CONTAINER_FACTORY)
    void onCommand(ConsumerRecord<String, byte[]> record) {
        switch (CommandAttempts.readIfCommand(record).orElse(null)) {
            case AddMovieToRadarr add -> attempts.carryOut(add, add.instance(), movies, record);
            case AddSeriesToSonarr add -> attempts.carryOut(add, add.instance(), series, record);
            case MonitorEpisodes monitor -> attempts.carryOut(monitor, monitor.instance(), monitoring, record);
            case null, default -> {}
        }
    }
}
