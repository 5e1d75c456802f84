package dev.callsheet.events;

import java.util.List;

/**
 * The topic catalogue: every topic Callsheet writes, named once. Names are the configurable prefix
 * (default {@code callsheet.}) followed by the role.
 *
 * <ul>
 *   <li>{@code inbound} – key {@code <source>:<delivery id>}, the raw webhook bytes with {@link
 *       InboundHeaders}; kept long for replay and audit.
 *   <li>{@code events} – key media key, normalised {@link Envelope}s.
 *   <li>{@code commands} – key media key, commands for the adapters. A failed command waits in
 *       {@code commands-retry-<n>} (one topic per back-off step) and ends in {@code commands-dlt}
 *       when it is given up.
 *   <li>{@code timeline} – key request id, timeline entries.
 *   <li>{@code requests} – key request id, the current request view (compacted).
 *   <li>{@code requester-ledger} – key requester identity ({@code name:alice}, {@code
 *       mail:alice@example.org}), the requests they made lately (compacted); what approval rules'
 *       quotas count.
 *   <li>{@code deadletter} – key source, input that could not be processed, with the reason.
 *   <li>{@code notifications} – key notification id, the delivery log: each notice's status and
 *       attempts (compacted), read back at start so that nothing acknowledged is lost or sent twice.
 * </ul>
 */
public record Topics(String prefix) {

    public static final String DEFAULT_PREFIX = "callsheet.";

    /** Appended to {@link #commands()}, then the attempt's index, for the retry topics. */
    public static final String RETRY_SUFFIX = "-retry";

    /** Appended to {@link #commands()} for the commands that were given up. */
    public static final String DEAD_LETTER_SUFFIX = "-dlt";

    public Topics {
        if (prefix == null) {
            prefix = DEFAULT_PREFIX;
        }
    }

    public String inbound() {
        return prefix + "inbound";
    }

    public String events() {
        return prefix + "events";
    }

    public String commands() {
        return prefix + "commands";
    }

    /** Where commands end that were given up, kept for inspection and replay. */
    public String commandsDeadLetter() {
        return commands() + DEAD_LETTER_SUFFIX;
    }

    public String timeline() {
        return prefix + "timeline";
    }

    public String requests() {
        return prefix + "requests";
    }

    public String requesterLedger() {
        return prefix + "requester-ledger";
    }

    public String deadletter() {
        return prefix + "deadletter";
    }

    public String notifications() {
        return prefix + "notifications";
    }

    /** Every topic of the catalogue; the retry topics, named by spring-kafka, are not among them. */
    public List<String> all() {
        return List.of(
                inbound(),
                events(),
                commands(),
                commandsDeadLetter(),
                timeline(),
                requests(),
                requesterLedger(),
                deadletter(),
                notifications());
    }

    /** Whether {@code topic} is one of the retry topics of {@link #commands()}. */
    public boolean isCommandRetry(String topic) {
        return topic.startsWith(commands() + RETRY_SUFFIX);
    }
}
