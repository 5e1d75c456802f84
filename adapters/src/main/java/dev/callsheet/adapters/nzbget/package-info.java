/**
 * NZBGet, through its JSON-RPC interface ({@code POST /jsonrpc}, HTTP Basic auth with the control
 * user): the download queue ({@code listgroups}) and history ({@code history}) as {@link
 * dev.callsheet.adapters.download.ClientJob}s, and adding an NZB ({@code append}). {@link
 * dev.callsheet.adapters.nzbget.NzbgetClient} is the entry point; {@link
 * dev.callsheet.adapters.nzbget.NzbgetStates} is the one place NZBGet's status words are read.
 */
package dev.callsheet.adapters.nzbget;
