package dev.callsheet.normalise.servarr;

import java.util.List;

/** One entry of {@code downloadStatusMessages} on {@code ManualInteractionRequired}: a file or release and what is wrong with it. */
public record StatusMessage(String title, List<String> messages) {

    public StatusMessage {
        messages = messages == null ? List.of() : messages;
    }
}
