package dev.callsheet.adapters.sabnzbd;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * SABnzbd's answer to {@code mode=history}: {@code history}, or {@code status: false} with an
 * {@code error} when the mode refused the call.
 */
record HistoryAnswer(History history, Boolean status, String error) {

    /** The history, newest first; jobs still post-processing are in it too. */
    record History(List<Slot> slots) {}

    /** One job in the history; every 3.x and 4.x slot has its {@code nzo_id}, the rest may be absent. */
    record Slot(
            @JsonProperty(value = "nzo_id", required = true) String nzoId,
            String name,
            String status,
            Long bytes,
            Long downloaded,
            @JsonProperty("fail_message") String failMessage) {}
}
