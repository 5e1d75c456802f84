/**
 * Callsheet's own searches of Radarr and Sonarr for what a request still misses, carried out in a
 * consumer group of their own: an indexer search that is slow holds up only searches. Each search is
 * keyed by its command's id and checked against the arr's queued and running commands before it is
 * posted, so a retried or redelivered command never searches twice; its outcome is read back later
 * ({@code CheckSearch}). When to search is the decider's ({@code request.SearchRules}).
 */
package dev.callsheet.search;
