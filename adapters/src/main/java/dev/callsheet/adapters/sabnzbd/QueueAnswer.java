package dev.callsheet.adapters.sabnzbd;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * SABnzbd's answer to {@code mode=queue}: {@code queue}, or {@code status: false} with an {@code
 * error} when the mode refused the call. Sizes and counts come as strings.
 */
record QueueAnswer(Queue queue, Boolean status, String error) {

    /** The queue: its overall rate and its jobs in download order. */
    record Queue(String kbpersec, List<Slot> slots) {}

    /** One job in the queue; every 3.x and 4.x slot has its {@code nzo_id}, the rest may be absent. */
    record Slot(
            @JsonProperty(value = "nzo_id", required = true) String nzoId,
            String filename,
            String status,
            String mb,
            String mbleft,
            String percentage,
            String timeleft) {}
}
