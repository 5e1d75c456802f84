/**
 * The normalised facts about media items: what the request manager, the *arr apps and the media
 * server said, in Callsheet's words. Each is a past-tense fact; the vendor's word for it is named in
 * its Javadoc. Series facts name their episodes ({@link dev.callsheet.events.media.EpisodeRef}), since
 * series are tracked per episode. The decider consumes these; parsers at the intake edge produce
 * them.
 */
package dev.callsheet.events.media;
