package dev.callsheet.command;

import dev.callsheet.adapters.AdapterFailure;
import dev.callsheet.events.EventJson;
import dev.callsheet.events.command.Command;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.retrytopic.RetryTopicHeaders;
import tools.jackson.core.JacksonException;

/**
 * One attempt at a command, as every command listener makes it: the handler's outcome is written
 * back to {@code inbound}; a failure that retrying can fix is rethrown, so that the retry topics bring
 * the command back after the back-off; one that it cannot fix, or the last attempt's, gives the command
 * up. Each capability's listener (its own consumer group, so that a slow service holds up only its
 * own commands) carries its commands out through this.
 */
public final class CommandAttempts {

    private static final Logger log = LoggerFactory.getLogger(CommandAttempts.class);

    private final OutcomeWriter outcomes;
    private final CommandProperties.Retry retry;

    public CommandAttempts(OutcomeWriter outcomes, CommandProperties.Retry retry) {
        this.outcomes = outcomes;
        this.retry = retry;
    }

    /** Carries {@code command} out once, against {@code instance}, on the record's attempt. */
    public <C extends Command> void carryOut(
            C command, String instance, CommandHandler<C> handler, ConsumerRecord<String, byte[]> record) {
        int attempt = attempt(record);
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

    /** The record's command; a record that is not one is given up (dead-lettered) by whoever owns it. */
    public static Command read(ConsumerRecord<String, byte[]> record) {
        try {
            return EventJson.mapper().readValue(record.value(), Command.class);
        } catch (JacksonException | IllegalArgumentException e) {
            throw new CommandGivenUp("not a command: " + e.getMessage(), e);
        }
    }

    /** The record's command, or empty when it is not one (the main command listener dead-letters it). */
    public static Optional<Command> readIfCommand(ConsumerRecord<String, byte[]> record) {
        try {
            return Optional.of(EventJson.mapper().readValue(record.value(), Command.class));
        } catch (JacksonException | IllegalArgumentException e) {
            return Optional.empty();
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
