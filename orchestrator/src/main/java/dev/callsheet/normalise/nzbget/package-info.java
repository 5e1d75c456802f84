/**
 * NZBGet: the form {@code scripts/nzbget/Callsheet.sh} posts when NZBGet runs it as a queue script
 * (a job added, deleted or marked) or as a post-processing script, and the NZBGet watcher's
 * observations.
 */
package dev.callsheet.normalise.nzbget;
