package dev.callsheet.events.download;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Objects;

/**
 * The body of an {@code inbound} record a download client watcher writes (content type {@code
 * application/json}, source the client's kind, instance the watched instance). The JSON {@code
 * type} names are part of the topic contract.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = WatcherObservation.JobChanged.class, name = "JobChanged"),
    @JsonSubTypes.Type(value = WatcherObservation.ClientUnreachable.class, name = "ClientUnreachable"),
    @JsonSubTypes.Type(value = WatcherObservation.ClientReachable.class, name = "ClientReachable"),
})
public sealed interface WatcherObservation {

    /** One job changed. */
    record JobChanged(ClientReport report) implements WatcherObservation {
        public JobChanged {
            Objects.requireNonNull(report, "report");
        }
    }

    /**
     * The watcher cannot read the client: unreachable, refused credentials, unreadable answers.
     * Written once when it starts failing and again when the reason changes, not on every poll.
     *
     * @param problem what is wrong and what the watcher does about it, without secrets
     */
    record ClientUnreachable(String problem) implements WatcherObservation {}

    /** The watcher reads the client again after it could not. */
    record ClientReachable() implements WatcherObservation {}
}
