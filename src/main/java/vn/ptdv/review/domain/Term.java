package vn.ptdv.review.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A congress term (nhiệm kỳ) of the city's party organisation: from the day its congress opened to the
 * day before the next one opened, both included. Its name is how term_targets.csv refers to it (e.g.
 * "2020-2025"). A term's resolution sets a target over the whole term; its length in nominal years
 * (the years its name spans, 5 for 2020–2025) turns an annual rate target into a term target.
 */
public record Term(String name, LocalDate start, LocalDate end) {
    public Term {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (name.isBlank()) throw new IllegalArgumentException("a term needs a name, e.g. 2020-2025");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("term " + name + " ends on " + end + ", not after its start " + start);
        }
    }

    /** Days of the term, both ends included. */
    public long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    /** Days from the term's start to {@code day}, both included (1 on the first day). */
    public long daysTo(LocalDate day) {
        return ChronoUnit.DAYS.between(start, day) + 1;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /** The years the term spans as a resolution counts them: end year − start year (5 for 2020–2025). */
    public int nominalYears() {
        return Math.max(1, end.getYear() - start.getYear());
    }

    /** The terms ordered by start; refuses two with the same name and terms that overlap. */
    public static List<Term> ordered(List<Term> terms) {
        List<Term> sorted = new ArrayList<>(terms);
        sorted.sort(Comparator.comparing(Term::start));
        Set<String> names = new HashSet<>();
        for (int i = 0; i < sorted.size(); i++) {
            Term t = sorted.get(i);
            if (!names.add(t.name())) throw new IllegalArgumentException("two terms are named " + t.name());
            if (i > 0 && !sorted.get(i - 1).end().isBefore(t.start())) {
                throw new IllegalArgumentException("terms " + sorted.get(i - 1).name() + " and " + t.name() + " overlap");
            }
        }
        return List.copyOf(sorted);
    }

    /** The term of {@code terms} (ordered) that contains {@code day}. */
    public static Optional<Term> containing(List<Term> terms, LocalDate day) {
        return terms.stream().filter(t -> t.contains(day)).findFirst();
    }

    /** The term of {@code terms} (ordered) just before {@code term}. */
    public static Optional<Term> before(List<Term> terms, Term term) {
        int i = terms.indexOf(term);
        return i > 0 ? Optional.of(terms.get(i - 1)) : Optional.empty();
    }
}
