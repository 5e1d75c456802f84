/**
 * A load generator for webhook intake: it posts Radarr grabs to a running Callsheet on this
 * machine, measures how fast and how quickly intake acknowledges them, then how long the pipeline
 * takes to process all of them. {@code benchmarks/run-intake-load.sh} starts the app for it. A second
 * one times Plex confirmation: from an import's webhook to the request showing available, against a
 * stub Plex and Sonarr of its own; {@code benchmarks/run-plex-confirm.sh} starts the app for it.
 */
package dev.callsheet.benchmarks.load;
