package dev.callsheet.notification;

/** What the workers tell the rest of Callsheet about a notice, once the delivery log has it. */
interface DeliveryReports {

    /** An attempt ended: {@code entry}'s last attempt says how. For the request's timeline. */
    void attempted(DeliveryEntry entry);

    /** The notice will not be tried again: its command goes where given-up commands go. */
    void givenUp(DeliveryEntry entry, String reason);
}
