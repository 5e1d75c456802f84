/**
 * Adds the media of approved requests made in Callsheet to Radarr and Sonarr ({@code AddMovieToRadarr},
 * {@code AddSeriesToSonarr}), in a consumer group of its own, without a search at add: Callsheet
 * searches itself once the arr reports the media added.
 */
package dev.callsheet.library;
