/**
 * SABnzbd, through its {@code /api} modes {@code queue} and {@code history}: the jobs as {@link
 * dev.callsheet.adapters.download.ClientJob}s, keyed by {@code nzo_id} as the *arr apps store it.
 * {@link dev.callsheet.adapters.sabnzbd.SabnzbdClient} is the entry point; {@link
 * dev.callsheet.adapters.sabnzbd.SabnzbdStates} is the one place SABnzbd's status words are read.
 * SABnzbd takes its key in the query string, so the key is kept out of every failure it could reach.
 */
package dev.callsheet.adapters.sabnzbd;
