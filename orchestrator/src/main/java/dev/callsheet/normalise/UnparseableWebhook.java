package dev.callsheet.normalise;

/** A body that is not a webhook of the source it came from; the message says why, for the dead-letter record. */
public class UnparseableWebhook extends Exception {

    public UnparseableWebhook(String reason) {
        super(reason);
    }

    public UnparseableWebhook(String reason, Throwable cause) {
        super(reason, cause);
    }
}
