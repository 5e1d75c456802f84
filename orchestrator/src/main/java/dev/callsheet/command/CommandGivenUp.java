package dev.callsheet.command;

/**
 * A command that will not be attempted again: the retry topics send it straight to the dead-letter
 * topic. Its outcome is already on the way to the timeline when this is thrown.
 */
final class CommandGivenUp extends RuntimeException {

    CommandGivenUp(String reason, Throwable cause) {
        super(reason, cause);
    }
}
