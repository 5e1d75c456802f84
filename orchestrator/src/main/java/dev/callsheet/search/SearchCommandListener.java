package dev.callsheet.search;

import dev.callsheet.command.CommandAttempts;
import dev.callsheet.command.CommandListenerConfiguration;
import dev.callsheet.events.command.CheckSearch;
import dev.callsheet.events.command.SearchCommand;
import dev.callsheet.events.command.SearchEpisodes;
import dev.callsheet.events.command.SearchMovie;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Carries searches out, from {@code commands} and its retry topics, in a consumer group of its own.
 * Other commands are skipped; a record that is not a command is the main command listener's to
 * dead-letter.
 */
final class SearchCommandListener {

    private final MovieSearches movies;
    private final EpisodeSearches episodes;
    private final SearchChecks checks;
    private final CommandAttempts attempts;

    SearchCommandListener(
            MovieSearches movies, EpisodeSearches episodes, SearchChecks checks, CommandAttempts attempts) {
        this.movies = movies;
        this.episodes = episodes;
        this.checks = checks;
        this.attempts = attempts;
    }

    @KafkaListener(
            topics = "#{@topics.commands()}",
            groupId = "#{@topics.prefix()}commands-search",
            containerFactory = CommandListenerConfiguration.CONTAINER_FACTORY)
    void onCommand(ConsumerRecord<String, byte[]> record) {
        if (CommandAttempts.readIfCommand(record).orElse(null) instanceof SearchCommand command) {
            switch (command) {
                case SearchMovie search -> attempts.carryOut(search, search.instance(), movies, record);
                case SearchEpisodes search -> attempts.carryOut(search, search.instance(), episodes, record);
                case CheckSearch check -> attempts.carryOut(check, check.instance(), checks, record);
            }
        }
    }
}
