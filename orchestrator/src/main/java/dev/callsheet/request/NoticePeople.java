package dev.callsheet.request;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** The people Callsheet's settings describe, found by the user name or e-mail a request names. */
public record NoticePeople(List<NoticePerson> people) {

    /** Nobody described. */
    public static final NoticePeople NONE = new NoticePeople(List.of());

    public NoticePeople {
        people = people == null ? List.of() : List.copyOf(people);
    }

    /**
     * The person a requester is: by user name first, then by e-mail, both ignoring case; empty when
     * neither is known here.
     *
     * @param username the requester's user name; null when not known
     * @param email the requester's e-mail; null when not known
     */
    public Optional<NoticePerson> find(String username, String email) {
        return matching(username, NoticePerson::username).or(() -> matching(email, NoticePerson::email));
    }

    private Optional<NoticePerson> matching(String wanted, Function<NoticePerson, String> field) {
        if (wanted == null || wanted.isBlank()) {
            return Optional.empty();
        }
        String key = folded(wanted);
        return people.stream()
                .filter(person -> field.apply(person) != null
                        && folded(field.apply(person)).equals(key))
                .findFirst();
    }

    private static String folded(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
