package dev.callsheet.events.command;

import dev.callsheet.events.KeyLookup;

/**
 * Ask Overseerr's API for a request whose webhook did not say which series it is for (its TVDB id
 * was {@code ""}), so that its facts, held meanwhile, can be keyed.
 */
public record LookUpOverseerrRequest(String id, KeyLookup.ByRequest lookup, String instance) implements Command {

    @Override
    public String key() {
        return lookup.value();
    }
}
