package dev.callsheet.events;

/**
 * The topic catalogue: every topic Callsheet writes, named once. Names are the configurable prefix
 * (default {@code callsheet.}) followed by the role.
 *
 * <ul>
 *   <li>{@code inbound} – key {@code <source>:<delivery id>}, the raw webhook bytes with {@link
 *       InboundHeaders}; kept long for replay and audit.
 *   <li>{@code events} – key media key, normalised {@link Envelope}s.
 *   <li>{@code commands} – key media key, commands for the adapters.
 *   <li>{@code timeline} – key request id, timeline entries.
 *   <li>{@code requests} – key request id, the current request view (compacted).
 *   <li>{@code deadletter} – key source, input that could not be processed, with the reason.
 * </ul>
 */
public record Topics(String prefix) {

    public static final String DEFAULT_PREFIX = "callsheet.";

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

    public String timeline() {
        return prefix + "timeline";
    }

    public String requests() {
        return prefix + "requests";
    }

    public String deadletter() {
        return prefix + "deadletter";
    }
}
