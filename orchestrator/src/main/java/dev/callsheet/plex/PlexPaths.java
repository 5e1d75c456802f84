package dev.callsheet.plex;

import dev.callsheet.source.InstanceProperties.PathMapping;
import java.util.List;
import java.util.Optional;

/**
 * How the *arr apps' paths read on one Plex server: an ordered list of prefix rewrites, the first
 * whose {@code from} is a whole-component prefix of the path winning. First rather than longest, so
 * that the list reads the way it is applied; a rule that an earlier one hides entirely (a {@code from}
 * below an earlier {@code from}) is refused at start-up, so the order can never silently lose a rule.
 * A path no rule matches is taken as it is: Plex and the *arr app mount the media at the same path.
 */
record PlexPaths(List<PathMapping> mappings) {

    PlexPaths {
        mappings = List.copyOf(mappings);
    }

    /** The path as the Plex server sees it. */
    String map(String arrPath) {
        return rule(arrPath)
                .map(mapping -> PathPrefix.join(
                        mapping.to(),
                        PathPrefix.remainder(mapping.from(), arrPath).orElseThrow()))
                .orElse(arrPath);
    }

    /** The mapping that applies to {@code arrPath}; empty when none does. */
    Optional<PathMapping> rule(String arrPath) {
        return mappings.stream()
                .filter(mapping -> PathPrefix.remainder(mapping.from(), arrPath).isPresent())
                .findFirst();
    }

    /**
     * What is wrong with the mappings of instance {@code name}, naming the setting; empty when nothing
     * is. Both sides must be absolute paths, and no rule may be hidden by an earlier one.
     */
    static Optional<String> problem(String name, List<PathMapping> mappings) {
        for (int i = 0; i < mappings.size(); i++) {
            String key = "callsheet.instances.%s.path-mappings[%d]".formatted(name, i);
            PathMapping mapping = mappings.get(i);
            if (mapping == null || blank(mapping.from()) || !PathPrefix.isAbsolute(mapping.from())) {
                return Optional.of(key + ".from must be an absolute path, as the *arr app reports it");
            }
            if (blank(mapping.to()) || !PathPrefix.isAbsolute(mapping.to())) {
                return Optional.of(key + ".to must be an absolute path, as the Plex server sees it");
            }
            for (int earlier = 0; earlier < i; earlier++) {
                String covering = mappings.get(earlier).from();
                if (PathPrefix.remainder(covering, mapping.from()).isPresent()) {
                    return Optional.of(
                            "%s is never used: callsheet.instances.%s.path-mappings[%d].from (%s) comes first"
                                            .formatted(key, name, earlier, covering)
                                    + " and covers %s; list the more specific mapping first".formatted(mapping.from()));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
