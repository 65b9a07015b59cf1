package vn.ptdv.review.domain;

/** Levels of the party organisation, top to bottom. */
public enum UnitLevel {
    /** Thành ủy / Tỉnh ủy: the city or province committee, root of the tree. */
    CITY,
    /** Đảng bộ trực thuộc: directly subordinate committees, the peer units of every comparison. */
    UNIT,
    /** Tổ chức cơ sở đảng: đảng bộ cơ sở or chi bộ cơ sở. */
    GRASSROOTS,
    /** Chi bộ: the cell where members meet and are admitted. */
    CELL
}
