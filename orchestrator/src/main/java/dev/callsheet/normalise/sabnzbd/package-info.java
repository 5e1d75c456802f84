/**
 * SABnzbd: the form {@code scripts/sabnzbd/callsheet-sabnzbd.sh} posts when SABnzbd runs it as a
 * job's post-processing script, and the SABnzbd watcher's observations.
 */
package dev.callsheet.normalise.sabnzbd;
