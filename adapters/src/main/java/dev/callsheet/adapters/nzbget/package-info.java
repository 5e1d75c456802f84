/**
 * NZBGet 21 and later (nzbget-ng 24 and 25 included), through its JSON-RPC interface ({@code POST
 * /jsonrpc}, HTTP Basic auth with the control user): the download queue ({@code listgroups} with the
 * rate from {@code status}) and history ({@code history}) as {@link
 * dev.callsheet.adapters.download.ClientJob}s, its {@code version}, and adding an NZB ({@code append}).
 * {@link dev.callsheet.adapters.nzbget.NzbgetClient} is the entry point; {@link
 * dev.callsheet.adapters.nzbget.NzbgetStates} is the one place NZBGet's status words are read (a word
 * it does not know reads as UNKNOWN).
 */
package dev.callsheet.adapters.nzbget;
