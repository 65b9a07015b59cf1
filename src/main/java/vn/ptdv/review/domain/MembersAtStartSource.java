package vn.ptdv.review.domain;

/** Where a unit's members_at_start came from, in order of precedence. */
public enum MembersAtStartSource {
    /** The total the unit reported for 1 January (membership_counts.csv). */
    REPORTED,
    /** Counted from the roster and events: members in the unit's subtree at the start of 1 January. */
    ROSTER,
    /** Sum of the children's members_at_start, when neither of the above is known. */
    CHILDREN
}
