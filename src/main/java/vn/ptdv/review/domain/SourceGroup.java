package vn.ptdv.review.domain;

/** Candidate source groups (nguồn kết nạp) named by Conclusion 366-KL/TU, for ADMITTED events. */
public enum SourceGroup {
    /** Đoàn viên thanh niên (youth union members in agencies and enterprises). */
    YOUTH_UNION,
    /** Học sinh, sinh viên. */
    STUDENT,
    /** Giáo viên, especially heads of subject groups. */
    TEACHER,
    /** Người lao động trong doanh nghiệp ngoài nhà nước. */
    ENTERPRISE_WORKER,
    /** Quần chúng ưu tú at residential areas (khu dân cư). */
    RESIDENT,
    /** Any other source. */
    OTHER
}
