package vn.ptdv.review.domain;

/** Where a unit stands against its annual plan. */
public enum AttainmentStatus {
    /** Đạt và vượt chỉ tiêu: the annual target is already met. */
    MET,
    /** Not met yet, but at or above what was expected by the period end. */
    ON_TRACK,
    /** Below what was expected by the period end, or a complete year that missed its target. */
    BEHIND
}
