package dev.callsheet.request;

import dev.callsheet.events.command.Command;
import java.util.List;

/**
 * What one fact did to a media item.
 *
 * @param state the item after the fact
 * @param timeline new timeline entries, of the item and of each request it concerns
 * @param changedRequests the current view of every request the fact changed
 * @param commands what the adapters are to do because of it
 */
public record Decision(
        MediaItem state, List<TimelineEntry> timeline, List<RequestView> changedRequests, List<Command> commands) {}
