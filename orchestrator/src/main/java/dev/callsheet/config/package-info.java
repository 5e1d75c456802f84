/** Settings that span capabilities: the data directory, the API key, the public URL. */
package dev.callsheet.config;
