package dev.callsheet.command;

import dev.callsheet.events.command.Command;
import dev.callsheet.events.command.CommandOutcome;
import java.util.Optional;

/** Carries out one type of command against its service. */
public interface CommandHandler<C extends Command> {

    /**
     * One attempt. Blocks the listener thread until the service answered or its timeout passed.
     *
     * @throws dev.callsheet.adapters.AdapterFailure when the service gave no usable answer
     * @throws AttemptFailed when the attempt failed for a reason of Callsheet's own
     */
    CommandOutcome attempt(C command);

    /** What a failed attempt leaves on record, if anything. */
    Optional<CommandOutcome> failed(C command, FailedAttempt failure);
}
