package vn.ptdv.review.domain;

import java.util.EnumSet;
import java.util.Set;

/** What can happen to a member, as recorded in events.csv. */
public enum EventType {
    /** Kết nạp: becomes a probationary member (đảng viên dự bị) in the admitting cell. */
    ADMITTED,
    /** Chuyển chính thức: probation ended, official member. */
    OFFICIAL,
    /** Chuyển sinh hoạt đến: joins a unit (from outside the city, or another unit inside it). */
    TRANSFER_IN,
    /** Chuyển sinh hoạt đi: leaves a unit. */
    TRANSFER_OUT,
    /** Xóa tên. */
    STRUCK_OFF,
    /** Khai trừ. */
    EXPELLED,
    /** Cho ra khỏi Đảng. */
    REMOVED,
    /** Từ trần. */
    DIED;

    /** Events that end a member's stay in a unit. */
    public static final Set<EventType> ENDS_MEMBERSHIP_IN_UNIT =
            EnumSet.of(TRANSFER_OUT, STRUCK_OFF, EXPELLED, REMOVED, DIED);
}
