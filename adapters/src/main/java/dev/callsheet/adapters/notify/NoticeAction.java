package dev.callsheet.adapters.notify;

import java.net.URI;
import java.util.Objects;

/** A labelled link a notice offers: a button where the channel has them, else a line of text. */
public record NoticeAction(String label, URI url) {

    public NoticeAction {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(url, "url");
    }
}
