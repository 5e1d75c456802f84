package dev.callsheet.plex.arr;

import dev.callsheet.events.SourceKind;
import java.util.Locale;

/** A declared Radarr or Sonarr instance, by its kind and its name under {@code callsheet.instances}. */
record ArrName(SourceKind kind, String name) implements Comparable<ArrName> {

    /** As messages name it: {@code Radarr 'radarr4k'}. */
    String label() {
        return kind.id().substring(0, 1).toUpperCase(Locale.ROOT) + kind.id().substring(1) + " '" + name + "'";
    }

    @Override
    public int compareTo(ArrName other) {
        int byKind = kind.id().compareTo(other.kind.id());
        return byKind != 0 ? byKind : name.compareTo(other.name);
    }
}
