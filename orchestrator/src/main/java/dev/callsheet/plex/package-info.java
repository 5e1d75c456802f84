/**
 * Plex confirmation, the adapter side: carries out {@code RescanPlexFolder} commands in a consumer
 * group of its own, maps the *arr app's path to the Plex server's, picks the section, scans the
 * folder (one folder of a section at a time, files of a folder sharing a scan) and looks the file up until Plex shows it indexed
 * and matched to the right ids, or until a grace or deadline passes. Every step comes back to {@code
 * inbound} as a media fact ({@code PlexScanRequested}, {@code PlexItemFound}, {@code PlexConfirmed},
 * {@code PlexNotConfirmed}); the decider alone decides what they mean for a request. Jobs live in
 * memory: after a restart the decider asks again with {@code scan=false}.
 */
package dev.callsheet.plex;
