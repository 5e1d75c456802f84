package dev.callsheet.command;

import dev.callsheet.adapters.AdapterFailure;
import dev.callsheet.events.EventJson;
import dev.callsheet.events.command.Command;
import dev.callsheet.events.command.LookUpOverseerrRequest;
import dev.callsheet.events.command.RescanPlexFolder;
import dev.callsheet.events.command.ResolveSeriesEpisodes;
import java.math.BigInteger;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.retrytopic.RetryTopicHeaders;
import tools.jackson.core.JacksonException;

/**
 * Carries out each command from {@code commands} (and, later, its retry topics) with its handler and
 * writes the outcome back to {@code inbound}: the result, or a failed attempt with when the next one
 * comes. A failure that retrying can fix is rethrown, and the retry topics bring the command back after
 * the back-off; one that it cannot fix, or the last attempt's, gives the command up.
 */
final class CommandListener {

    private static final Logger log = LoggerFactory.getLogger(CommandListener.class);

    private final EpisodeResolver episodes;
    private final OverseerrLookup overseerr;
    private final OutcomeWriter outcomes;
    private final CommandProperties.Retry retry;

    CommandListener(
            EpisodeResolver episodes,
            OverseerrLookup overseerr,
            OutcomeWriter outcomes,
            CommandProperties.Retry retry) {
        this.episodes = episodes;
        this.overseerr = overseerr;
        this.outcomes = outcomes;
        this.retry = retry;
    }

    @KafkaListener(
            topics = "#{@topics.commands()}",
            groupId = "#{@topics.prefix()}commands",
            containerFactory = CommandListenerConfiguration.CONTAINER_FACTORY)
    void onCommand(ConsumerRecord<String, byte[]> record) {
        int attempt = attempt(record);
        switch (read(record)) {
            case ResolveSeriesEpisodes command -> carryOut(command, command.instance(), episodes, attempt);
            case LookUpOverseerrRequest command -> carryOut(command, command.instance(), overseerr, attempt);
            // Plex's own listener carries these out, in a consumer group of its own: a slow Plex must
            // not hold up Sonarr's commands, nor they Plex's.
            case RescanPlexFolder command -> {}
        }
    }

    private <C extends Command> void carryOut(C command, String instance, CommandHandler<C> handler, int attempt) {
        String what = command.getClass().getSimpleName() + " " + command.id() + " for " + command.key();
        try {
            outcomes.write(instance, handler.attempt(command));
            log.info("{}: done (attempt {})", what, attempt);
        } catch (AdapterFailure e) {
            failed(command, instance, handler, attempt, e, e.retryable());
        } catch (AttemptFailed e) {
            failed(command, instance, handler, attempt, e, e.isRetryable());
        }
    }

    private <C extends Command> void failed(
            C command, String instance, CommandHandler<C> handler, int attempt, RuntimeException e, boolean retryable) {
        boolean givenUp = !retryable || attempt >= retry.maxAttempts();
        Duration retryIn = givenUp ? null : retry.delayAfter(attempt);
        handler.failed(command, new FailedAttempt(attempt, e, retryIn))
                .ifPresent(outcome -> outcomes.write(instance, outcome));
        String what = command.getClass().getSimpleName() + " " + command.id();
        if (givenUp) {
            log.warn("{}: attempt {} failed, giving up: {}", what, attempt, e.getMessage());
            throw new CommandGivenUp(e.getMessage(), e);
        }
        log.warn("{}: attempt {} failed, retrying in {}: {}", what, attempt, retryIn, e.getMessage());
        throw e;
    }

    private static Command read(ConsumerRecord<String, byte[]> record) {
        try {
            return EventJson.mapper().readValue(record.value(), Command.class);
        } catch (JacksonException | IllegalArgumentException e) {
            throw new CommandGivenUp("not a command: " + e.getMessage(), e);
        }
    }

    /** 1 on {@code commands}; the retry topics count on in a header of their own. */
    private static int attempt(ConsumerRecord<String, byte[]> record) {
        var header = record.headers().lastHeader(RetryTopicHeaders.DEFAULT_HEADER_ATTEMPTS);
        return header == null || header.value() == null || header.value().length == 0
                ? 1
                : new BigInteger(1, header.value()).intValue();
    }
}
