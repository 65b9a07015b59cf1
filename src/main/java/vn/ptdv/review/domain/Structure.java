package vn.ptdv.review.domain;

/**
 * The unit structure a gold table's figures are shown on (column {@code structure}, part of every gold
 * key). Units merge, split, are renamed and move between parents; a comparison across such a date is
 * only like for like on one structure.
 */
public enum Structure {
    /**
     * Every year restated on the units valid at the as-of date: a merged or renamed unit's history adds
     * to its successor, a split unit's history is divided by share (see gold.ReferenceStructure).
     */
    REFERENCE,
    /** Units as they were in each year: facts stay with the unit that recorded them. */
    HISTORICAL
}
