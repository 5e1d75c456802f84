/**
 * SABnzbd 3.x and 4.x, through its {@code /api} modes {@code queue}, {@code history} and {@code
 * version}: the jobs as {@link dev.callsheet.adapters.download.ClientJob}s, keyed by {@code nzo_id} as
 * the *arr apps store it. {@link dev.callsheet.adapters.sabnzbd.SabnzbdClient} is the entry point;
 * {@link dev.callsheet.adapters.sabnzbd.SabnzbdStates} is the one place SABnzbd's status words are read
 * (a word it does not know reads as UNKNOWN). SABnzbd takes its key in the query string, so the key is
 * kept out of every failure it could reach.
 */
package dev.callsheet.adapters.sabnzbd;
