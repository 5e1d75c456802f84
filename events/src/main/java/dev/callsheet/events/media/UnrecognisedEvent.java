package dev.callsheet.events.media;

/** A source sent an event type Callsheet does not know, about a media item it could identify. Kept on the timeline so nothing goes unseen. */
public record UnrecognisedEvent(MediaInfo media, String sourceEventType) implements MediaEvent {}
