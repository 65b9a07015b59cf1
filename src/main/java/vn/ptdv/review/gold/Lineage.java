package vn.ptdv.review.gold;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The dated lineage of the organisational units, on the driver (units and lineage rows are few: a
 * province has ~2,000 units, a country a few hundred thousand). Answers one question: a fact recorded
 * in unit u on day t, restated on the units valid on day D, lands in which unit(s), with which share?
 *
 * <p>{@link #resolve}: follow the edges leaving u that take effect after t and no later than D
 * (earliest date first; a fact recorded after its unit closed counts as of the unit's last day;
 * a unit's edges of one date are one step, their shares summing to 1; an edge
 * to the unit itself is the part that stays). A unit reached on date e is followed from e on. With no
 * such edge, a unit valid on D is the answer; a unit that closed before D without a successor hands
 * its facts to its parent (its cells' history stays in the grassroots organisation above them);
 * otherwise (the root, or a unit not yet created) it keeps them.
 *
 * <p>Edges come from unit_lineage.csv (splits, partial transfers) and from units.csv's successor_code
 * (the whole unit, effective the day after valid_to); where both describe a unit on the same date,
 * unit_lineage.csv wins. Silver has already rejected cycles and shares not summing to 1; a cycle that
 * still reaches this class cannot loop: every step moves to a strictly later date or up the tree.
 */
public final class Lineage {
    /** A unit as far as lineage is concerned. */
    public record Unit(String code, String parent, LocalDate validFrom, LocalDate validTo, String successor) {
        boolean validOn(LocalDate d) {
            return (validFrom == null || !validFrom.isAfter(d)) && (validTo == null || !validTo.isBefore(d));
        }
    }

    /** One lineage edge: share of the members of {@code from} that moved to {@code to} on {@code effectiveOn}. */
    public record Edge(String from, String to, LocalDate effectiveOn, BigDecimal share) {}

    static final int MAX_STEPS = 64;

    private final Map<String, Unit> units = new LinkedHashMap<>();
    /** Edges by origin unit, then by date. */
    private final Map<String, TreeMap<LocalDate, List<Edge>>> edges = new HashMap<>();

    public Lineage(Collection<Unit> units, Collection<Edge> lineageRows) {
        for (Unit u : units) this.units.put(u.code(), u);
        for (Edge e : lineageRows) {
            edges.computeIfAbsent(e.from(), k -> new TreeMap<>()).computeIfAbsent(e.effectiveOn(), k -> new ArrayList<>()).add(e);
        }
        for (Unit u : units) {
            if (u.successor() == null || u.validTo() == null) continue;
            LocalDate on = u.validTo().plusDays(1);
            edges.computeIfAbsent(u.code(), k -> new TreeMap<>())
                    .computeIfAbsent(on, k -> new ArrayList<>(List.of(new Edge(u.code(), u.successor(), on, BigDecimal.ONE))));
        }
    }

    public Collection<Unit> units() {
        return units.values();
    }

    public Unit unit(String code) {
        return units.get(code);
    }

    /**
     * The days on which {@link #resolve} may change for a later fact date: every edge's date and every
     * unit's first day after closing, ascending.
     */
    public TreeSet<LocalDate> breakpoints() {
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (TreeMap<LocalDate, List<Edge>> byDate : edges.values()) dates.addAll(byDate.keySet());
        for (Unit u : units.values()) if (u.validTo() != null) dates.add(u.validTo().plusDays(1));
        return dates;
    }

    /**
     * Where a fact recorded in {@code unit} on day {@code factDate} belongs on the units valid on
     * {@code on}: reference unit → share (shares sum to 1, in code order).
     */
    public Map<String, BigDecimal> resolve(String unit, LocalDate factDate, LocalDate on) {
        Map<String, BigDecimal> out = new TreeMap<>();
        resolve(unit, factDate, on, BigDecimal.ONE, out, new ArrayList<>());
        return out;
    }

    private void resolve(String code, LocalDate after, LocalDate on, BigDecimal weight, Map<String, BigDecimal> out,
                         List<String> path) {
        // Each step either moves to a later date or one level up the tree, so a walk ends; this guard
        // only turns a parent_code cycle into a clear message.
        if (path.size() > MAX_STEPS) {
            throw new IllegalStateException("the unit lineage is longer than " + MAX_STEPS + " steps, a cycle? "
                    + String.join(" -> ", path) + " (check parent_code and successor_code in units.csv and unit_lineage.csv)");
        }
        path.add(code);
        try {
            Unit u = units.get(code);
            // A fact recorded in a unit after it closed (a member still on its books) is taken as of its
            // last day, so the unit's own closing edge still applies to it.
            LocalDate t = u != null && u.validTo() != null && u.validTo().isBefore(after) ? u.validTo() : after;
            TreeMap<LocalDate, List<Edge>> byDate = edges.get(code);
            Map.Entry<LocalDate, List<Edge>> next = byDate == null ? null : byDate.higherEntry(t);
            if (next != null && !next.getKey().isAfter(on)) {
                for (Edge e : next.getValue()) {
                    resolve(e.to(), e.effectiveOn(), on, weight.multiply(e.share()), out, path);
                }
                return;
            }
            boolean closed = u != null && u.validTo() != null && u.validTo().isBefore(on);
            if (closed && u.parent() != null) {
                resolve(u.parent(), t, on, weight, out, path);
                return;
            }
            out.merge(code, weight, BigDecimal::add);
        } finally {
            path.remove(path.size() - 1);
        }
    }

    /** The codes from {@code unit} to the root through parent_code, the unit first. */
    public List<String> chainUp(String unit) {
        List<String> chain = new ArrayList<>();
        for (String c = unit; c != null && !chain.contains(c); c = units.containsKey(c) ? units.get(c).parent() : null) {
            chain.add(c);
        }
        return chain;
    }
}
