package dev.callsheet.adapters.sabnzbd;

/**
 * SABnzbd's answer to {@code mode=version}: {@code {"version": "4.3.2"}} in 3.x and 4.x alike, or
 * {@code status: false} with an {@code error} when the call was refused.
 */
record VersionAnswer(String version, Boolean status, String error) {}
