package dev.callsheet.adapters.notify;

import reactor.core.publisher.Mono;

/**
 * One configured channel instance (a Discord webhook, an ntfy topic, a mailbox): sends a notice in the
 * channel's form. Implementations are safe to share between threads and keep no state per notice; the
 * pace of sending is kept by the caller, from {@link #pace()}.
 */
public interface NoticeChannel {

    /**
     * Sends {@code notice} as one message, trimmed to the channel's limits (a long episode list ends
     * "… and 12 more"), so a retry never repeats half of it. Fails with a {@link DeliveryFailure} when
     * the channel did not accept it.
     */
    Mono<Sent> send(Notice notice);

    /** How fast the caller may send to this instance without being told to slow down. */
    Pace pace();

    /**
     * Whether the channel itself drops a second send of the same notice id (Matrix's transaction id,
     * a Standard Webhooks receiver's {@code webhook-id}), so that a retry after an unknown outcome
     * cannot double it.
     */
    default boolean dedupes() {
        return false;
    }
}
